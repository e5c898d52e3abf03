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

// The editor as an officer runs it: decap-server (git mode, 127.0.0.1 only) in a throwaway git
// repository holding a copy of content/, and the built /admin/ served with its own
// Content-Security-Policy enforced, in Chromium.

const freePort = () =>
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
  close(): Promise<void>;
}

function startBackend(repo: string, port: number): Promise<ChildProcess> {
  const bin = join(projectRoot, 'node_modules/decap-server/dist/index.js');
  const child = spawn(process.execPath, [bin], {
    cwd: repo,
    env: { ...process.env, MODE: 'git', BIND_HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (d: Buffer) => {
      out += d;
      if (out.includes('listening on')) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`decap-server exited (${code}):\n${out}`)));
  });
}

export async function startEditor(): Promise<EditorEnv> {
  const repo = mkdtempSync(join(tmpdir(), 'masm-editor-repo-'));
  // The fixture site's content: what the tests edit is test data, not the published site's.
  cpSync(join(projectRoot, 'tests/fixtures/site/content'), join(repo, 'content'), { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'content');
  const port = await freePort();
  const settings = editorSettings({ EDITOR_LOCAL_PORT: String(port) });
  const siteDir = mkdtempSync(join(tmpdir(), 'masm-editor-site-'));
  await writeEditor(join(siteDir, 'admin'), settings);
  const backend = await startBackend(repo, port);
  const site = await serveDir(siteDir, adminHeaders(settings));
  const browser = await launchBrowser();
  const violations: string[] = [];
  const requests: string[] = [];
  await browser.context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    const local = url.startsWith(site.origin) || url.startsWith(`http://127.0.0.1:${port}`);
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
