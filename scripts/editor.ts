// npm run editor — the editor for an officer on their own machine: the editor's backend (each save
// is checked, then committed to this repository in the officer's name) and the site's dev server
// for previews, both on 127.0.0.1 only. Open http://127.0.0.1:4321/admin/. Ctrl+C stops both.
//   npm run editor -- --author "Б. Болд" [--email bold@example.mn]
// Without --author (or EDITOR_AUTHOR) it asks for the name the commits are to carry.
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { editorSettings } from '../src/admin/settings';
import { startEditorBackend } from './lib/editor-backend';

const root = fileURLToPath(new URL('..', import.meta.url));
const gitConfig = (key: string) => {
  try {
    return execFileSync('git', ['config', key], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};
const { values } = parseArgs({ options: { author: { type: 'string' }, email: { type: 'string' } } });

async function authorName(): Promise<string> {
  const given = values.author ?? process.env.EDITOR_AUTHOR;
  if (given?.trim()) return given.trim();
  const known = gitConfig('user.name');
  if (!process.stdin.isTTY) return known;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const typed = await rl.question(
    `Таны нэр (хадгалалт бүрт бичигдэнэ) / Your name (on every save)${known ? ` [${known}]` : ''}: `,
  );
  rl.close();
  return typed.trim() || known;
}

const name = await authorName();
if (!name) {
  console.error(
    'Нэрээ өгнө үү: npm run editor -- --author "Таны нэр" / Give your name: npm run editor -- --author "Your name"',
  );
  process.exit(1);
}
const email = values.email ?? process.env.EDITOR_AUTHOR_EMAIL ?? '';
// Every save is a commit authored by the officer, whatever this machine's git identity.
Object.assign(process.env, {
  GIT_AUTHOR_NAME: name,
  GIT_AUTHOR_EMAIL: email,
  GIT_COMMITTER_NAME: name,
  GIT_COMMITTER_EMAIL: email,
});
// Saves are commits on the branch checked out.
process.env.EDITOR_BRANCH ||= execFileSync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], {
  cwd: root,
  encoding: 'utf8',
}).trim();

const backend = await startEditorBackend({ repo: root, port: editorSettings().localPort });
const site = spawn(
  process.execPath,
  [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', '4321'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
);
console.log(`Засварлагч / Editor: http://127.0.0.1:4321/admin/  (${name})`);

const stop = () => {
  if (site.exitCode === null) site.kill();
  void backend.close();
};
site.on('exit', (code) => {
  void backend.close();
  process.exitCode ||= code ?? 0;
});
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
