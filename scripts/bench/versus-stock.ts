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
import { launchBrowser, ruralLine, throttle } from '../lib/browser.ts';
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
  /** The list of results (its rows are the results). */
  list: string;
  /** Where the UI says which query its results are for (ours: the list's data-query). */
  shownQuery: string;
}
const uis: UiUnderTest[] = [
  {
    name: 'ours',
    path: '/search/',
    box: '#search-q',
    result: '#search-results > li h2 a',
    list: '#search-results',
    shownQuery: '#search-results',
  },
  {
    name: 'stock',
    path: stockPath,
    box: '.pagefind-ui__search-input',
    result: '.pagefind-ui__result-link',
    list: '.pagefind-ui__results',
    shownQuery: '.pagefind-ui__message',
  },
];

/** A word typed at a person's speed (ms between keys), as the issue measured it. */
const typedWord = 'хэмжил зүй';
const keyGap = 180;
const ruralNetwork = ruralLine;

export interface TypingRun {
  /** Last keystroke → the full query's first and fifth result on screen. */
  firstMs: number | null;
  fifthMs: number | null;
  /** From the page's HTML until the results settle. */
  requests: number;
  bytes: number;
  /** What a person sees change: the list emptied after it had results, rows without a title, links moved while the shown query stayed the same. */
  emptied: number;
  blankRows: number;
  moved: number;
}

/** Type `typedWord` at a person's speed into one UI and watch what it shows and fetches. */
async function typingRun(origin: string, ui: UiUnderTest, network?: typeof ruralNetwork): Promise<TypingRun> {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    // Every request the page makes, its worker's too (the stock UI searches in a web worker, whose
    // fetches the page's performance entries do not list), from the page's own HTML on; bytes as
    // received, headers included.
    const counted = { requests: 0, bytes: 0, pending: [] as Promise<void>[] };
    page.on('requestfinished', (request) => {
      counted.requests++;
      counted.pending.push(
        request.sizes().then((s) => void (counted.bytes += s.responseBodySize + s.responseHeadersSize)),
      );
    });
    if (network) await throttle(browser.context, page, network);
    await page.goto(origin + ui.path, { waitUntil: 'load' });
    await page.locator(ui.box).waitFor();
    await page.evaluate(
      ({ ui, word }) => {
        const w = window as unknown as {
          snaps: { at: number; query: string; links: string[]; blank: number }[];
          lastKey: number;
          focusAt: number;
        };
        w.snaps = [];
        document.addEventListener('focus', () => (w.focusAt ??= performance.now()), { capture: true });
        document.addEventListener('input', () => (w.lastKey = performance.now()), { capture: true });
        // Inline (no named function): the bundler would wrap one in a helper the page lacks.
        new MutationObserver(() => {
          const list = document.querySelector(ui.list);
          const rows = list ? [...list.children] : [];
          const shown = document.querySelector(ui.shownQuery) as HTMLElement | null;
          const query =
            ui.name === 'ours'
              ? (shown?.dataset.query ?? '')
              : shown?.textContent?.includes(word)
                ? word
                : '';
          w.snaps.push({
            at: performance.now(),
            query,
            links: rows.flatMap((r) => {
              const a = r.querySelector('a');
              return a ? [a.getAttribute('href') ?? ''] : [];
            }),
            blank: rows.filter((r) => !r.querySelector('a')).length,
          });
        }).observe(document.body, {
          childList: true,
          subtree: true,
          attributes: true,
          characterData: true,
        });
      },
      { ui: { name: ui.name, list: ui.list, shownQuery: ui.shownQuery }, word: typedWord },
    );
    const box = page.locator(ui.box);
    await box.click();
    await box.pressSequentially(typedWord, { delay: keyGap });
    // Settled: the full query's results shown, then nothing more arriving for two seconds.
    await page
      .waitForFunction(
        (word) => {
          const w = window as unknown as { snaps: { query: string; links: string[] }[] };
          return w.snaps.some((s) => s.query === word && s.links.length > 0);
        },
        typedWord,
        { timeout: 60_000 },
      )
      .catch(() => undefined);
    await page.waitForTimeout(2000);
    await Promise.all(counted.pending);
    const seen = await page.evaluate((word) => {
      const w = window as unknown as {
        snaps: { at: number; query: string; links: string[]; blank: number }[];
        lastKey: number;
        focusAt: number;
      };
      const full = w.snaps.filter((s) => s.at >= w.lastKey && s.query === word);
      const first = full.find((s) => s.links.length >= 1);
      const fifth = full.find((s) => s.links.length >= 5);
      let emptied = 0;
      let moved = 0;
      w.snaps.forEach((s, i) => {
        const before = w.snaps[i - 1];
        if (!before) return;
        if (before.links.length && !s.links.length) emptied++;
        // The same query shown, the same links, in another order (a row added after them is not a move).
        const common = s.links.filter((l) => before.links.includes(l));
        const order = before.links.filter((l) => common.includes(l));
        if (s.query === before.query && common.join() !== order.join()) moved++;
      });
      return {
        firstMs: first ? Math.round(first.at - w.lastKey) : null,
        fifthMs: fifth ? Math.round(fifth.at - w.lastKey) : null,
        emptied,
        blankRows: w.snaps.filter((s) => s.blank > 0).length,
        moved,
      };
    }, typedWord);
    return { ...seen, requests: counted.requests, bytes: counted.bytes };
  } finally {
    await browser.close();
  }
}

/** Each UI typed into `runs` times, interleaved, on the fast line and the rural one. */
export async function measureTyping(origin: string, runs: number) {
  const out: Record<'fast' | 'rural', Record<'ours' | 'stock', TypingRun[]>> = {
    fast: { ours: [], stock: [] },
    rural: { ours: [], stock: [] },
  };
  for (const profile of ['fast', 'rural'] as const)
    for (let i = 0; i < runs; i++)
      for (const ui of uis)
        out[profile][ui.name].push(
          await typingRun(origin, ui, profile === 'rural' ? ruralNetwork : undefined),
        );
  const mid = (xs: (number | null)[]) => {
    const known = xs.filter((x): x is number => x !== null);
    return known.length ? round(median(known), 1) : null;
  };
  const summary = (rs: TypingRun[]) => ({
    firstMs: mid(rs.map((r) => r.firstMs)),
    fifthMs: mid(rs.map((r) => r.fifthMs)),
    requests: mid(rs.map((r) => r.requests)),
    bytes: mid(rs.map((r) => r.bytes)),
    emptied: Math.max(...rs.map((r) => r.emptied)),
    blankRows: Math.max(...rs.map((r) => r.blankRows)),
    moved: Math.max(...rs.map((r) => r.moved)),
  });
  const ratio = (a: number | null, b: number | null) => (a !== null && b ? round(a / b, 2) : null);
  return Object.fromEntries(
    (['fast', 'rural'] as const).map((p) => {
      const ours = summary(out[p].ours);
      const stock = summary(out[p].stock);
      return [
        p,
        {
          word: typedWord,
          keyGapMs: keyGap,
          runs: out[p],
          ours,
          stock,
          firstRatio: ratio(ours.firstMs, stock.firstMs),
          fifthRatio: ratio(ours.fifthMs, stock.fifthMs),
        },
      ];
    }),
  ) as Record<
    'fast' | 'rural',
    {
      word: string;
      keyGapMs: number;
      runs: Record<'ours' | 'stock', TypingRun[]>;
      ours: ReturnType<typeof summary>;
      stock: ReturnType<typeof summary>;
      firstRatio: number | null;
      fifthRatio: number | null;
    }
  >;
}

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
  typing?: Awaited<ReturnType<typeof measureTyping>>;
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
    // A word typed at a person's speed: fewer runs, each types for two seconds and waits for quiet.
    const typing = await measureTyping(site.origin, Math.min(runs, 3));
    return {
      typing,
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
