import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { collectionNames } from '../../src/admin/config';
import type { CollectionName } from '../../src/lib/content-layout';
import type { Problem } from '../../src/lib/validate/problem';
import { writesFile } from '../../src/admin/formats';
import { saveChange, type SaveChange } from '../../src/admin/save-change';
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

/** A file's front matter (or a YAML file's data); {} where it has none or it does not parse. */
function dataOf(raw: string): Record<string, any> {
  const front = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(raw)?.[1] ?? raw;
  try {
    const data = parse(front);
    return data && typeof data === 'object' ? data : {};
  } catch {
    return {};
  }
}

/** The title of an item, from its Mongolian file (or its only one), else its file name. */
function titleOf(files: { path: string; raw: string }[]): string {
  const file = files.find((f) => f.path.includes('/mn/')) ?? files[0];
  const data = dataOf(file?.raw ?? '');
  const title = data.title?.mn ?? data.title ?? data.text?.mn;
  if (typeof title === 'string' && title.trim()) return title.trim();
  return basename(file?.path ?? '').replace(/\.[a-z]+$/, '');
}

const changeWords: Record<SaveChange, string> = {
  added: 'нэмэв',
  changed: 'засав',
  unpublished: 'нийтлэлээс хасав',
  republished: 'нийтлэв',
  deleted: 'устгав',
};

/** A commit message an officer reads in the history: what kind, which item, what was done. */
export function commitMessage(
  collection: string,
  files: { path: string; raw: string }[],
  change: SaveChange,
) {
  const kind = collectionNames[collection as CollectionName]?.[0] ?? collection;
  return `${kind}: «${titleOf(files)}» ${changeWords[change]}`;
}

/** What a save does to its item, from the files on disk now and as the save writes them. */
function changeOnDisk(repo: string, files: { path: string; raw: string }[]): SaveChange {
  const main = files.find((f) => f.path.includes('/mn/')) ?? files[0];
  const disk =
    main && existsSync(join(repo, main.path)) ? readFileSync(join(repo, main.path), 'utf8') : undefined;
  return saveChange(disk === undefined ? undefined : dataOf(disk), dataOf(main?.raw ?? ''));
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

/** The items a refused delete would break, each once, by kind and title as the editor lists them, with the file. */
function linkingItems(repo: string, problems: Problem[]): string {
  const files = [...new Map(problems.map((p) => [p.file, p])).values()];
  return files
    .map((p) => {
      const kind = /^content\/([^/]+)\//.exec(p.file)?.[1] ?? '';
      const name = collectionNames[kind as CollectionName]?.[0] ?? kind;
      const raw = existsSync(join(repo, p.file)) ? readFileSync(join(repo, p.file), 'utf8') : '';
      const title = titleOf([{ path: p.file, raw }]);
      const short = title.length > 60 ? `${title.slice(0, 57)}…` : title;
      return `${name} «${short}» (${p.file}${p.line ? `:${p.line}` : ''})`;
    })
    .join('; ');
}

const deleteGone = 'Устгах файл алга / The files to delete are not there';
const deleteRefused =
  'Устгасангүй: өөр хуудас үүнийг холбосон байна; эхлээд тэр холбоосыг засна уу / Not deleted: other pages link to it; change those links first:';

/**
 * Writes (text or bytes) and deletes (null) the files of one save, and commits exactly those paths
 * in one commit: never anything else in the officer's folder (Decap's own server commits
 * `git add .`, which took a stray file or a linked folder along).
 */
function commitOnly(repo: string, files: Record<string, string | Uint8Array | null>, message: string) {
  const paths = Object.keys(files);
  for (const [path, content] of Object.entries(files)) {
    const file = join(repo, path);
    if (content === null) rmSync(file, { force: true });
    else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
  }
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
  git('add', '-A', '--', ...paths);
  // The same bytes saved again (a picture chosen twice) change nothing and make no commit.
  try {
    git('diff', '--cached', '--quiet', '--', ...paths);
    return;
  } catch {
    // Something to commit.
  }
  git('commit', '--no-verify', '--no-gpg-sign', '-m', message, '--', ...paths);
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
    const files = Object.entries(save.files).map(([path, raw]) => ({ path, raw }));
    // What the save does (the form asks before an item is taken off the site), decided as the commit says it.
    res.json({ problems: checkSave(o.repo, save, { now: now() }), change: changeOnDisk(o.repo, files) });
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
      const message = commitMessage(
        params.options.collectionName,
        files.map((f) => ({ path: f.newPath ?? f.path, raw: f.raw })),
        changeOnDisk(o.repo, files),
      );
      if (params.options.useWorkflow) {
        params.options.commitMessage = message;
        return next();
      }
      commitOnly(
        o.repo,
        {
          ...Object.fromEntries(files.map((f) => [f.newPath ?? f.path, f.raw])),
          ...pictureBytes(assets),
          ...Object.fromEntries(files.filter((f) => f.newPath).map((f) => [f.path, null])),
        },
        message,
      );
      return res.json({ message: 'entry persisted' });
    } else if (action === 'persistMedia' && params?.options) {
      const save: Save = { files: {}, assets: [params.asset.path], pictures: pictureBytes([params.asset]) };
      const problems = checkSave(o.repo, save, { now: now() }).filter((p) => !p.warning);
      if (problems.length) return res.status(422).json({ error: problemText(problems) });
      const bytes = pictureBytes([params.asset])[params.asset.path];
      commitOnly(o.repo, { [params.asset.path]: bytes }, `Зураг нэмэв: ${basename(params.asset.path)}`);
      return res.json({
        id: createHash('sha256').update(bytes).digest('hex'),
        content: Buffer.from(bytes).toString('base64'),
        encoding: 'base64',
        path: params.asset.path,
        name: basename(params.asset.path),
      });
    } else if ((action === 'deleteFile' || action === 'deleteFiles') && params?.options) {
      // An item is deleted in every language it has (Decap names each language's file).
      const paths = (params.paths ?? [params.path]).filter((p: string) => existsSync(join(o.repo, p)));
      if (!paths.length) return res.status(404).json({ error: deleteGone });
      const problems = checkSave(o.repo, { files: {}, removed: paths }, { now: now() }).filter(
        (p) => !p.warning,
      );
      if (problems.length)
        return res.status(422).json({ error: `${deleteRefused} ${linkingItems(o.repo, problems)}` });
      const files = paths.map((path: string) => ({ path, raw: readFileSync(join(o.repo, path), 'utf8') }));
      const kind = /^content\/([^/]+)\//.exec(paths[0])?.[1] ?? '';
      commitOnly(
        o.repo,
        Object.fromEntries(paths.map((p: string) => [p, null])),
        commitMessage(kind, files, 'deleted'),
      );
      return res.json({ message: `deleted files ${paths.join(', ')}` });
    }
    next();
  });

  process.env.GIT_REPO_DIRECTORY = o.repo;
  await registerLocalGit(app, { logLevel: process.env.LOG_LEVEL ?? 'warn' });
  // A write or a commit that fails: one line for the officer's screen, not a stack.
  app.use((err: Error, _req: unknown, res: Res, _next: Next) => {
    const line = String(err?.message ?? err).split('\n')[0];
    res.status(500).json({ error: `Хадгалж чадсангүй / Could not save: ${line}` });
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(o.port, '127.0.0.1', () => resolve(s));
  });
  return { close: () => new Promise((resolve) => server.close(() => resolve())) };
}
