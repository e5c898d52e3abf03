import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { collectionNames } from '../../src/admin/config';
import type { CollectionName } from '../../src/lib/content-layout';
import type { Problem } from '../../src/lib/validate/problem';
import { writesFile } from '../../src/admin/formats';
import { checkSave, type Save } from '../../src/lib/validate/save';

// The editor's backend on the officer's machine: Decap CMS's local git server (each save is a
// commit in the repository), with the site's own rules in front of it. A save is checked by the
// content validator before anything is written (the form asks first, at /masm/check; a save that
// skipped the form is refused here), and each commit gets a Mongolian message with the item's
// title. The commit's author is whoever GIT_AUTHOR_NAME names (`npm run editor` asks).

const require = createRequire(import.meta.url);
type Req = { body: { action?: string; params?: Record<string, any> } };
type Res = { status(n: number): Res; json(v: unknown): void };
type Next = () => void;

/** The title of a saved item, from its Mongolian file (or its only one). */
function titleOf(files: { path: string; raw: string }[]): string {
  const file = files.find((f) => f.path.includes('/mn/')) ?? files[0];
  const front = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(file?.raw ?? '')?.[1] ?? file?.raw ?? '';
  try {
    const data = parse(front) as Record<string, any>;
    const title = data?.title?.mn ?? data?.title ?? data?.text?.mn;
    if (typeof title === 'string' && title.trim()) return title.trim();
  } catch {
    // Not YAML: the file name says which item it is.
  }
  return basename(file?.path ?? '').replace(/\.[a-z]+$/, '');
}

/** A commit message an officer reads in the history: what kind, which item, added or changed. */
export function commitMessage(collection: string, files: { path: string; raw: string }[], added: boolean) {
  const kind = collectionNames[collection as CollectionName]?.[0] ?? collection;
  return `${kind}: «${titleOf(files)}» ${added ? 'нэмэв' : 'засав'}`;
}

/**
 * Paths a request would write or delete that are not plainly inside content/ (absolute, with ..,
 * or elsewhere in the project): the editor edits content, never the site's code.
 */
export function outsideContent(paths: unknown[]): string[] {
  return paths
    .map(String)
    .filter(
      (p) =>
        !/^content\/[^\\]+$/.test(p) ||
        p.split('/').some((part) => part === '..' || part === '' || part === '.'),
    );
}

const outsideText = (paths: string[]) =>
  `Зөвхөн content/ хавтас доторх файлыг засна / only files inside content/ can be changed: ${paths.join(', ')}`;

/** An upload as Decap's local backend sends it. */
type Asset = { path: string; content?: string; encoding?: string };
/** The bytes of uploads, so what a picture holds is checked before it is written. */
const pictureBytes = (assets: Asset[]) =>
  Object.fromEntries(
    assets
      .filter((a) => typeof a.content === 'string')
      .map((a) => [a.path, Buffer.from(a.content!, a.encoding === 'base64' ? 'base64' : 'utf8')]),
  );

const problemText = (ps: Problem[]) =>
  ps
    .map(
      (p) =>
        `${p.file}${p.line ? `:${p.line}` : ''} [${p.field}]: ${p.found ? `${p.found} — ` : ''}${p.expected.mn} / ${p.expected.en}`,
    )
    .join('\n');

export interface EditorBackendOptions {
  repo: string;
  port: number;
  /** The clock the checks use (scheduled items, links to them). */
  now?: () => Date;
}

export async function startEditorBackend(o: EditorBackendOptions): Promise<{ close(): Promise<void> }> {
  const decap = require.resolve('decap-server/dist/middlewares.js');
  const express = require(require.resolve('express', { paths: [decap] }));
  const cors = require(require.resolve('cors', { paths: [decap] }));
  const { registerLocalGit } = require(decap);
  const now = o.now ?? (() => new Date());
  const app = express();
  // Only the editor's own page, served from this machine, may call it.
  app.use(cors({ origin: /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/ }));
  app.use(express.json({ limit: '50mb' }));

  app.post('/masm/check', (req: Req, res: Res) => {
    const save = req.body as Save;
    if (!save || typeof save.files !== 'object') return res.status(400).json({ error: 'files' });
    res.json({ problems: checkSave(o.repo, save, { now: now() }) });
  });

  app.post('/api/v1', (req: Req, res: Res, next: Next) => {
    const { action, params } = req.body ?? {};
    const written: unknown[] =
      action === 'persistEntry'
        ? [...(params?.dataFiles ?? [params?.entry]), ...(params?.assets ?? [])].flatMap((f) => [
            f?.path,
            ...(f?.newPath ? [f.newPath] : []),
          ])
        : action === 'persistMedia'
          ? [params?.asset?.path]
          : action === 'deleteFile' || action === 'deleteFiles'
            ? (params?.paths ?? [params?.path])
            : [];
    const outside = outsideContent(written);
    if (outside.length) return res.status(422).json({ error: outsideText(outside) });
    if (action === 'persistEntry' && params) {
      // A language left blank is not written (nor checked): Decap hands it over as an empty file.
      if (params.dataFiles)
        params.dataFiles = params.dataFiles.filter((f: { raw: string }) => writesFile(f.raw));
      const files: { path: string; newPath?: string; raw: string }[] = params.dataFiles ?? [params.entry];
      const assets: Asset[] = params.assets ?? [];
      const save: Save = {
        // A renamed file is checked where it will be.
        files: Object.fromEntries(files.map((f) => [f.newPath ?? f.path, f.raw])),
        assets: assets.map((a) => a.path),
        pictures: pictureBytes(assets),
      };
      // Warnings stop nothing, as in check:content.
      const problems = checkSave(o.repo, save, { now: now() }).filter((p) => !p.warning);
      if (problems.length) return res.status(422).json({ error: problemText(problems) });
      const added = !files.some((f) => existsSync(join(o.repo, f.path)));
      params.options.commitMessage = commitMessage(params.options.collectionName, files, added);
    } else if (action === 'persistMedia' && params?.options) {
      const save: Save = { files: {}, assets: [params.asset.path], pictures: pictureBytes([params.asset]) };
      const problems = checkSave(o.repo, save, { now: now() }).filter((p) => !p.warning);
      if (problems.length) return res.status(422).json({ error: problemText(problems) });
      params.options.commitMessage = `Зураг нэмэв: ${basename(params.asset.path)}`;
    } else if ((action === 'deleteFile' || action === 'deleteFiles') && params?.options) {
      const paths: string[] = params.paths ?? [params.path];
      params.options.commitMessage = `Устгав: ${paths.map((p) => basename(p)).join(', ')}`;
    }
    next();
  });

  process.env.GIT_REPO_DIRECTORY = o.repo;
  await registerLocalGit(app, { logLevel: process.env.LOG_LEVEL ?? 'warn' });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(o.port, '127.0.0.1', () => resolve(s));
  });
  return { close: () => new Promise((resolve) => server.close(() => resolve())) };
}
