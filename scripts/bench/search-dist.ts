// The search part of the benchmark on a site already built: `tsx scripts/bench/search-dist.ts
// --dist DIR --content DIR` (the content tree the site was built from, for the titles to look for).
// No corpus is generated and nothing is built, so a change to the search page can be measured
// again in a minute; the figures to report come from `npm run bench`, which builds cold.
// Prints the search figures, each warm query's time, the titles not found and the first query's requests.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureSearch } from './measure-search.ts';
import { pickPages } from './picks.ts';
import { measureSizes, samplePaths } from './sizes.ts';
import { firstNewsSlug } from './picks.ts';
import { kb } from './table.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    content: { type: 'string' },
    'cold-runs': { type: 'string', default: '3' },
  },
});
if (!values.dist || !values.content || !existsSync(values.dist) || !existsSync(values.content)) {
  console.error('search-dist: give --dist DIR (a built site) and --content DIR (what it was built from)');
  process.exit(1);
}
const dist = resolve(values.dist);
const content = resolve(values.content);
const sizes = measureSizes(dist, samplePaths(firstNewsSlug(content)));
console.log(
  `search words: ${kb(sizes.searchWords.totalBytes)} in ${sizes.searchWords.files} files, largest ${kb(sizes.searchWords.largestBytes)} (${sizes.searchWords.largestFile})`,
);
const s = await measureSearch(dist, pickPages(content, dist), Number(values['cold-runs']));
for (const r of s.cold.runs)
  console.log(`cold: ${r.firstResultMs} ms, ${kb(r.bytes)}, ${r.requests} requests`);
for (const r of s.cold.runs[0].resources ?? []) console.log(`  ${kb(r.bytes).padStart(9)}  ${r.path}`);
for (const q of s.warm.queries) console.log(`warm ${q.path} ${JSON.stringify(q.query)}: ${q.ms} ms`);
for (const c of s.quality.checks.filter((c) => c.rank === null))
  console.log(`not in top 5: ${c.variant} ${JSON.stringify(c.query)} → ${c.expected}`);
console.log(
  `first result ${s.cold.medianFirstResultMs} ms; first query ${kb(s.cold.medianBytes)}; warm median ${s.warm.medianMs} ms, p95 ${s.warm.p95Ms} ms (${s.warm.failed} failed); titles ${s.quality.found}/${s.quality.total}`,
);
