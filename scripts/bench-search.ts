// Search benchmark in Debian's Chromium on the built site (run `npm run bench:search`).
// Cold: a fresh browser profile opens the search page, focuses the box and types a query; measured
// from the first keystroke to the first rendered result, with the bytes fetched meanwhile.
// Warm: further queries on the same page, measured inside the page from search start to render.
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchBrowser } from './lib/browser.ts';
import { serveDir } from './lib/static-server.ts';

const coldRuns = 5;
const warmQueries = [
  'standart',
  'үйлчилгээний',
  'hemjil zui',
  '1800-2525',
  'зөвлөгөөн',
  'utas',
  'ISO 9001',
  'стандартаар',
];
const targets = { firstResultMs: 250, warmQueryMs: 15 };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const site = await serveDir('dist');
const cold: { firstResultMs: number; bytes: number }[] = [];
const warm: number[] = [];
try {
  for (let run = 0; run < coldRuns; run++) {
    const browser = await launchBrowser();
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/search/`, { waitUntil: 'load' });
    await page.evaluate(() => {
      const w = window as unknown as Record<string, number>;
      // 'input', not 'keydown': Cyrillic letters arrive as text input without key events.
      document.addEventListener('input', () => (w.firstKey ??= performance.now()), { capture: true });
      new MutationObserver(() => {
        if (document.querySelector('#search-results > li h2 a')) w.firstResult ??= performance.now();
      }).observe(document.getElementById('search-results')!, { childList: true });
    });
    await page.getByRole('main').getByRole('searchbox').click();
    await page.keyboard.type('стандарт');
    await page.waitForFunction(() => (window as unknown as Record<string, number>).firstResult !== undefined);
    cold.push(
      await page.evaluate(() => {
        const w = window as unknown as Record<string, number>;
        const bytes = performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime >= w.firstKey - 1000)
          .reduce((sum, e) => sum + (e as PerformanceResourceTiming).encodedBodySize, 0);
        return { firstResultMs: Math.round(w.firstResult - w.firstKey), bytes };
      }),
    );
    if (run === 0) {
      for (const query of warmQueries) {
        const ms = page.evaluate(
          () =>
            new Promise<number>((resolve) =>
              document
                .getElementById('search-app')!
                .addEventListener('search-rendered', (e) => resolve((e as CustomEvent).detail.ms), {
                  once: true,
                }),
            ),
        );
        await page.getByRole('main').getByRole('searchbox').fill(query);
        warm.push(await ms);
      }
    }
    await browser.close();
  }
} finally {
  await site.close();
}

const figures = {
  date: new Date().toISOString(),
  cold: {
    runs: cold,
    medianFirstResultMs: median(cold.map((c) => c.firstResultMs)),
    medianBytes: median(cold.map((c) => c.bytes)),
  },
  warm: {
    queries: warmQueries,
    ms: warm.map((m) => Math.round(m * 10) / 10),
    medianMs: Math.round(median(warm) * 10) / 10,
  },
  targets,
};
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/bench-search.json', JSON.stringify(figures, null, 2));
console.log(
  `first result after the first keystroke (cold, median of ${coldRuns}): ${figures.cold.medianFirstResultMs} ms (target ≤ ${targets.firstResultMs})`,
);
console.log(
  `bytes fetched for the first query (median): ${(figures.cold.medianBytes / 1024).toFixed(1)} KiB`,
);
console.log(
  `warm query (median of ${warm.length}): ${figures.warm.medianMs} ms (target ≤ ${targets.warmQueryMs}); each: ${figures.warm.ms.join(', ')}`,
);
console.log('written to test-results/bench-search.json');
