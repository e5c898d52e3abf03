// npm run bench:latin [dist]: the site's own Mongolian words (dist/search-words/mn), each typed in
// Latin letters five ways, and how often the search's reading of the Latin word leads back to it
// (src/lib/search/latin-typing.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { latinReach, siteWordCounts } from '../../src/lib/search/latin-typing.ts';

const dist = process.argv[2] ?? 'dist';
if (!existsSync(join(dist, 'search-words', 'mn'))) {
  console.error(`${dist}/search-words/mn is not there: run npm run build first.`);
  process.exit(2);
}
const reach = latinReach(siteWordCounts(dist));
console.log(`${reach[0]?.total ?? 0} Mongolian words of four letters or more on the site\n`);
console.log('spelling          found   example misses');
for (const r of reach) {
  const share = `${Math.round((1000 * r.found) / Math.max(1, r.total)) / 10}%`;
  console.log(`${r.spelling.padEnd(16)} ${share.padStart(6)}   ${r.misses.slice(0, 4).join(', ')}`);
}
