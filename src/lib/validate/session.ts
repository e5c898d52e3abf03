import { relative, resolve, sep } from 'node:path';
import type { CollectionName } from '../content-layout';
import { contentReport, type ContentReport } from './index';
import type { ReadFile } from './read';

// One read and one verdict per build. The build's integration (loaded by Node with the Astro
// config) and the collections' loaders (loaded by Vite with src/content.config.ts) are different
// copies of this module, so the session is kept on globalThis, by project and content root: the
// first to ask reads and checks the whole tree, the other takes that answer.

export interface ContentSession extends ContentReport {
  projectRoot: string;
  contentRoot: string;
  /** The files of one collection that passed their schema: what the build gives Astro. */
  entries(collection: CollectionName): ReadFile[];
  /** A file's text as read, by absolute path (the MDX compiler takes it from here). */
  text(absolute: string): string | undefined;
}

const sessions: Map<string, ContentSession> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for('masm.content-sessions')
] ??= new Map()) as Map<string, ContentSession>;

function open(projectRoot: string, contentRoot: string, now: Date): ContentSession {
  const report = contentReport(projectRoot, { contentRoot, now });
  const byCollection = new Map<CollectionName, ReadFile[]>();
  for (const f of report.files)
    byCollection.set(f.collection, [...(byCollection.get(f.collection) ?? []), f]);
  const byPath = new Map(report.files.map((f) => [f.absolute, f.text]));
  return {
    ...report,
    projectRoot,
    contentRoot,
    entries: (collection) => byCollection.get(collection) ?? [],
    text: (absolute) => byPath.get(resolve(absolute)),
  };
}

/** The session for a tree: read and checked on the first call, the same answer after. */
export function contentSession(projectRoot: string, contentRoot: string, now: Date): ContentSession {
  const root = resolve(projectRoot, contentRoot);
  const key = `${resolve(projectRoot)}\0${root}`;
  let session = sessions.get(key);
  if (!session) sessions.set(key, (session = open(resolve(projectRoot), root, now)));
  return session;
}

/**
 * Read and check again after a file changed (`astro dev`). Every collection's loader hears each
 * change, one after the other in the same turn: the first reads again, the others take its answer.
 */
export function refreshContentSession(
  projectRoot: string,
  contentRoot: string,
  now: Date,
  change: string,
): ContentSession {
  const root = resolve(projectRoot, contentRoot);
  const key = `${resolve(projectRoot)}\0${root}`;
  const current = sessions.get(key) as (ContentSession & { change?: string }) | undefined;
  if (current?.change === change) return current;
  const fresh: ContentSession & { change?: string } = Object.assign(open(resolve(projectRoot), root, now), {
    change,
  });
  sessions.set(key, fresh);
  // The next change to the same file is another change.
  setTimeout(() => (fresh.change = undefined), 0);
  return fresh;
}

/** Whether a path is inside the content root (a change there means a new session). */
export const insideContent = (session: ContentSession, path: string) =>
  !relative(session.contentRoot, resolve(path)).startsWith(`..${sep}`);
