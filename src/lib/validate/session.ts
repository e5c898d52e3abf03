import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CollectionName } from '../content-layout';
import { awaitBodyFacts } from '../markup/remark-body-facts';
import type { Body } from './body';
import { contentReport, type ContentReport } from './index';
import { readContent } from './read';
import { diskTree } from './tree';

// One read and one verdict per build. The build's integration (loaded by Node with the Astro
// config) and the collections' loaders (loaded by Vite with src/content.config.ts) are different
// copies of this module, so the session is kept on globalThis, by project and content root: the
// first to ask reads and checks the whole tree, the other takes that answer.

/** A Markdown body rendered by Astro's Markdown pipeline (what its own loader would store). */
export interface Rendered {
  html: string;
  metadata?: { imagePaths?: string[]; [key: string]: unknown };
}

type RenderMetadata = Record<string, unknown> & { localImagePaths?: string[]; remoteImagePaths?: string[] };

/**
 * The second rendering thread (render-worker.ts, TypeScript through tsx's loader), or undefined
 * where it cannot start: the main thread then renders every body.
 */
async function renderThread(options: unknown) {
  let data: unknown;
  try {
    data = JSON.parse(JSON.stringify(options ?? {}));
  } catch {
    return undefined;
  }
  const worker = new Worker(new URL('./render-worker.ts', import.meta.url), {
    workerData: data,
    execArgv: ['--import', 'tsx'],
  });
  const ready = await new Promise<boolean>((done) => {
    worker.once('message', (m: { ready?: boolean }) => done(Boolean(m.ready)));
    worker.once('error', () => done(false));
  });
  if (!ready) {
    void worker.terminate();
    return undefined;
  }
  type Result = { path: string; code?: string; metadata?: RenderMetadata; facts?: Body };
  return {
    renderAll<F extends { absolute: string; file: string; source: { body?: string; data?: unknown } }>(
      files: F[],
      take: (file: F, result: Result) => void,
    ): Promise<void> {
      const byPath = new Map(files.map((f) => [f.absolute, f]));
      let left = files.length;
      return new Promise((done) => {
        const finish = () => {
          worker.off('message', on);
          void worker.terminate();
          done();
        };
        const on = (r: Result) => {
          const file = byPath.get(r.path);
          if (file) take(file, r);
          if (--left === 0) finish();
        };
        worker.on('message', on);
        // A thread that dies leaves its bodies to the check, which parses them itself.
        worker.once('error', finish);
        if (!files.length) return finish();
        for (const f of files)
          worker.postMessage({ path: f.absolute, body: f.source.body, frontmatter: f.source.data });
      });
    },
  };
}

/** Astro's Markdown renderer, as `markdown.processor.createRenderer()` gives it. */
export interface MarkdownRenderer {
  render(
    body: string,
    options: { fileURL: URL; frontmatter: Record<string, unknown> },
  ): Promise<{
    code: string;
    metadata: Record<string, unknown> & { localImagePaths?: string[]; remoteImagePaths?: string[] };
  }>;
}

export interface ContentSession extends ContentReport {
  projectRoot: string;
  contentRoot: string;
  /** The files of one collection that passed their schema: what the build gives Astro. */
  entries(collection: CollectionName): ContentReport['files'];
  /** A file's text as read, by absolute path (the MDX compiler takes it from here). */
  text(absolute: string): string | undefined;
  /** A Markdown body the build rendered while it checked it, by absolute path (taken once). */
  rendered(absolute: string): Rendered | undefined;
  /** Whether a collection has entries (still known after \`release\`). */
  has(collection: CollectionName): boolean;
  /**
   * Once the collections are loaded (\`astro build\`): let go of the files as read, keeping only the
   * MDX text the compiler still asks for, so that the pages are rendered with a heap that no
   * longer holds the tree beside Astro's own store.
   */
  release(): void;
}

type Entry = ContentSession | Promise<ContentSession>;
const sessions: Map<string, Entry> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for('masm.content-sessions')
] ??= new Map()) as Map<string, Entry>;

const keyOf = (projectRoot: string, contentRoot: string) =>
  `${resolve(projectRoot)}\0${resolve(projectRoot, contentRoot)}`;

function session(
  report: ContentReport,
  projectRoot: string,
  contentRoot: string,
  html = new Map<string, Rendered>(),
): ContentSession {
  let byCollection = new Map<CollectionName, ContentReport['files']>();
  for (const f of report.files) {
    const list = byCollection.get(f.collection);
    if (list) list.push(f);
    else byCollection.set(f.collection, [f]);
  }
  let byPath = new Map(report.files.map((f) => [f.absolute, f.text]));
  const present = new Set(byCollection.keys());
  let released = false;
  const made: ContentSession = {
    ...report,
    projectRoot,
    contentRoot,
    entries(collection: CollectionName) {
      if (released) throw new Error('The content session was released once the collections were loaded.');
      return byCollection.get(collection) ?? [];
    },
    text: (absolute: string) => byPath.get(resolve(absolute)),
    rendered(absolute: string) {
      const r = html.get(absolute);
      html.delete(absolute);
      return r;
    },
    has: (collection: CollectionName) => present.has(collection),
    release() {
      released = true;
      byPath = new Map(made.files.filter((f) => f.format === 'mdx').map((f) => [f.absolute, f.text]));
      byCollection = new Map();
      html.clear();
      made.files = [];
    },
  };
  return made;
}

const open = (projectRoot: string, contentRoot: string, now: Date): ContentSession =>
  session(contentReport(projectRoot, { contentRoot, now }), projectRoot, contentRoot);

/**
 * The build's session: the tree read once; each Markdown body parsed once, by Astro's renderer,
 * which hands the check the facts of the tree it parsed (remark-body-facts.ts) and keeps the HTML
 * for the loader; then the whole check.
 */
export function openBuildSession(
  projectRoot: string,
  contentRoot: string,
  now: Date,
  renderer: MarkdownRenderer,
  /** What the renderer was made with, for the second thread to make the same one. */
  rendererOptions?: unknown,
): Promise<ContentSession> {
  const root = resolve(projectRoot, contentRoot);
  const made = (async () => {
    const read = readContent(resolve(projectRoot), root, diskTree);
    const bodies = new Map<string, Body>();
    const html = new Map<string, Rendered>();
    const keep = (file: { file: string; absolute: string }, code: string, metadata: RenderMetadata) => {
      const imagePaths = [...(metadata.localImagePaths ?? []), ...(metadata.remoteImagePaths ?? [])];
      html.set(file.absolute, { html: code, metadata: { ...metadata, imagePaths } });
    };
    const todo = read.files.filter(
      (f) => f.format === 'md' && f.source.body !== undefined && f.source.data !== undefined,
    );
    // Every second body to the other thread, when there is one to start.
    const worker = todo.length > 200 ? await renderThread(rendererOptions) : undefined;
    const theirs = worker ? todo.filter((_, i) => i % 2 === 1) : [];
    const mine = worker ? todo.filter((_, i) => i % 2 === 0) : todo;
    const elsewhere = worker?.renderAll(theirs, (file, r) => {
      if (r.facts) bodies.set(file.file, r.facts);
      if (r.code !== undefined) keep(file, r.code, r.metadata ?? {});
    });
    for (const file of mine) {
      awaitBodyFacts(file.absolute, (body) => bodies.set(file.file, body));
      try {
        const r = await renderer.render(file.source.body!, {
          fileURL: pathToFileURL(file.absolute),
          frontmatter: file.source.data as Record<string, unknown>,
        });
        keep(file, r.code, r.metadata);
      } catch {
        // The check parses it again and says what is wrong.
      }
    }
    await elsewhere;
    const report = contentReport(resolve(projectRoot), { contentRoot: root, now, read, bodies });
    const done = session(report, resolve(projectRoot), root, html);
    sessions.set(keyOf(projectRoot, contentRoot), done);
    return done;
  })();
  sessions.set(keyOf(projectRoot, contentRoot), made);
  return made;
}

/** The session for a tree: read and checked on the first call (or by the build), the same answer after. */
export async function contentSession(
  projectRoot: string,
  contentRoot: string,
  now: Date,
): Promise<ContentSession> {
  const key = keyOf(projectRoot, contentRoot);
  let entry = sessions.get(key);
  if (!entry) sessions.set(key, (entry = open(resolve(projectRoot), resolve(projectRoot, contentRoot), now)));
  return entry;
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
  const key = keyOf(projectRoot, contentRoot);
  const current = sessions.get(key) as (ContentSession & { change?: string }) | undefined;
  if (current && !(current instanceof Promise) && current.change === change) return current;
  const fresh: ContentSession & { change?: string } = Object.assign(
    open(resolve(projectRoot), resolve(projectRoot, contentRoot), now),
    { change },
  );
  sessions.set(key, fresh);
  // The next change to the same file is another change.
  setTimeout(() => (fresh.change = undefined), 0);
  return fresh;
}

/** Whether a path is inside the content root (a change there means a new session). */
export const insideContent = (session: ContentSession, path: string) =>
  !relative(session.contentRoot, resolve(path)).startsWith(`..${sep}`);
