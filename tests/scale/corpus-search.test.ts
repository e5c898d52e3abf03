import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickPages, type Pick } from '../../scripts/bench/picks';
import { latinize } from '../../scripts/bench/stats';
import { launchBrowser } from '../../scripts/lib/browser';
import { serveDir, type StaticServer } from '../../scripts/lib/static-server';
import { astroBuild, projectRoot } from '../helpers/astro';
import { projectCopy } from '../helpers/fixture-site';

// Search quality at scale: the benchmark corpus of 5,000 bilingual news items (over 10,000
// pages, with services, regulations and reports in proportion), generated and built once. A page
// must be found among the first five by its title, in both languages and typed in Latin letters.

const items = 5000;
const work = mkdtempSync(join(tmpdir(), 'masm-corpus-search-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
let server: StaticServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
let picks: Pick[];
const pageErrors: string[] = [];

beforeAll(async () => {
  const made = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench/corpus.ts', '--items', String(items), '--out', content],
    { cwd: projectRoot, encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(made.stderr);
  // In a copy of the project, so that this build shares no generated files with the others.
  const copy = projectCopy();
  const built = astroBuild(
    copy,
    { CONTENT_ROOT: content, OUT_DIR: dist, ASTRO_CACHE_DIR: join(work, 'cache') },
    900_000,
  );
  rmSync(copy, { recursive: true, force: true });
  if (built.status !== 0) throw new Error(built.output.slice(-3000));
  picks = pickPages(content, dist, 20);
  server = await serveDir(dist);
  browser = await launchBrowser();
  page = await browser.context.newPage();
  // A search that fails says so on the page; its cause is kept for the failure message.
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
  page.on('pageerror', (e) => pageErrors.push(String(e)));
}, 1_200_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The first five results' addresses for a query on a search page. */
async function topFive(path: string, query: string): Promise<string[]> {
  await page.goto(`${server.origin}${path}?q=${encodeURIComponent(query)}`);
  const results = page.getByRole('main').locator('#search-results li h2 a');
  const status = page.getByRole('status');
  // Done when the status names the query (a count, or that nothing was found), not "Searching…".
  // The page's errors come with the status, so that a failure shows its cause.
  await expect
    .poll(async () => `${(await status.textContent()) ?? ''} ${pageErrors.join(' | ')}`, { timeout: 15_000 })
    .toMatch(/“/);
  return (await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))).slice(0, 5);
}

describe(`search on the ${items}-item corpus`, () => {
  it('has built over ten thousand pages and picked pages of every kind', () => {
    expect(picks.length).toBeGreaterThanOrEqual(20);
    expect(new Set(picks.map((p) => p.collection)).size).toBeGreaterThanOrEqual(3);
  });

  it('finds each page among the first five by its Mongolian title, English title and Latin typing', async () => {
    const missed: string[] = [];
    for (const p of picks) {
      if (p.mn && !(await topFive('/search/', p.mn.title)).includes(p.mn.path))
        missed.push(`mn ${p.mn.title}`);
      if (p.en && !(await topFive('/en/search/', p.en.title)).includes(p.en.path))
        missed.push(`en ${p.en.title}`);
      if (p.mn) {
        const found = await topFive('/search/', latinize(p.mn.title));
        if (!found.includes(p.mn.path) && !found.includes(p.en?.path ?? '-'))
          missed.push(`latin ${p.mn.title}`);
      }
    }
    expect(missed).toEqual([]);
  }, 600_000);

  it('finds the hotline by its number and an order by its number, in either script', async () => {
    expect(await topFive('/search/', '1800-2525')).toContain('/hotline/');
    expect(await topFive('/search/', 'А/384')).toContain('/regulations/order-a-384-2014/');
    expect(await topFive('/search/', 'A/384')).toContain('/regulations/order-a-384-2014/');
    expect(await topFive('/en/search/', 'Law on Metrology')).toContain(
      '/en/regulations/law-on-metrology-2019/',
    );
  }, 120_000);
});
