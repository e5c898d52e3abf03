// The search page against the stock Pagefind UI (the one Starlight and AstroPaper ship) on the same
// built index, served by the same nginx: fresh Chromium profiles, runs interleaved (ours, stock,
// ours, …). Cold: first keystroke → first result's title on screen, typing the same query. Warm:
// queries typed on one open page each, from the input to the first result of that query on screen.
// Both times include each UI's own wait for typing to pause (ours 30 ms, Pagefind UI's 300 ms).
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../lib/browser.ts';
import { startNginx } from '../lib/nginx.ts';
import { median, round } from './stats.ts';

/** Where the stock UI is put in the built site (a copy the benchmark owns), and how it is started. */
const stockPath = '/stock-search/';
const coldQuery = 'стандарт';
const warmQueries = ['стандарт', 'хэмжих хэрэгсэл', 'баталгаажуулалт', 'зөвлөгөөн', 'тохирлын гэрчилгээ'];

interface UiUnderTest {
  name: 'ours' | 'stock';
  path: string;
  box: string;
  /** A result's title link: the moment it is on screen counts. */
  result: string;
}
const uis: UiUnderTest[] = [
  { name: 'ours', path: '/search/', box: '#search-q', result: '#search-results > li h2 a' },
  {
    name: 'stock',
    path: stockPath,
    box: '.pagefind-ui__search-input',
    result: '.pagefind-ui__result-link',
  },
];

/** Pagefind writes its UI with every bundle: write one for a page of nothing and keep the UI's files. */
async function stockUiFiles(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'masm-stock-ui-'));
  const { index } = await pagefind.createIndex({});
  await index!.addHTMLFile({ sourcePath: 'x.html', content: '<html lang="mn"><body>x</body></html>' });
  await index!.writeFiles({ outputPath: dir });
  await pagefind.close();
  return dir;
}

/** The stock UI as Starlight configures it (no images, sub-results shown), on this site's index. */
export async function installStockUi(dist: string): Promise<void> {
  const files = await stockUiFiles();
  const target = join(dist, stockPath);
  mkdirSync(target, { recursive: true });
  for (const f of ['pagefind-ui.js', 'pagefind-ui.css']) cpSync(join(files, f), join(target, f));
  rmSync(files, { recursive: true, force: true });
  // A script file, not inline: the site's Content-Security-Policy applies to this page too.
  writeFileSync(
    join(target, 'start.js'),
    `new PagefindUI({ element: '#search', bundlePath: '/pagefind/', showImages: false, showSubResults: true });\n`,
  );
  writeFileSync(
    join(target, 'index.html'),
    `<!doctype html><html lang="mn"><head><meta charset="utf-8"><title>Pagefind UI</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${stockPath}pagefind-ui.css"><script src="${stockPath}pagefind-ui.js"></script>
<script src="${stockPath}start.js" defer></script></head><body><div id="search"></div></body></html>\n`,
  );
}

type W = Record<string, number>;

/** Watch for a result title added after `since`, recording when (window.__shown). */
async function watchResults(page: Page, selector: string) {
  await page.evaluate((sel) => {
    const w = window as unknown as W;
    new MutationObserver(() => {
      if (w.__since !== undefined && w.__shown === undefined && document.querySelector(sel))
        w.__shown = performance.now();
    }).observe(document.body, { childList: true, subtree: true });
    document.addEventListener('input', () => (w.__since ??= performance.now()), { capture: true });
  }, selector);
}

async function coldRun(origin: string, ui: UiUnderTest): Promise<number> {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(origin + ui.path, { waitUntil: 'load' });
    await page.locator(ui.box).waitFor();
    await watchResults(page, ui.result);
    await page.locator(ui.box).click();
    await page.keyboard.type(coldQuery);
    await page.waitForFunction(() => (window as unknown as W).__shown !== undefined, null, {
      timeout: 30_000,
    });
    return await page.evaluate(() => {
      const w = window as unknown as W;
      return w.__shown - w.__since;
    });
  } finally {
    await browser.close();
  }
}

/** One open page per UI; each query typed into its box, timed from the input to its first result. */
async function warmPage(origin: string, ui: UiUnderTest) {
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  await page.goto(origin + ui.path, { waitUntil: 'load' });
  await page.locator(ui.box).waitFor();
  await watchResults(page, ui.result);
  const box = page.locator(ui.box);
  const time = async (query: string): Promise<number | null> => {
    // Cleared first, results gone, so the next title seen is the new query's.
    await box.fill('');
    await page
      .waitForFunction((sel) => !document.querySelector(sel), ui.result, { timeout: 10_000 })
      .catch(() => {});
    await page.evaluate(() => {
      const w = window as unknown as W;
      delete w.__since;
      delete w.__shown;
    });
    await box.fill(query);
    try {
      await page.waitForFunction(() => (window as unknown as W).__shown !== undefined, null, {
        timeout: 15_000,
      });
    } catch {
      return null;
    }
    return page.evaluate(() => {
      const w = window as unknown as W;
      return w.__shown - w.__since;
    });
  };
  await time(warmQueries[0]); // loads the index; not counted
  return { time, close: () => browser.close() };
}

export interface VersusStock {
  coldQuery: string;
  cold: { ours: number[]; stock: number[]; oursMedianMs: number; stockMedianMs: number; ratio: number };
  warm: { queries: string[]; oursMedianMs: number; stockMedianMs: number; ratio: number };
}

/** Both UIs on the site built in `dist` (the stock one is added to it), `runs` cold runs each. */
export async function measureVersusStock(dist: string, runs: number): Promise<VersusStock> {
  await installStockUi(dist);
  const site = await startNginx({ root: dist });
  try {
    const cold = { ours: [] as number[], stock: [] as number[] };
    for (let i = 0; i < runs; i++)
      for (const ui of uis) {
        cold[ui.name].push(await coldRun(site.origin, ui));
      }
    const warm = { ours: [] as number[], stock: [] as number[] };
    const pages = { ours: await warmPage(site.origin, uis[0]), stock: await warmPage(site.origin, uis[1]) };
    try {
      for (let round2 = 0; round2 < 2; round2++)
        for (const q of warmQueries)
          for (const name of ['ours', 'stock'] as const) {
            const ms = await pages[name].time(q);
            if (ms !== null) warm[name].push(ms);
          }
    } finally {
      await pages.ours.close();
      await pages.stock.close();
    }
    const m = (xs: number[]) => round(median(xs), 1);
    return {
      coldQuery,
      cold: {
        ours: cold.ours.map((x) => round(x, 1)),
        stock: cold.stock.map((x) => round(x, 1)),
        oursMedianMs: m(cold.ours),
        stockMedianMs: m(cold.stock),
        ratio: round(median(cold.ours) / median(cold.stock), 2),
      },
      warm: {
        queries: warmQueries,
        oursMedianMs: m(warm.ours),
        stockMedianMs: m(warm.stock),
        ratio: round(median(warm.ours) / median(warm.stock), 2),
      },
    };
  } finally {
    await site.stop();
  }
}
