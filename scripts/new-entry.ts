// npm run new -- <kind> "<title>" [directive number] — start an entry in both languages.
// Without arguments in a terminal it asks; without a terminal it never waits for input.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { CONTENT_ROOT } from '../site.config.mjs';
import { isoDay, todayIn } from '../src/lib/dates';
import { scaffold, scaffoldKinds, slugify, type ScaffoldKind } from '../src/lib/scaffold';

const usage = `Хэрэглээ / Usage: npm run new -- <${scaffoldKinds.join('|')}> "<гарчиг / title>"
  жишээ / e.g.: npm run new -- news "Дэлхийн стандартын өдөр"
                npm run new -- directive-report "Журмыг шинэчилсэн" 1   (үүрэг даалгаврын дугаар / directive number)`;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(1);
}

const interactive = process.stdin.isTTY === true;
let rl: ReturnType<typeof createInterface> | undefined;
let lines: AsyncIterator<string> | undefined;

/** Ask in the terminal; answers typed (or pasted) ahead are kept, as lines are read as they come. */
async function ask(prompt: string): Promise<string> {
  rl ??= createInterface({ input: process.stdin, output: process.stdout });
  lines ??= rl[Symbol.asyncIterator]();
  rl.setPrompt(prompt);
  rl.prompt();
  const next = await lines.next();
  if (next.done) fail('\nЦуцаллаа. / Cancelled.');
  return String(next.value).trim();
}

let [kind, title, number] = process.argv.slice(2);
if (!kind && !title) {
  if (!interactive) fail('Төрөл ба гарчгаа бичнэ үү. / Give a kind and a title.');
  kind = await ask(`Төрөл / Kind (${scaffoldKinds.join(', ')}): `);
  title = await ask('Гарчиг / Title: ');
}
if (!scaffoldKinds.includes(kind as ScaffoldKind)) {
  fail(`"${kind ?? ''}" гэсэн төрөл алга. / There is no kind "${kind ?? ''}".`);
}
if (!title?.trim()) fail('Гарчиг хоосон байна. / The title is empty.');
let directive: number | undefined;
if (kind === 'directive-report') {
  if (!number) {
    if (!interactive) fail('Үүрэг даалгаврын дугаарыг бичнэ үү. / Give the directive number.');
    number = await ask('Үүрэг даалгаврын дугаар / Directive number (1–10): ');
  }
  directive = Number(number);
  if (!Number.isInteger(directive) || directive < 1 || directive > 10) {
    fail(`"${number}": 1-ээс 10 хүртэлх дугаар бичнэ үү. / Give a number from 1 to 10.`);
  }
}
rl?.close();
const slug = slugify(title);
if (!slug)
  fail(`"${title}" гарчгаас файлын нэр гаргаж чадсангүй. / No file name can be made from "${title}".`);

const root = resolve(CONTENT_ROOT);
const files = scaffold(kind as ScaffoldKind, title.trim(), isoDay(todayIn()), slug, directive);
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
