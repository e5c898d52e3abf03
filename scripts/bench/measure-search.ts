// The search in Debian's Chromium on a built site served from 127.0.0.1 by nginx with the shipped
// deploy/nginx.conf (its .br/.gz files, as visitors get them). Cold: fresh profiles; focus the box,
// type a query; first keystroke → first rendered result, and the bytes on the wire from the focus
// on. Rural: the same on a connection of 400 ms round trip and 400 kbit/s each way (Chromium's
// network emulation, from the focus on), with the requests that waited on an earlier one counted.
// Warm: many queries on one page, timed by the page itself (the `search-rendered` event).
// Quality: are pages found by their exact titles in the top five?
import type { Page } from 'playwright-core';
import { startNginx } from '../lib/nginx.ts';
import { launchBrowser, ruralLine, throttle } from '../lib/browser.ts';
import type { Pick } from './picks.ts';
import { latinize, median, percentile, round } from './stats.ts';

type W = Record<string, number> & { __rendered: number[] };
const coldQuery = 'стандарт';
// prettier-ignore
const mnQueries = [
  'стандарт', 'стандартаар', 'үйлчилгээний', 'хэмжлийн', 'баталгаажуулалт', 'зөвлөгөөн',
  'тохирлын гэрчилгээ', 'хэмжих хэрэгсэл', 'standart', 'hemjil zui', 'uilchilgee', 'utas',
  '1800-2525', 'MNS ISO 9001:2016', 'ISO 9001',
];
// prettier-ignore
const enQueries = [
  'standard', 'metrology', 'certification of conformity', 'verification of measuring instruments',
  'hotline', 'MNS ISO 9001:2016', 'precious metals', 'стандарт',
];

interface ColdRun {
  firstResultMs: number;
  bytes: number;
  requests: number;
  /** The longest chain of requests each started after the previous one ended (before the first result). */
  serialRequests: number;
  /** What was fetched from the focus on, in order: path and bytes on the wire. */
  resources?: { path: string; bytes: number }[];
}
interface QualityCheck {
  variant: 'mn' | 'en' | 'latin';
  query: string;
  expected: string;
  rank: number | null;
}
export const rural = ruralLine;

export interface SearchFigures {
  cold: {
    query: string;
    runs: ColdRun[];
    medianFirstResultMs: number;
    medianBytes: number;
  };
  rural: {
    runs: ColdRun[];
    medianFirstResultMs: number;
    /** Requests one after another before the first result: the longest chain of fetches that each began after the one before ended. */
    medianSerialRequests: number;
  };
  /**
   * Rural too: a query typed into a content page's header box and sent (Enter), from the search
   * page's navigation to its first result: the chain of requests after the page's HTML, and every
   * byte fetched for it (HTML included, headers included).
   */
  header: {
    query: string;
    runs: HeaderRun[];
    medianFirstResultMs: number;
    medianSerialRequests: number;
    medianBytes: number;
  };
  warm: {
    queries: { path: string; query: string; ms: number | null }[];
    medianMs: number;
    p95Ms: number;
    failed: number;
  };
  quality: { checks: QualityCheck[]; found: number; total: number };
}

/** The longest chain of fetches each of which began after the one before it had ended. */
function serialChain(spans: { start: number; end: number }[]): number {
  const sorted = [...spans].sort((a, b) => a.end - b.end);
  const depth: number[] = [];
  sorted.forEach((s, i) => {
    depth[i] = 1 + Math.max(0, ...sorted.slice(0, i).map((p, j) => (p.end <= s.start ? depth[j] : 0)));
  });
  return Math.max(0, ...depth);
}

async function coldRun(origin: string, network?: typeof rural): Promise<ColdRun> {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/search/`, { waitUntil: 'load' });
    if (network) await throttle(browser.context, page, network);
    await page.evaluate(() => {
      const w = window as unknown as W;
      document.addEventListener('focus', () => (w.focusAt ??= performance.now()), { capture: true });
      // 'input', not 'keydown': Cyrillic letters arrive as text input without key events.
      document.addEventListener('input', () => (w.firstKey ??= performance.now()), { capture: true });
      new MutationObserver(() => {
        if (document.querySelector('#search-results > li h2 a')) w.firstResult ??= performance.now();
      }).observe(document.getElementById('search-results')!, { childList: true });
    });
    await page.locator('#search-q').click();
    await page.keyboard.type(coldQuery);
    await page.waitForFunction(() => (window as unknown as W).firstResult !== undefined, null, {
      timeout: 60_000,
    });
    const measured = await page.evaluate(() => {
      const w = window as unknown as W;
      const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => e.startTime >= w.focusAt)
        .map((e) => ({ url: e.name, bytes: e.encodedBodySize, start: e.startTime, end: e.responseEnd }));
      return { firstResultMs: w.firstResult - w.firstKey, firstResult: w.firstResult, resources };
    });
    return {
      firstResultMs: round(measured.firstResultMs, 1),
      bytes: measured.resources.reduce((sum, r) => sum + r.bytes, 0),
      requests: measured.resources.length,
      serialRequests: serialChain(measured.resources.filter((r) => r.end <= measured.firstResult)),
      resources: measured.resources.map((r) => ({ path: new URL(r.url).pathname, bytes: r.bytes })),
    };
  } finally {
    await browser.close();
  }
}

interface HeaderRun {
  firstResultMs: number;
  serialRequests: number;
  bytes: number;
  requests: number;
}
const headerQuery = 'хэмжих хэрэгсэл';

/** A query sent from a content page's header box on the rural connection (see `header`). */
export async function headerRun(origin: string, network: typeof rural): Promise<HeaderRun> {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await throttle(browser.context, page, network);
    await page.goto(`${origin}/about/`, { waitUntil: 'load' });
    // Set in every document from its start: the search page's first result, on its own clock
    // (which starts at the navigation the form made).
    await page.addInitScript(() => {
      const w = window as unknown as W;
      new MutationObserver(() => {
        if (document.querySelector('#search-results > li h2 a')) w.firstResult ??= performance.now();
      }).observe(document, { childList: true, subtree: true });
    });
    const box = page.locator('#site-search-q');
    await box.fill(headerQuery);
    await box.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForFunction(() => (window as unknown as W).firstResult !== undefined, null, {
      timeout: 60_000,
    });
    const m = await page.evaluate(() => {
      const w = window as unknown as W;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => e.responseEnd <= w.firstResult)
        .map((e) => ({ bytes: e.transferSize, start: e.startTime, end: e.responseEnd, url: e.name }));
      return { firstResult: w.firstResult, html: nav.transferSize, htmlEnd: nav.responseEnd, resources };
    });
    return {
      firstResultMs: round(m.firstResult, 1),
      serialRequests: serialChain(m.resources.filter((r) => r.start >= m.htmlEnd - 1)),
      bytes: m.html + m.resources.reduce((sum, r) => sum + r.bytes, 0),
      requests: m.resources.length,
      ...(process.env.BENCH_LIST
        ? {
            list: m.resources.map(
              (r) => `${Math.round(r.start)}-${Math.round(r.end)} ${r.bytes} ${new URL(r.url).pathname}`,
            ),
          }
        : {}),
    };
  } finally {
    await browser.close();
  }
}

/** A search page that records each `search-rendered` time; `query` types and waits for the render. */
async function searchPage(page: Page, url: string) {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => {
    const w = window as unknown as W;
    w.__rendered = [];
    document.getElementById('search-app')!.addEventListener('search-rendered', (e) => {
      w.__rendered.push((e as CustomEvent<{ ms: number }>).detail.ms);
    });
  });
  const box = page.locator('#search-q');
  return async (query: string): Promise<{ ms: number | null; links: string[] }> => {
    const before = await page.evaluate(() => (window as unknown as W).__rendered.length);
    await box.fill('');
    await box.fill(query);
    try {
      await page.waitForFunction((n) => (window as unknown as W).__rendered.length > n, before, {
        timeout: 15_000,
      });
    } catch {
      return { ms: null, links: [] };
    }
    return page.evaluate(() => ({
      ms: (window as unknown as W).__rendered.at(-1)!,
      links: [...document.querySelectorAll('#search-results > li h2 a')].map(
        (a) => new URL((a as HTMLAnchorElement).href).pathname,
      ),
    }));
  };
}

export async function measureSearch(dist: string, picks: Pick[], coldRuns = 3): Promise<SearchFigures> {
  const site = await startNginx({ root: dist });
  try {
    const runs: ColdRun[] = [];
    for (let i = 0; i < coldRuns; i++) runs.push(await coldRun(site.origin));
    const ruralRuns: ColdRun[] = [];
    for (let i = 0; i < Math.min(coldRuns, 3); i++) ruralRuns.push(await coldRun(site.origin, rural));
    const headerRuns: HeaderRun[] = [];
    for (let i = 0; i < Math.min(coldRuns, 3); i++) headerRuns.push(await headerRun(site.origin, rural));

    const browser = await launchBrowser();
    const warm: SearchFigures['warm']['queries'] = [];
    const checks: QualityCheck[] = [];
    try {
      const mnTitles = picks.flatMap((p) => (p.mn ? [p.mn.title] : []));
      const enTitles = picks.flatMap((p) => (p.en ? [p.en.title] : []));
      const lists = {
        '/search/': [...mnQueries, ...mnTitles.slice(0, 4), ...mnTitles.slice(4, 5).map(latinize)],
        '/en/search/': [...enQueries, ...enTitles.slice(0, 2)],
      };
      const search: Record<string, Awaited<ReturnType<typeof searchPage>>> = {};
      for (const [path, queries] of Object.entries(lists)) {
        search[path] = await searchPage(await browser.context.newPage(), `${site.origin}${path}`);
        await search[path](queries[0]); // loads the index and the word list; not counted
        for (const query of queries) warm.push({ path, query, ms: (await search[path](query)).ms });
      }
      for (const p of picks) {
        const tries: [QualityCheck['variant'], string, string, string[]][] = [];
        if (p.mn) tries.push(['mn', '/search/', p.mn.title, [p.mn.path]]);
        if (p.en) tries.push(['en', '/en/search/', p.en.title, [p.en.path]]);
        // Typed on a Latin keyboard: the page in either language counts (the page falls back to English).
        if (p.mn) tries.push(['latin', '/search/', latinize(p.mn.title), [p.mn.path, p.en?.path ?? '']]);
        for (const [variant, path, query, expected] of tries) {
          const { links } = await search[path](query);
          const at = links.slice(0, 5).findIndex((l) => expected.includes(l));
          checks.push({ variant, query, expected: expected[0], rank: at < 0 ? null : at + 1 });
        }
      }
    } finally {
      await browser.close();
    }
    const times = warm.flatMap((w) => (w.ms === null ? [] : [w.ms]));
    return {
      cold: {
        query: coldQuery,
        runs,
        medianFirstResultMs: round(median(runs.map((r) => r.firstResultMs)), 1),
        medianBytes: median(runs.map((r) => r.bytes)),
      },
      rural: {
        runs: ruralRuns,
        medianFirstResultMs: round(median(ruralRuns.map((r) => r.firstResultMs)), 1),
        medianSerialRequests: median(ruralRuns.map((r) => r.serialRequests)),
      },
      header: {
        query: headerQuery,
        runs: headerRuns,
        medianFirstResultMs: round(median(headerRuns.map((r) => r.firstResultMs)), 1),
        medianSerialRequests: median(headerRuns.map((r) => r.serialRequests)),
        medianBytes: median(headerRuns.map((r) => r.bytes)),
      },
      warm: {
        queries: warm.map((w) => ({ ...w, ms: w.ms === null ? null : round(w.ms, 1) })),
        medianMs: round(median(times), 1),
        p95Ms: round(percentile(times, 95), 1),
        failed: warm.length - times.length,
      },
      quality: { checks, found: checks.filter((c) => c.rank !== null).length, total: checks.length },
    };
  } finally {
    await site.stop();
  }
}
