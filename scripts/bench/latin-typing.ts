// npm run bench:latin [dist]: the site's own Mongolian words (dist/search-words/mn), each typed in
// Latin letters five ways, and how often the search's reading of the Latin word leads back to it
// (src/lib/search/latin-typing.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { latinReach } from '../../src/lib/search/latin-typing.ts';

const dir = join(process.argv[2] ?? 'dist', 'search-words', 'mn');
if (!existsSync(dir)) {
  console.error(`${dir} is not there: run npm run build first.`);
  process.exit(2);
}
const counts = new Map<string, number>();
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')))
  for (const [word, n] of Object.entries(
    JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, number>,
  ))
    counts.set(word, n);

const reach = latinReach(counts);
console.log(`${reach[0]?.total ?? 0} Mongolian words of four letters or more on the site\n`);
console.log('spelling          found   example misses');
for (const r of reach) {
  const share = `${Math.round((1000 * r.found) / Math.max(1, r.total)) / 10}%`;
  console.log(`${r.spelling.padEnd(16)} ${share.padStart(6)}   ${r.misses.slice(0, 4).join(', ')}`);
}
