import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminHeaders } from '../../deploy/headers';
import { editorSettings } from '../../src/admin/settings';
import { writeEditor } from '../../src/integrations/editor';
import { launchBrowser } from '../../scripts/lib/browser';
import { serveDir, type StaticServer } from '../../scripts/lib/static-server';
import { projectRoot } from '../helpers/astro';
import { projectCopy } from '../helpers/fixture-site';

// The editor as an officer runs it: its backend (Decap's local git server behind the site's checks,
// 127.0.0.1 only) in a throwaway git repository holding a copy of the fixture content, and the
// built /admin/ served with its own Content-Security-Policy enforced, in Chromium.

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });

const git = (cwd: string, ...args: string[]) =>
  spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], {
    cwd,
    encoding: 'utf8',
  });

export interface EditorEnv {
  repo: string;
  site: StaticServer;
  browser: Awaited<ReturnType<typeof launchBrowser>>;
  backendOrigin: string;
  /** Content-Security-Policy violations Chromium reported, from any page. */
  violations: string[];
  /** Every URL any page asked for; others than the two local servers are refused. */
  requests: string[];
  /** Lets the browser reach another local server (the site's preview). */
  allow(origin: string): void;
  close(): Promise<void>;
}

/** The editor's backend as `npm run editor` runs it, committing as the officer named. */
function startBackend(repo: string, port: number, author: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), join(projectRoot, 'scripts/editor-backend.ts')],
    {
      cwd: repo,
      env: {
        ...process.env,
        GIT_REPO_DIRECTORY: repo,
        PORT: String(port),
        LOG_LEVEL: 'info',
        GIT_AUTHOR_NAME: author,
        GIT_AUTHOR_EMAIL: '',
        GIT_COMMITTER_NAME: author,
        GIT_COMMITTER_EMAIL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (d: Buffer) => {
      out += d;
      if (out.includes('listening on')) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`editor backend exited (${code}):\n${out}`)));
  });
}

/** The officer the test's commits are authored by. */
export const officer = 'Б. Болд';

/**
 * The editor over a copy of the fixture content. `previewPort`: where the preview will be started
 * (startPreview), for the links to an item's page.
 */
export async function startEditor(o: { previewPort?: number } = {}): Promise<EditorEnv> {
  const repo = mkdtempSync(join(tmpdir(), 'masm-editor-repo-'));
  // The fixture site's content: what the tests edit is test data, not the published site's.
  cpSync(join(projectRoot, 'tests/fixtures/site/content'), join(repo, 'content'), { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'content');
  const port = await freePort();
  const settings = editorSettings({
    EDITOR_LOCAL_PORT: String(port),
    ...(o.previewPort ? { EDITOR_PREVIEW_ORIGIN: `http://127.0.0.1:${o.previewPort}` } : {}),
  });
  const siteDir = mkdtempSync(join(tmpdir(), 'masm-editor-site-'));
  await writeEditor(join(siteDir, 'admin'), settings);
  const backend = await startBackend(repo, port, officer);
  const site = await serveDir(siteDir, adminHeaders(settings));
  const browser = await launchBrowser();
  const violations: string[] = [];
  const requests: string[] = [];
  const allowed = [site.origin, `http://127.0.0.1:${port}`];
  await browser.context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    const local = allowed.some((o) => url.startsWith(o));
    return local ? route.continue() : route.abort();
  });
  browser.context.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return {
    repo,
    site,
    browser,
    backendOrigin: `http://127.0.0.1:${port}`,
    violations,
    requests,
    allow: (origin) => void allowed.push(origin),
    close: async () => {
      await browser.close();
      await site.close();
      backend.kill();
      rmSync(repo, { recursive: true, force: true });
      rmSync(siteDir, { recursive: true, force: true });
    },
  };
}

export const gitLog = (repo: string) => git(repo, 'log', '--format=%s', '-n', '5').stdout;
/** The author of the last commit: name <email>. */
export const lastAuthor = (repo: string) => git(repo, 'log', '-1', '--format=%an <%ae>').stdout.trim();

const officerEnv = () => ({
  // Not the runner's own variables: Vite reads MODE=test as the mode (then drafts and scheduled items have no page).
  ...Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^VITEST|^(TEST|MODE|PROD|DEV|SSR|BASE_URL)$/.test(k)),
  ),
  NODE_ENV: 'development',
});

/**
 * The site's preview as `npm run editor` serves it (astro dev), over a copy of the repository's
 * content after the officer's saves, in a copy of the project (Astro's generated files apart).
 */
export async function startPreview(
  repo: string,
  port?: number,
): Promise<{ origin: string; content: string; close(): void }> {
  const dir = projectCopy();
  rmSync(join(dir, 'content'), { recursive: true, force: true });
  cpSync(join(repo, 'content'), join(dir, 'content'), { recursive: true });
  port ??= await freePort();
  const child = spawn(
    process.execPath,
    [
      join(projectRoot, 'node_modules/astro/bin/astro.mjs'),
      'dev',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    // As an officer's terminal runs it: not under the test runner's NODE_ENV=test (then every page is 404).
    { cwd: dir, env: { ...officerEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' }, stdio: 'ignore' },
  );
  const origin = `http://127.0.0.1:${port}`;
  const close = () => {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  for (const started = Date.now(); Date.now() - started < 90_000;) {
    const up = await fetch(`${origin}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { origin, content: join(dir, 'content'), close };
    await new Promise((r) => setTimeout(r, 500));
  }
  close();
  throw new Error('astro dev did not answer within 90 s');
}
