import { beforeAll, describe, expect, it } from 'vitest';
import { builtSiteInBrowser, searchPath } from '../helpers/browser-site';
import type { Page } from 'playwright-core';
import { page as builtPage, readDist } from '../helpers/dist';
const env = builtSiteInBrowser();
let page: Page;

beforeAll(async () => {
  page = await env.browser.context.newPage();
});

const box = () => page.locator('#search-q');

/** Type as a person does, key by key, and wait for the announced result count to settle. */
async function typeQuery(lang: 'mn' | 'en', query: string) {
  await page.goto(env.site.origin + searchPath(lang));
  await box().pressSequentially(query, { delay: 20 });
  await page.waitForFunction(
    (q) => (document.getElementById('search-status')?.textContent ?? '').includes(q.trim()),
    query,
  );
}

/** Paths of the first results, in order. */
async function firstPaths(n = 5): Promise<string[]> {
  const hrefs = await page
    .locator('#search-results > li h2 a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.slice(0, n).map((h) => new URL(h).pathname);
}

/** What Pagefind itself returns for a query on this page's index: each result's url, excerpt and content. */
async function pagefindResults(
  query: string,
  n = 5,
): Promise<{ url: string; excerpt: string; content: string }[]> {
  // A string, so that the test's own bundler leaves the browser's import() alone.
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const found = await pagefind.search(${JSON.stringify(query)});
    return Promise.all(found.results.slice(0, ${n}).map(async (r) => {
      const { url, excerpt, content } = await r.data();
      return { url, excerpt: excerpt.replace(/<\\/?mark>/g, ''), content };
    }));
  })()`);
}

describe('the search page loads nothing of the search until someone is about to search', () => {
  it.each(['mn', 'en'] as const)(
    '%s: no Pagefind file or word list on load; all of it on focus',
    async (lang) => {
      const fresh = await env.browser.context.newPage();
      const requests: string[] = [];
      fresh.on('request', (r) => requests.push(new URL(r.url()).pathname));
      const isSearchData = (path: string) =>
        path.startsWith('/pagefind/') || path.startsWith('/search-words/');
      await fresh.goto(env.site.origin + searchPath(lang), { waitUntil: 'networkidle' });
      await fresh.waitForTimeout(300);
      expect(requests.filter(isSearchData)).toEqual([]);
      // The page's own script did load: the search is ready to start.
      expect(requests.some((p) => p.startsWith('/_astro/'))).toBe(true);

      // The filters are in the page as built; they show once the search can run.
      expect(await fresh.locator('#filter-type input').count()).toBeGreaterThan(0);
      expect(await fresh.locator('#search-filters').isHidden()).toBe(true);
      await fresh.locator('#search-q').focus();
      await fresh.waitForFunction(() => !document.getElementById('search-filters')!.hidden);
      await fresh.waitForFunction(() =>
        performance.getEntriesByType('resource').some((e) => e.name.endsWith('/pagefind/pagefind.js')),
      );
      expect(requests).toContain('/pagefind/pagefind.js');
      expect(requests.some((p) => p.startsWith('/search-words/'))).toBe(true);

      await fresh.locator('#search-q').pressSequentially('hotline', { delay: 20 });
      await fresh.waitForFunction(
        () =>
          document.querySelectorAll('#search-results > li').length > 0 &&
          !document.querySelector('#search-results > li.pending'),
      );
      // Pagefind's filter data (it lists every page) is fetched only when a filter is ticked.
      expect(requests.filter((p) => p.startsWith('/pagefind/filter/'))).toEqual([]);
      await fresh.close();
    },
  );

  it('starts at once when the page opens with a query to run', async () => {
    const fresh = await env.browser.context.newPage();
    await fresh.goto(`${env.site.origin}/en/search/?q=hotline`);
    // Nobody types or focuses the box: the results come from the address alone.
    await expect
      .poll(() => fresh.locator('#search-results > li').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(await fresh.locator('#search-q').inputValue()).toBe('hotline');
    await fresh.close();
  });
});

describe('Pagefind is loaded once per index, each with its own WebAssembly', () => {
  it.each([
    ['/search/?q=стандарт', ['wasm.unknown.pagefind'], /^\/news\//],
    // A Cyrillic query on the English page searches the Mongolian index too: Mongolian pages are
    // among the first results (the two languages' results in turn).
    ['/en/search/?q=стандарт', ['wasm.en.pagefind', 'wasm.unknown.pagefind'], /^\/(?!en\/)/],
  ])('%s', async (address, wasm, found) => {
    const fresh = await env.browser.context.newPage();
    const requests: string[] = [];
    fresh.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/pagefind/') && !/\/(index|fragment)\//.test(url.pathname))
        requests.push(url.pathname.replace('/pagefind/', '') + url.search);
    });
    await fresh.goto(env.site.origin + address);
    await fresh.waitForFunction(
      () =>
        document.querySelectorAll('#search-results > li').length > 0 &&
        !document.querySelector('#search-results > li.pending'),
    );
    const fetched = (name: string) => requests.filter((r) => r === name).length;
    // The page opened with a query starts Pagefind twice at once (the box's start and the search):
    // one instance, one download of each file it needs.
    expect(wasm.map(fetched)).toEqual(wasm.map(() => 1));
    expect(requests.filter((r) => r.startsWith('wasm.') && !wasm.includes(r))).toEqual([]);
    const modules = requests.filter((r) => r.startsWith('pagefind.js'));
    expect(modules).toEqual(wasm.length === 1 ? ['pagefind.js'] : ['pagefind.js', 'pagefind.js?lang=mn']);
    const paths = await fresh
      .locator('#search-results > li h2 a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(paths.some((p) => found.test(p))).toBe(true);
    await fresh.close();
  });
});

describe('search excerpts keep labels and values apart', () => {
  it('in English: a regulation reads "Kind: Order Number: А/384"', async () => {
    await page.goto(env.site.origin + searchPath('en'));
    const results = await pagefindResults('A/384');
    const order = results.find((r) => r.url === '/en/regulations/order-a-384-2014/');
    expect(order).toBeDefined();
    expect(order!.content).toContain('Kind: Order Number: А/384 Issued by: Head of the Agency');
    // Its status is not known to the site: no "Status" label, a sentence on where to check it instead.
    expect(order!.content).toContain('Adopted: 9 December 2014 For whether it is in force today');
    expect(order!.content).not.toMatch(/KindOrder|OrderNumber|AdoptedDate|2014Status/);
    // "Issued" is only in the list of facts, so the excerpt is taken from there.
    const issued = (await pagefindResults('issued', 100)).find((r) => r.url === order!.url);
    expect(issued!.excerpt).toContain('Number: А/384 Issued by: Head of the Agency');

    // The excerpt the page shows is Pagefind's (the fixture's other orders are issued too: "384" picks this one).
    await typeQuery('en', 'issued 384');
    const shown = await page
      .locator('#search-results > li', { has: page.locator('a[href="/en/regulations/order-a-384-2014/"]') })
      .locator('p:not(.meta)')
      .textContent();
    expect(shown).toMatch(/A\/384|А\/384/);
    expect(shown).not.toMatch(/KindOrder|OrderNumber|AdoptedDate|2014Status/);
  });

  it('in Mongolian: "Төрөл: Тушаал Дугаар: А/384"', async () => {
    await page.goto(env.site.origin + searchPath('mn'));
    const results = await pagefindResults('А/384');
    const order = results.find((r) => r.url === '/regulations/order-a-384-2014/');
    expect(order!.content).toContain('Төрөл: Тушаал Дугаар: А/384 Баталсан: ');
    expect(order!.excerpt).toContain('Дугаар: А/384');
  });

  it('in a service page: "What to do …", the steps apart, and what it lacks said once', async () => {
    await page.goto(env.site.origin + searchPath('en'));
    const results = await pagefindResults('hallmarking');
    const service = results.find((r) => r.url === '/en/services/precious-metals-assay-and-hallmarking/');
    expect(service!.content).toMatch(/What to do\. \S/);
    expect(service!.content).toMatch(
      /Not yet published on this site: [^.]*the fee, the processing time[^.]*\. Call 1800-2525 to ask\./,
    );
    expect(service!.content.match(/Not yet published/g)).toHaveLength(1);
  });

  it('in a table of a page body: header cells apart', async () => {
    await page.goto(env.site.origin + searchPath('en'));
    const about = (await pagefindResults('Peace Avenue')).find((r) => r.url === '/en/about/');
    expect(about!.content).toContain('Item Details');
    expect(about!.content).not.toContain('ItemDetails');
  });

  it('while the served page stays as built', () => {
    expect(readDist('/en/regulations/order-a-384-2014/index.html')).toContain('<dt>Kind</dt><dd>Order</dd>');
  });
});

const precious = 'precious-metals-assay-and-hallmarking';

describe('keywords: everyday words find the page they name', () => {
  it.each([
    ['mn', 'алт', `/services/${precious}/`],
    ['mn', 'мөнгө', `/services/${precious}/`],
    ['mn', 'alt', `/services/${precious}/`],
    ['en', 'gold', `/en/services/${precious}/`],
    ['en', 'silver', `/en/services/${precious}/`],
    ['en', 'hallmark', `/en/services/${precious}/`],
    ['en', 'liquor', '/en/regulations/mntr-1-2008/'],
    ['mn', 'архи', '/regulations/mntr-1-2008/'],
    ['en', 'pattern approval', '/en/services/type-approval-of-measuring-instruments/'],
  ] as const)('%s: %s finds %s first', async (lang, query, expected) => {
    await typeQuery(lang, query);
    expect((await firstPaths())[0]).toBe(expected);
  });

  it.each([
    [`/services/${precious}/`, ['алт', 'мөнгө']],
    [`/en/services/${precious}/`, ['gold', 'silver']],
    ['/en/regulations/mntr-1-2008/', ['liquor']],
    ['/regulations/mntr-1-2008/', ['архи']],
  ] as const)('%s does not show its keywords, to the eye or to screen readers', async (path, words) => {
    await page.goto(env.site.origin + path);
    const shown = await page.locator('body').innerText();
    const spoken = await page.locator('body').ariaSnapshot();
    for (const word of words) {
      // As a word: "алт" is also the start of other words on the page ("алгасах" is not it).
      const asWord = new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'iu');
      expect(shown, word).not.toMatch(asWord);
      expect(spoken, word).not.toMatch(asWord);
    }
    // They are in the indexed part of the page, weighted.
    const hidden = builtPage(path).querySelector('[data-pagefind-body] .search-keywords');
    expect(hidden?.hasAttribute('hidden')).toBe(true);
    expect(hidden?.getAttribute('data-pagefind-weight')).toBe('5');
  });
});

const listPages = ['/services/', '/regulations/', '/directives/', '/news/', '/reports/'].flatMap((p) => [
  p,
  `/en${p}`,
]);

describe('a list page is never first for a query that names one service', () => {
  it.each([
    ['mn', 'баталгаажуулалт'],
    ['mn', 'batalgaajuulalt'],
    ['mn', 'тохирлын баталгаажуулалт'],
    ['mn', 'загвар батлуулах'],
    ['mn', 'сорьц'],
    ['mn', 'каталог'],
    ['en', 'certification'],
    ['en', 'verification'],
    ['en', 'type approval'],
    ['en', 'hallmarking'],
    ['en', 'standards catalogue'],
  ] as const)('%s: %s', async (lang, query) => {
    await typeQuery(lang, query);
    const paths = await firstPaths();
    expect(paths.length).toBeGreaterThan(0);
    expect(listPages).not.toContain(paths[0]);
    expect(
      paths.some((p) => /^(\/en)?\/services\/[^/]+\/$/.test(p)),
      paths.join(' '),
    ).toBe(true);
  });

  it('a list page is still found by its own name', async () => {
    await typeQuery('en', 'public services');
    expect(await firstPaths()).toContain('/en/services/');
  });
});

describe('the search page is not for search engines', () => {
  it.each(['/search/', '/en/search/'])('%s is noindex and out of the sitemap', (path) => {
    expect(builtPage(path).querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(readDist('/sitemap-0.xml')).not.toContain(`${path}</loc>`);
  });
});
