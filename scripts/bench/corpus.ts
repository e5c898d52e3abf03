// npm run bench:corpus -- --items N [--out DIR] [--seed S]: a generated content tree for
// benchmarking the site at 1,000–10,000 news items. Build or check it with CONTENT_ROOT=DIR.
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultSeed, generateCorpus } from './corpus/generate';
import { ensureWordLists } from './corpus/packages';

const root = fileURLToPath(new URL('../..', import.meta.url));
const usage = 'usage: npm run bench:corpus -- --items N [--out DIR] [--seed S]';

let values;
try {
  ({ values } = parseArgs({
    options: { items: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } },
  }));
} catch (e) {
  console.error(`${(e as Error).message}\n${usage}`);
  process.exit(2);
}
const items = Number(values.items);
if (!values.items || !Number.isInteger(items) || items < 1) {
  console.error(`--items must be a whole number of news items, at least 1\n${usage}`);
  process.exit(2);
}
if (!ensureWordLists()) process.exit(1);

const out = resolve(root, values.out ?? `bench/corpora/${items}`);
const started = performance.now();
const counts = generateCorpus({
  items,
  out,
  contentDir: resolve(root, 'content'),
  seed: values.seed ?? defaultSeed,
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);

console.log(`Wrote ${relative(root, out) || out} in ${seconds} s (seed ${values.seed ?? defaultSeed}):`);
console.log(`  news         ${counts.news} generated, bilingual (${counts.drafts} drafts)`);
console.log(`  regulations  ${counts.regulations} generated`);
console.log(`  services     ${counts.services} generated, bilingual`);
console.log(`  reports      ${counts.reports} generated, bilingual`);
console.log(`  files        ${counts.files} generated, plus a copy of content/`);
console.log(`  Mongolian    ${counts.mnWords} words, ${counts.mnDistinctWords} distinct forms`);
console.log(`Check or build it: CONTENT_ROOT=${relative(root, out) || out} npm run check:content`);
