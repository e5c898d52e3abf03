import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtSiteInBrowser, searchLabels, searchPath } from '../helpers/browser-site';
import { readDist } from '../helpers/dist';
const env = builtSiteInBrowser();
let page: Page;

beforeAll(async () => {
  page = await env.browser.context.newPage();
});

const labels = searchLabels;
const main = () => page.getByRole('main');
const box = (lang: 'mn' | 'en') => main().getByRole('searchbox', { name: labels[lang] });
const results = () => main().locator('#search-results > li');

/** Type as a person does and wait until the announced count names the query. */
async function typeQuery(lang: 'mn' | 'en', query: string) {
  await page.goto(env.site.origin + searchPath(lang));
  await box(lang).pressSequentially(query, { delay: 20 });
  await page.waitForFunction(
    (q) => (document.querySelector('[role="status"]')?.textContent ?? '').includes(q),
    query,
  );
}

async function firstPaths(n = 5): Promise<string[]> {
  const hrefs = await results()
    .getByRole('heading')
    .getByRole('link')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.slice(0, n).map((h) => new URL(h).pathname);
}

describe('a word with one typo finds what the right word finds', () => {
  it('hotlne: the hotline first, says what it searched, and links to the words as typed', async () => {
    await typeQuery('en', 'hotlne');
    expect((await firstPaths())[0]).toBe('/en/hotline/');
    await expect.poll(() => main().getByText('Showing results for “hotline”.').isVisible()).toBe(true);
    const asTyped = main().getByRole('link', { name: 'Search for “hotlne” as typed' });
    await asTyped.click();
    await page.waitForURL(/exact=1/);
    await page.waitForFunction(() =>
      (document.querySelector('[role="status"]')?.textContent ?? '').includes('hotlne'),
    );
    expect(await box('en').inputValue()).toBe('hotlne');
    expect(await main().getByText('Showing results for').count()).toBe(0);
  });

  it.each([
    ['en', 'metrolgy law', '/en/regulations/law-on-metrology-2019/', 'Showing results for “metrology law”.'],
    [
      'mn',
      'стандрат',
      '/services/national-standards-catalogue/',
      '“стандарт” гэсэн үгээр хайсан илэрцийг харуулж байна.',
    ],
    ['mn', 'стнадарт', '/news/sector-managers-conference-2020/', '“стандарт” гэсэн үгээр'],
  ] as const)('%s: %s finds %s and says so', async (lang, query, expected, said) => {
    await typeQuery(lang, query);
    expect(await firstPaths()).toContain(expected);
    expect(await main().getByText(said).isVisible()).toBe(true);
  });

  it('a word the site has is searched as typed, with no note', async () => {
    await typeQuery('en', 'metrology');
    expect(await main().getByText('Showing results for').count()).toBe(0);
  });
});

describe('no rewrite without a notice', () => {
  // Each of these is searched as something other than what was typed: a typo, ө/ү mistyped, two
  // words written as one, a word no page has. The page says what it searched, every time.
  it.each([
    ['mn', 'зовлогоон', 'зөвлөгөөн'],
    ['mn', 'хэмжилзүй', 'хэмжил'],
    ['mn', 'стандрат', 'стандарт'],
    ['mn', 'стандарт жзщфыв', 'стандарт'],
    ['en', 'metrolgy', 'metrology'],
  ] as const)('%s: %s is searched as %s, and the page says so', async (lang, query, used) => {
    await typeQuery(lang, query);
    expect(await results().count()).toBeGreaterThan(0);
    const notice = main().locator('#search-corrected');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain(used);
  });

  it.each([
    ['mn', 'зөвлөгөөн'],
    ['mn', 'стандартын'],
    ['en', 'metrology law'],
  ] as const)('%s: %s, words the site has, is searched as typed with no notice', async (lang, query) => {
    await typeQuery(lang, query);
    expect(await results().count()).toBeGreaterThan(0);
    expect(await main().locator('#search-corrected').isVisible()).toBe(false);
  });
});

describe('a title that is the query comes first', () => {
  it.each([
    ['mn', 'Хэмжил зүйн тухай хууль', '/regulations/law-on-metrology-2019/'],
    ['en', 'Law on Metrology', '/en/regulations/law-on-metrology-2019/'],
    // Pagefind alone puts the implementation act first here: its title has both words too.
    ['mn', 'Хэмжил зүй', '/regulations/law-on-metrology-2019/'],
    ['en', 'A/384', '/en/regulations/order-a-384-2014/'],
  ] as const)('%s: %s → %s', async (lang, query, expected) => {
    await typeQuery(lang, query);
    expect((await firstPaths())[0]).toBe(expected);
  });
});

describe('the filters as a person sees them', () => {
  it.each([
    ['mn', 'Шүүлтүүр', /[а-яөү]/i],
    ['en', 'Filters', /^[A-Z][a-z]/],
  ] as const)(
    '%s: every label in the page’s language, each group named apart',
    async (lang, summary, word) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await typeQuery(lang, lang === 'mn' ? 'хууль' : 'law');
      // Closed at every width; open once asked.
      expect(await main().locator('#search-filters').getAttribute('open')).toBeNull();
      await main().getByText(summary, { exact: true }).click();
      const filters = main().getByRole('group');
      await expect.poll(() => filters.count()).toBeGreaterThanOrEqual(3);
      expect(await main().getByText(summary, { exact: true }).isVisible()).toBe(true);
      // The disclosure is a group too, named by its summary.
      const names = await filters.evaluateAll((gs) =>
        gs.map((g) => g.querySelector(':scope > legend, :scope > summary')?.textContent),
      );
      expect(names).toContain(summary);
      expect(new Set(names).size).toBe(names.length);
      const kind = lang === 'mn' ? 'Ангилал' : 'Kind';
      const kinds = await main()
        .getByRole('group', { name: kind })
        .getByRole('checkbox')
        .evaluateAll((bs) => bs.map((b) => b.parentElement!.textContent!.trim()));
      expect(kinds.length).toBeGreaterThanOrEqual(5);
      for (const label of kinds) {
        expect(label, 'no slug').not.toMatch(/^[a-z]+(-[a-z]+)*$/);
        expect(label).toMatch(word);
      }
    },
  );

  it('on a phone (390×844) the first result is on the first screen, filters folded, in reading order', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await typeQuery('mn', 'стандарт');
      const first = await results().first().boundingBox();
      expect(first).not.toBeNull();
      expect(first!.y + 40).toBeLessThanOrEqual(844);
      const summary = main().getByText('Шүүлтүүр', { exact: true });
      expect(await summary.isVisible()).toBe(true);
      expect(await main().getByRole('group', { name: 'Он' }).isVisible()).toBe(false);
      // What comes first on screen comes first to the keyboard: no CSS order.
      const orders = await page.evaluate(() =>
        [...document.querySelectorAll('#search-app > *')].map((el) => getComputedStyle(el).order),
      );
      expect(orders.every((o) => o === '0')).toBe(true);
      await summary.click();
      expect(await main().getByRole('group', { name: 'Он' }).isVisible()).toBe(true);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });
});

describe('the word lists come in pieces', () => {
  it('a query fetches the manifest and the pieces of its words, not a whole list', async () => {
    const manifest = JSON.parse(readDist('/search-words/manifest.json')) as {
      heads: Record<string, string[]>;
      single: Record<string, string[]>;
    };
    const pieceCount = manifest.heads.mn
      .map((h) => (JSON.parse(readDist(`/search-words/heads/mn/${h}.json`)) as string[]).length)
      .reduce((a, b) => a + b, 0);
    const fresh = await env.browser.context.newPage();
    const fetched: string[] = [];
    fresh.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await fresh.goto(`${env.site.origin}/search/`);
    await fresh
      .getByRole('main')
      .getByRole('searchbox', { name: labels.mn })
      .pressSequentially('стандартаар хэмжил');
    await fresh.waitForFunction(
      () =>
        document.querySelectorAll('#search-results > li').length > 0 &&
        !document.querySelector('#search-results > li.pending'),
    );
    await fresh.waitForTimeout(300);
    const words = fetched.filter((p) => p.startsWith('/search-words/'));
    expect(words).toContain('/search-words/manifest.json');
    const pieces = words.filter((p) => p.startsWith('/search-words/mn/'));
    expect(pieces.length).toBeGreaterThanOrEqual(1);
    expect(pieces.length).toBeLessThanOrEqual(3);
    expect(pieces.length).toBeLessThan(pieceCount / 10);
    // The lists of piece names come by head, only for the heads of the query's words, and not for a
    // head that the manifest says is one piece named as itself.
    const heads = words.filter((p) => p.startsWith('/search-words/heads/mn/'));
    const single = new Set(manifest.single.mn);
    expect(single.size).toBeGreaterThan(0);
    expect(heads.filter((h) => single.has(h.replace(/^.*\/|\.json$/g, '')))).toEqual([]);
    expect(heads.length).toBeLessThanOrEqual(2);
    for (const piece of pieces) {
      const head = piece.replace(/^.*\//, '').slice(0, 2);
      if (!single.has(head)) expect(heads).toContain(`/search-words/heads/mn/${head}.json`);
    }
    expect(words).not.toContain('/search-words/mn.json');
    await fresh.close();
  });
});
