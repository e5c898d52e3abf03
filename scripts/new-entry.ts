// npm run new -- <kind> "<title>" — start a news item, service or regulation in both languages.
// Without arguments in a terminal it asks; without a terminal it never waits for input.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { CONTENT_ROOT } from '../site.config.mjs';
import { isoDay } from '../src/lib/dates';
import { scaffold, scaffoldKinds, slugify, type ScaffoldKind } from '../src/lib/scaffold';

const usage = `Хэрэглээ / Usage: npm run new -- <${scaffoldKinds.join('|')}> "<гарчиг / title>"
  жишээ / e.g.: npm run new -- news "Дэлхийн стандартын өдөр"`;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(1);
}

async function ask(): Promise<[string, string]> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  // Lines are read as they come, so answers typed (or pasted) ahead are not lost.
  const lines = rl[Symbol.asyncIterator]();
  const question = async (prompt: string) => {
    rl.setPrompt(prompt);
    rl.prompt();
    const next = await lines.next();
    if (next.done) fail('\nЦуцаллаа. / Cancelled.');
    return String(next.value).trim();
  };
  try {
    return [
      await question(`Төрөл / Kind (${scaffoldKinds.join(', ')}): `),
      await question('Гарчиг / Title: '),
    ];
  } finally {
    rl.close();
  }
}

let [kind, title] = process.argv.slice(2);
if (!kind && !title) {
  if (!process.stdin.isTTY) fail('Төрөл ба гарчгаа бичнэ үү. / Give a kind and a title.');
  [kind, title] = await ask();
}
if (!scaffoldKinds.includes(kind as ScaffoldKind)) {
  fail(`"${kind ?? ''}" гэсэн төрөл алга. / There is no kind "${kind ?? ''}".`);
}
if (!title?.trim()) fail('Гарчиг хоосон байна. / The title is empty.');
const slug = slugify(title);
if (!slug)
  fail(`"${title}" гарчгаас файлын нэр гаргаж чадсангүй. / No file name can be made from "${title}".`);

const root = resolve(CONTENT_ROOT);
const files = scaffold(kind as ScaffoldKind, title.trim(), isoDay(new Date()), slug);
const taken = files.filter((f) => existsSync(join(root, f.path)));
if (taken.length) {
  fail(
    `"${slug}" нэртэй бичлэг байна; өөр гарчиг өгнө үү. / An entry named "${slug}" exists; choose another title.\n` +
      taken.map((f) => `  ${relative(process.cwd(), join(root, f.path))}`).join('\n'),
  );
}
for (const f of files) {
  mkdirSync(dirname(join(root, f.path)), { recursive: true });
  writeFileSync(join(root, f.path), f.text, { flag: 'wx' });
}
console.log(
  `Бичлээ / Written:\n${files.map((f) => `  ${relative(process.cwd(), join(root, f.path))}`).join('\n')}\n\n` +
    'Дараа нь [[…]] текстийг өөрийн текстээр солиод `npm run check:content` ажиллуулна уу.\n' +
    'Next, replace the [[…]] text with your own and run `npm run check:content`.',
);
