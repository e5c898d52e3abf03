import { beforeAll, describe, expect, it } from 'vitest';
import { builtSiteInBrowser, searchLabels, searchPath } from '../helpers/browser-site';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser';
import { page as builtPage } from '../helpers/dist';
const env = builtSiteInBrowser();
let page: Page;

beforeAll(async () => {
  page = await env.browser.context.newPage();
});

const labels = searchLabels;

/** The search box in the page's main content (the header has one too). */
const box = (lang: 'mn' | 'en') => page.getByRole('main').getByRole('searchbox', { name: labels[lang] });
const results = () => page.locator('#search-results > li');

/** The filters are closed at every width: open them as a person would, by keyboard. */
async function openFilters() {
  if ((await page.locator('#search-filters').getAttribute('open')) !== null) return;
  await page.locator('#search-filters summary').focus();
  await page.keyboard.press('Enter');
}
const status = () => page.getByRole('status');

/** Type as a person does, key by key, and wait for the announced result count to settle. */
async function typeQuery(lang: 'mn' | 'en', query: string) {
  await page.goto(env.site.origin + searchPath(lang));
  await box(lang).pressSequentially(query, { delay: 20 });
  await page.waitForFunction(
    (q) => (document.getElementById('search-status')?.textContent ?? '').includes(q.trim()),
    query,
  );
}

/**
 * Tick a filter and wait until the announced count changes (past "Searching…": the first filter
 * ticked fetches Pagefind's filter data).
 */
async function tick(box: ReturnType<Page['getByRole']>) {
  await openFilters();
  const before = await status().textContent();
  await box.check();
  await page.waitForFunction((b) => {
    const now = document.getElementById('search-status')?.textContent ?? '';
    return now !== b && !now.endsWith('…');
  }, before);
}

/** Paths of the first results, in order. */
async function firstPaths(n = 5): Promise<string[]> {
  const hrefs = await results()
    .locator('h2 a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.slice(0, n).map((h) => new URL(h).pathname);
}

const conference = '/news/sector-managers-conference-2020/';

describe('searching the Mongolian pages', () => {
  it.each([
    // case and letter variants
    ['СТАНДАРТ', conference],
    ['зєвлєгєєн', conference],
    ['Vйлчилгээний', '/services/'],
    ['зовлогоон', conference],
    // inflected forms
    ['стандартын', conference],
    ['стандартаар', '/services/national-standards-catalogue/'],
    ['хэмжилзүйн', conference],
    ['үйлчилгээний', '/services/'],
    // Latin-typed Mongolian
    ['standart', conference],
    ['hemjil zui', conference],
    ['zuvlugun', conference],
    ['uilchilgee', '/services/'],
    ['huuli', '/regulations/law-on-metrology-2019/'],
    ['utas', '/hotline/'],
    // numbers
    ['1800-2525', '/hotline/'],
    ['18002525', '/hotline/'],
    ['ISO 9001', '/directives/8/'],
    ['iso9001', '/directives/8/'],
    ['MNS 3015:2014', '/services/verification-of-measuring-instruments/'],
    ['MNS 3015 : 2014', '/services/verification-of-measuring-instruments/'],
    ['MNS 5565:2005', '/services/national-standards-catalogue/'],
    ['5565', '/services/national-standards-catalogue/'],
    ['А/384', '/regulations/order-a-384-2014/'],
    ['A/384', '/regulations/order-a-384-2014/'],
    ['MNTR 1:2008', '/regulations/mntr-1-2008/'],
  ])('%s finds %s among the first five', async (query, expected) => {
    await typeQuery('mn', query);
    expect(await firstPaths()).toContain(expected);
  });

  it('offers the English pages when an English word finds nothing in Mongolian', async () => {
    await typeQuery('mn', 'hotline');
    expect(await page.locator('#search-note').textContent()).toContain('Англи хуудсуудаас');
    expect(await firstPaths()).toContain('/en/hotline/');
    expect(await results().first().getAttribute('lang')).toBe('en');
  });
});

describe('searching the English pages', () => {
  it.each([
    ['metrology', `/en${conference}`],
    ['hotline', '/en/hotline/'],
    ['Peace Avenue', '/en/about/'],
    ['1800-2525', '/en/hotline/'],
    ['18002525', '/en/hotline/'],
    ['ISO 9001', '/en/directives/8/'],
    ['A/384', '/en/regulations/order-a-384-2014/'],
    ['MNS 5565 : 2005', '/en/services/national-standards-catalogue/'],
    ['verification', '/en/services/verification-of-measuring-instruments/'],
  ])('%s finds %s among the first five', async (query, expected) => {
    await typeQuery('en', query);
    expect(await firstPaths()).toContain(expected);
  });

  it.each([
    ['стандарт', conference],
    ['зөвлөгөөн', conference],
  ])('the Cyrillic %s also searches the Mongolian pages and says so', async (query, expected) => {
    await typeQuery('en', query);
    expect(await page.locator('#search-note').textContent()).toContain('Mongolian pages were searched too');
    // Five at a time, the two languages' results in turn: the next five on request.
    await page.locator('#search-more').click();
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 5);
    expect(await firstPaths(10)).toContain(expected);
  });
});

describe('the search page', () => {
  it('writes the query to ?q= and restores the results from it on load', async () => {
    await typeQuery('mn', 'utas');
    expect(new URL(page.url()).searchParams.get('q')).toBe('utas');
    const before = await firstPaths();
    await page.goto(`${env.site.origin}/search/?q=${encodeURIComponent('utas')}`);
    await page.waitForFunction(() => document.getElementById('search-status')?.textContent?.includes('utas'));
    expect(await box('mn').inputValue()).toBe('utas');
    expect(await firstPaths()).toEqual(before);
  });

  it('works from the header form of any page, without JavaScript on that page', async () => {
    await page.goto(`${env.site.origin}/en/about/`);
    const header = page.getByRole('banner');
    await header.getByRole('searchbox', { name: labels.en }).fill('hotline');
    await header.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL('**/en/search/?q=hotline');
    await page.waitForFunction(() =>
      document.getElementById('search-status')?.textContent?.includes('hotline'),
    );
    expect(await firstPaths()).toContain('/en/hotline/');
  });

  it('announces the number of results in a polite live region', async () => {
    await typeQuery('en', 'directive');
    expect(await status().getAttribute('aria-live')).toBe('polite');
    const announced = (await status().textContent())!;
    expect(announced).toMatch(/^\d+ results for “directive”$/);
    const total = Number(announced.split(' ')[0]);
    expect(total).toBeGreaterThanOrEqual(10);
    expect(await results().count()).toBe(Math.min(total, 5));
    await typeQuery('mn', 'ISO 9001');
    expect(await status().textContent()).toMatch(/^“ISO 9001”: \d+ илэрц олдлоо$/);
  });

  it('narrows the results with the type filter, by keyboard', async () => {
    await typeQuery('mn', 'стандарт');
    const all = await results().count();
    const directives = page
      .getByRole('group', { name: 'Хуудасны төрөл' })
      .getByRole('checkbox', { name: 'Үүрэг даалгавар' });
    await openFilters();
    await directives.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll('#search-results > li').length !== n &&
        !document.querySelector('#search-results > li.pending'),
      all,
    );
    const narrowed = await firstPaths(50);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all);
    for (const path of narrowed) expect(path).toMatch(/^\/directives\/\d+\/$/);
  });

  it('narrows the results to one year, leaving only pages dated that year', async () => {
    await typeQuery('mn', 'хууль');
    const before = await firstPaths(50);
    const count = async () => Number((await status().textContent())!.match(/(\d+) илэрц/)![1]);
    const total = await count();
    const yearOf = (path: string) =>
      /date:(\d{4})/.exec(
        builtPage(path).querySelector('[data-pagefind-meta^="date:"]')?.getAttribute('data-pagefind-meta') ??
          '',
      )?.[1];
    // The query finds pages of several years, so the filter has something to remove.
    expect(new Set(before.map(yearOf)).size).toBeGreaterThan(1);
    await tick(page.getByRole('group', { name: 'Он' }).getByRole('checkbox', { name: '2019' }));
    const after = await firstPaths(50);
    expect(await count()).toBeLessThan(total);
    expect(after.length).toBeGreaterThan(0);
    for (const path of after) expect(yearOf(path), path).toBe('2019');
    expect(after).toContain('/regulations/law-on-metrology-2019/');
  });

  it('shows five results at a time and the rest on request, losing none', async () => {
    await typeQuery('mn', 'зөвлөгөөн');
    const total = Number((await status().textContent())!.match(/(\d+) илэрц/)![1]);
    expect(total).toBeGreaterThan(10);
    expect(await results().count()).toBe(5);
    const more = page.getByRole('button', { name: 'Бусад илэрцийг харах' });
    for (let shown = 5; shown < total; shown = Math.min(total, shown + 5)) {
      await more.click();
      await page.waitForFunction(
        (n) => document.querySelectorAll('#search-results > li').length === n,
        Math.min(total, shown + 5),
      );
    }
    expect(new Set(await firstPaths(total)).size).toBe(total);
    expect(await page.getByRole('button', { name: 'Бусад илэрцийг харах' }).isHidden()).toBe(true);
  });

  it('narrows regulations by kind with their own filter', async () => {
    await typeQuery('en', 'law');
    const before = await firstPaths(50);
    // Without the filter other pages (services, the article) mention laws too.
    expect(before.some((p) => !p.startsWith('/en/regulations/law-'))).toBe(true);
    const laws = page.getByRole('group', { name: 'Kind' }).getByRole('checkbox', { name: 'Law' });
    await tick(laws);
    const paths = await firstPaths(50);
    expect(paths.length).toBeGreaterThanOrEqual(5);
    for (const path of paths) expect(path).toMatch(/^\/en\/regulations\/law-/);
  });

  it('says so when nothing is found', async () => {
    await typeQuery('en', 'qwertyuiop');
    expect(await status().textContent()).toBe('No results for “qwertyuiop”. Try other words.');
    expect(await results().count()).toBe(0);
  });

  it.each(['<script>window.pwned=1</script>', '"><img src=x onerror="window.pwned=1">'])(
    'shows %s as text and runs nothing',
    async (query) => {
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        return d.dismiss();
      });
      await typeQuery('mn', query);
      await page.goto(`${env.site.origin}/search/?q=${encodeURIComponent(query)}`);
      // Settled: not empty and past "Searching…" (which is not empty either).
      await page.waitForFunction(() => {
        const now = document.getElementById('search-status')?.textContent ?? '';
        return now !== '' && !now.endsWith('…');
      });
      await page.waitForTimeout(300);
      expect(await page.evaluate('window.pwned')).toBeUndefined();
      expect(dialogs).toBe(0);
      expect(await page.locator('main img, main script:not([type]), #search-results script').count()).toBe(0);
      expect(await status().textContent()).toContain(query.trim());
    },
  );
});

describe('the search page without JavaScript', () => {
  it('says what to do and links to the listings', async () => {
    const { page: built, text } = await import('../helpers/dist');
    for (const [path, prefix] of [
      ['/search/', ''],
      ['/en/search/', '/en'],
    ]) {
      const noscript = built(path).querySelector('noscript');
      expect(text(noscript), path).toMatch(/JavaScript/);
      const html = noscript?.innerHTML ?? '';
      for (const listing of ['/news/', '/services/', '/regulations/', '/directives/', '/reports/']) {
        expect(html, path).toContain(`href="${prefix}${listing}"`);
      }
    }
  });

  it('answers a search from the header with the lists to browse and the hotline to call, in both languages', async () => {
    const noScript = await launchBrowser({ javaScriptEnabled: false });
    for (const lang of ['mn', 'en'] as const) {
      const tab = await noScript.context.newPage();
      await tab.setViewportSize({ width: 360, height: 740 });
      await tab.goto(env.site.origin + (lang === 'mn' ? '/' : '/en/'));
      await tab.locator('header input[name="q"]').fill('тамга');
      await tab.keyboard.press('Enter');
      await tab.waitForURL(/\/search\/\?q=/);
      const main = tab.locator('main');
      expect(await main.locator('p', { hasText: 'JavaScript' }).isVisible(), lang).toBe(true);
      for (const listing of ['news', 'services', 'regulations', 'directives', 'reports'])
        expect(await main.locator(`a[href$="/${listing}/"]`).first().isVisible(), listing).toBe(true);
      expect(await main.locator('a[href^="tel:"]').first().isVisible(), lang).toBe(true);
      await tab.close();
    }
    await noScript.close();
  });
});
