// npm run editor — the editor for an officer on their own machine: the editor's backend (each save
// is checked, then committed to this repository in the officer's name) and the site's dev server
// for previews, both on 127.0.0.1 only. Open http://127.0.0.1:4321/admin/. Ctrl+C stops both.
//   npm run editor -- --author "Б. Болд" --email bold@masm.gov.mn
// Without them it takes the repository's git name and e-mail, or asks once and keeps the answers.
import { execFileSync } from 'node:child_process';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { editorSettings, previewPort } from '../src/admin/settings';
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

/**
 * The officer's name and e-mail for every save's commit: given (--author, --email, or
 * EDITOR_AUTHOR, EDITOR_AUTHOR_EMAIL), else this repository's git settings, else asked once in the
 * terminal and kept in the repository's git settings for the next time.
 */
async function officer(): Promise<{ name: string; email: string }> {
  const name = (values.author ?? process.env.EDITOR_AUTHOR ?? '').trim() || gitConfig('user.name');
  const email = (values.email ?? process.env.EDITOR_AUTHOR_EMAIL ?? '').trim() || gitConfig('user.email');
  if ((name && email) || !process.stdin.isTTY) return { name, email };
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const ask = async (question: string, known: string) =>
    (await rl.question(`${question}${known ? ` [${known}]` : ''}: `)).trim() || known;
  const typed = {
    name: await ask('Таны нэр (хадгалалт бүрт бичигдэнэ) / Your name (on every save)', name),
    email: await ask('Таны имэйл / Your e-mail', email),
  };
  rl.close();
  for (const [key, value] of [
    ['user.name', typed.name],
    ['user.email', typed.email],
  ])
    if (value) execFileSync('git', ['config', key, value], { cwd: root });
  return typed;
}

const { name, email } = await officer();
if (!name) {
  console.error(
    'Нэрээ өгнө үү: npm run editor -- --author "Таны нэр" --email "таны@имэйл" / Give your name: npm run editor -- --author "Your name" --email "you@example.mn"',
  );
  process.exit(1);
}
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
// The site's preview in this process, saying only what goes wrong: an officer has no use for the
// dev server's start-up lines, its update notice or its notes on empty content folders.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const { dev } = await import('astro');
// The preview's mode whatever the terminal's MODE says: in any other, drafts and scheduled items have no page.
const site = await dev({
  root,
  mode: 'development',
  logLevel: 'error',
  server: { host: '127.0.0.1', port: previewPort },
});
console.log(
  `\nЗасварлагч / Editor: http://127.0.0.1:${previewPort}/admin/  (${name}${email ? ` <${email}>` : ''})\n` +
    'Зогсоох: Ctrl+C / To stop: Ctrl+C',
);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([site.stop(), backend.close()]);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
