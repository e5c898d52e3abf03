// npm run editor — the editor for an officer on their own machine: decap-server (Decap CMS's
// local backend, in git mode: every save is a commit in this repository) and the site's dev
// server, both listening on 127.0.0.1 only. Open http://127.0.0.1:4321/admin/. Ctrl+C stops both.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editorSettings } from '../src/admin/settings';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
// decap-server in git mode commits to the branch the configuration names: the one checked out.
process.env.EDITOR_BRANCH ||= execFileSync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], {
  cwd: root,
  encoding: 'utf8',
}).trim();
const { localPort } = editorSettings();

const children: ChildProcess[] = [
  // BIND_HOST: without it decap-server listens on every interface, where anyone on the network
  // could write to the repository.
  spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, MODE: 'git', BIND_HOST: '127.0.0.1', PORT: String(localPort) },
  }),
  spawn(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', '4321'],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    },
  ),
];
console.log('Засварлагч / Editor: http://127.0.0.1:4321/admin/');

const stop = () => children.forEach((c) => c.exitCode === null && c.kill());
for (const c of children) c.on('exit', (code) => (stop(), (process.exitCode ||= code ?? 0)));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
