import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installStockUi } from '../../scripts/bench/versus-stock';
import { launchBrowser } from '../../scripts/lib/browser';
import { serveDir, type StaticServer } from '../../scripts/lib/static-server';
import { fixtureDist } from '../helpers/dist';

// A word typed into the search page at a person's speed, watched as a person sees it: the list is
// never emptied once it has results, no row is blank, a link shown does not move while the query
// stays the same, nothing is shown for a word's first letter or two, and the requests it costs are
// no more than the stock Pagefind UI's for the same typing on the same index.

const typed = 'хэмжил зүй';
/** Milliseconds between keys: a person typing steadily. */
const keyDelay = 180;

let dir: string;
let site: StaticServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  // A copy of the fixture build with the stock UI added, so that the other files' dist is untouched.
  dir = mkdtempSync(join(tmpdir(), 'masm-calm-'));
  cpSync(fixtureDist, dir, { recursive: true });
  await installStockUi(dir);
  site = await serveDir(dir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Snapshot {
  query: string;
  links: string[];
  blank: number;
}

/** Requests made from the box's focus on, while `run` types. */
async function counting(page: Page, run: () => Promise<void>): Promise<number> {
  let requests = 0;
  const count = () => requests++;
  page.on('request', count);
  await run();
  page.off('request', count);
  return requests;
}

async function ours(): Promise<{ requests: number; snapshots: Snapshot[] }> {
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/search/`);
  // Every state of the list a person could see: each change to it, as it is after the change.
  await page.evaluate(() => {
    const list = document.getElementById('search-results')!;
    const seen: unknown[] = ((window as unknown as { seen: unknown[] }).seen = []);
    new MutationObserver(() =>
      seen.push({
        query: list.dataset.query ?? '',
        links: [...list.querySelectorAll(':scope > li h2 a')].map((a) => a.getAttribute('href')),
        blank: [...list.children].filter((li) => !li.querySelector('h2 a')).length,
      }),
    ).observe(list, { childList: true, subtree: true, attributes: true });
  });
  const box = page.locator('#search-q');
  const requests = await counting(page, async () => {
    await box.click();
    await box.pressSequentially(typed, { delay: keyDelay });
    await page.waitForFunction((q) => {
      const s = document.getElementById('search-status')?.textContent ?? '';
      return s.includes(q) && !s.endsWith('…');
    }, typed);
    // Anything still on its way (a late fetch) is counted too.
    await page.waitForTimeout(1500);
  });
  const snapshots = await page.evaluate(() => (window as unknown as { seen: Snapshot[] }).seen);
  await page.close();
  return { requests, snapshots };
}

async function stock(): Promise<number> {
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/stock-search/`);
  const box = page.locator('.pagefind-ui__search-input');
  await box.waitFor();
  const requests = await counting(page, async () => {
    await box.click();
    await box.pressSequentially(typed, { delay: keyDelay });
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    await page.waitForTimeout(1500);
  });
  await page.close();
  return requests;
}

describe('typing a word at a person’s speed', () => {
  let mine: Awaited<ReturnType<typeof ours>>;
  beforeAll(async () => {
    mine = await ours();
  });

  it('shows the full query’s results, never a blank row, never an emptied list', () => {
    const last = mine.snapshots.at(-1)!;
    expect(last.query).toBe(typed);
    expect(last.links.length).toBeGreaterThan(0);
    expect(mine.snapshots.filter((s) => s.blank > 0)).toEqual([]);
    const firstShown = mine.snapshots.findIndex((s) => s.links.length > 0);
    expect(mine.snapshots.slice(firstShown).filter((s) => s.links.length === 0)).toEqual([]);
  });

  it('moves no link while the query stays the same, and shows nothing for a word’s first letters', () => {
    const moved = mine.snapshots.filter(
      (s, i) =>
        i > 0 &&
        s.query === mine.snapshots[i - 1].query &&
        s.links.join() !== mine.snapshots[i - 1].links.join(),
    );
    expect(moved).toEqual([]);
    const prefixes = mine.snapshots.filter(
      (s) =>
        s.links.length && s.query !== typed && [...(s.query.trim().split(/\s+/).at(-1) ?? '')].length < 3,
    );
    expect(prefixes).toEqual([]);
  });

  it('costs no more requests than the stock Pagefind UI typing the same', async () => {
    const theirs = await stock();
    expect(theirs).toBeGreaterThan(3);
    expect(mine.requests, `ours ${mine.requests}, stock ${theirs}`).toBeLessThanOrEqual(theirs);
  });
});
