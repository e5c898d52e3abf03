// What a search cannot go below on this machine, on a site already built: `tsx
// scripts/bench/search-floor.ts --dist DIR [--lang mn] [queries…]`. In Chromium, with the site
// served by nginx (deploy/nginx.conf): Pagefind's own search time per query once its index chunks
// are loaded (no word lists, no rewrites, no fragments), and the time to fetch ten result fragments
// at once, which every first page of results needs. Medians of five; the figures are for
// docs/benchmark.md, not targets.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startNginx } from '../lib/nginx.ts';
import { launchBrowser } from '../lib/browser.ts';
import { median, round } from './stats.ts';

const { values, positionals } = parseArgs({
  options: { dist: { type: 'string' }, lang: { type: 'string', default: 'mn' } },
  allowPositionals: true,
});
if (!values.dist) {
  console.error('search-floor: give --dist DIR (a built site)');
  process.exit(1);
}
const dist = resolve(values.dist);
const lang = values.lang!;
const queries = positionals.length
  ? positionals
  : ['стандарт', 'хэмжил', 'үйлчилгээ', '1800-2525', 'аргачлал'];
const fragments = readdirSync(join(dist, 'pagefind', 'fragment'))
  .filter((f) => f.startsWith(`${lang}_`) && f.endsWith('.pf_fragment'))
  .map((f) => `/pagefind/fragment/${f}`);

const site = await startNginx({ root: dist });
const browser = await launchBrowser();
try {
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}${lang === 'mn' ? '' : `/${lang}`}/search/`, { waitUntil: 'load' });
  const times = await page.evaluate(
    async ({ queries, lang }) => {
      const script = '/pagefind/pagefind.js';
      const mod = await import(/* @vite-ignore */ script);
      document.documentElement.lang = lang;
      const pf = mod.createInstance({ noWorker: true });
      await pf.options({ excerptLength: 24 });
      const out: { query: string; found: number; ms: number[] }[] = [];
      for (const query of queries) {
        await pf.preload(query);
        const row = { query, found: 0, ms: [] as number[] };
        for (let i = 0; i < 6; i++) {
          const t = performance.now();
          row.found = (await pf.search(query)).results.length;
          if (i > 0) row.ms.push(performance.now() - t); // the first one also compiles the code
        }
        out.push(row);
      }
      return out;
    },
    { queries, lang },
  );
  for (const t of times)
    console.log(`Pagefind search ${JSON.stringify(t.query)}: ${t.found} pages, ${round(median(t.ms), 1)} ms`);
  const rounds: number[] = [];
  for (let r = 0; r < 5; r++) {
    const urls = fragments.slice(r * 10, r * 10 + 10);
    rounds.push(
      await page.evaluate(async (urls) => {
        const t = performance.now();
        await Promise.all(urls.map((u) => fetch(u).then((res) => res.arrayBuffer())));
        return performance.now() - t;
      }, urls),
    );
  }
  console.log(`ten fragments fetched at once: ${round(median(rounds), 1)} ms (median of 5)`);
} finally {
  await browser.close();
  await site.stop();
}
