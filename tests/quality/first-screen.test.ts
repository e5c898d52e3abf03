import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtSiteInBrowser } from '../helpers/browser-site';
import { projectRoot } from '../helpers/astro';

// What a citizen sees first, on a phone (390×844) and a desktop screen (1280×900), in both languages.
const env = builtSiteInBrowser();

async function open(path: string, width: number, height: number, colorScheme: 'light' | 'dark' = 'light') {
  const page = await env.browser.context.newPage();
  await page.setViewportSize({ width, height });
  await page.emulateMedia({ colorScheme });
  await page.goto(env.site.origin + path);
  return page;
}
const top = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().top);

describe('the header', () => {
  it.each(['/', '/en/', '/en/services/verification-of-measuring-instruments/'])(
    'takes at most a fifth of a phone screen before the heading on %s',
    async (path) => {
      const page = await open(path, 390, 844);
      expect(await top(page, 'h1')).toBeLessThanOrEqual(844 * 0.2);
      // The search box is on the first screen, with a visible hint.
      const box = page.getByRole('banner').getByRole('searchbox');
      expect(await box.isVisible()).toBe(true);
      expect(await box.getAttribute('placeholder')).toBeTruthy();
      await page.close();
    },
  );

  it('opens the menu without JavaScript on a phone, with every section', async () => {
    const page = await env.browser.context.newPage();
    const cdp = await env.browser.context.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(env.site.origin + '/en/');
    await page.getByText('Menu', { exact: true }).click();
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(nav.getByRole('link', { name: 'Laws and regulations' }).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it.each([320, 390, 768, 1024, 1280, 1440])(
    'keeps one layout in both languages at %i px, without overflow',
    async (width) => {
      const rows: number[] = [];
      for (const path of ['/', '/en/']) {
        const page = await open(path, width, 900);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
        // How many rows the tools (hotline, language, menu, search) take: items whose vertical
        // extents overlap share a row.
        const boxes = await page.evaluate(() =>
          [...document.querySelectorAll('.header-tools > *, .site-header .site-search')]
            .filter((el) => (el as HTMLElement).offsetParent)
            .map((el) => [el.getBoundingClientRect().top, el.getBoundingClientRect().bottom]),
        );
        const sorted = boxes.sort((a, b) => a[0] - b[0]);
        rows.push(sorted.filter((b, i) => i === 0 || b[0] >= sorted[i - 1][1]).length);
        await page.close();
      }
      // Mongolian and English lay out alike: the same number of rows of tools.
      expect(rows[0]).toBe(rows[1]);
      if (width >= 768) expect(rows[0]).toBe(1);
    },
  );
});

describe('numbers and the footer', () => {
  it.each([
    '/services/verification-of-measuring-instruments/',
    '/en/services/verification-of-measuring-instruments/',
    '/regulations/order-a-384-2014/',
    '/en/hotline/',
  ])(
    'never breaks the hotline, a standard or order number or a number and its word across lines on %s',
    async (path) => {
      const page = await open(path, 320, 700);
      const broken = await page.evaluate(() =>
        [...document.querySelectorAll('.nowrap, .hotline-number')]
          .filter((el) => (el as HTMLElement).offsetParent)
          .filter(
            (el) =>
              el.getClientRects().length > 1 ||
              (el as HTMLElement).offsetHeight > parseFloat(getComputedStyle(el).lineHeight) * 1.5,
          )
          .map((el) => el.textContent),
      );
      expect(await page.locator('.nowrap').count()).toBeGreaterThan(0);
      expect(broken).toEqual([]);
      await page.close();
    },
  );

  it.each(['/news/item-1/', '/en/news/item-1/'])(
    'lets a date wider than the line wrap between its parts at double text size on %s',
    async (path) => {
      const page = await open(path, 320, 700);
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      const dates = await page.evaluate(() =>
        [...document.querySelectorAll('main time')].map((el) => ({
          text: el.textContent,
          right: el.getBoundingClientRect().right,
          lines: new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size,
        })),
      );
      expect(dates.length).toBeGreaterThan(0);
      // Inside the screen: no date pushes the page sideways.
      expect(dates.filter((d) => d.right > 320)).toEqual([]);
      // The Mongolian date is wider than the line at this size: it wraps (between its pairs).
      if (path === '/news/item-1/') expect(dates.some((d) => d.lines > 1)).toBe(true);
      await page.close();
    },
  );

  it.each(['/hotline/', '/en/hotline/', '/en/news/item-1/'])(
    'keeps the footer at the bottom of the short page %s',
    async (path) => {
      const page = await open(path, 1280, 900);
      const bottom = await page.locator('footer').evaluate((el) => el.getBoundingClientRect().bottom);
      expect(Math.round(bottom)).toBe(900);
      await page.close();
    },
  );
});

describe('the pages that lead on', () => {
  it.each([
    ['/', 6],
    ['/en/', 6],
  ])('%s offers a search box and the six services by name, and news with dates', async (path, services) => {
    const page = await open(path, 390, 844);
    const main = page.getByRole('main');
    // One search box, the header's, in one search landmark.
    expect(await page.getByRole('search').count()).toBe(1);
    await expect(page.getByRole('banner').getByRole('searchbox').isVisible()).resolves.toBe(true);
    expect(await main.locator('.service-grid a:not([href^="tel:"])').count()).toBe(services);
    expect(await main.locator('#news-heading').textContent()).toMatch(/^(Мэдээ|News)$/);
    expect(await main.locator('.news-list time').count()).toBeGreaterThan(0);
    await page.close();
  });

  it.each([
    ['/', 'Төрийн үйлчилгээ', 'Мэдээ'],
    ['/en/', 'Public services', 'News'],
  ])(
    "%s: a phone's first screen (390×844) has the hotline to call and the ways to services and news",
    async (path, services, news) => {
      const page = await open(path, 390, 844);
      const main = page.getByRole('main');
      const onFirstScreen = async (locator: ReturnType<typeof main.locator>) => {
        const box = await locator.first().boundingBox();
        return box !== null && box.y >= 0 && box.y + box.height <= 844;
      };
      expect(await onFirstScreen(main.locator('a[href^="tel:"]'))).toBe(true);
      expect(await onFirstScreen(main.getByRole('link', { name: services, exact: true }))).toBe(true);
      expect(await onFirstScreen(main.getByRole('link', { name: news, exact: true }))).toBe(true);
      await page.close();
    },
  );

  it.each([
    ['/no-such-page/', 'Хайх', '/search/'],
    ['/en/no-such-page/', 'Search', '/en/search/'],
  ])(
    'the 404 page at %s has a search form that works, the services and the hotline',
    async (path, button, target) => {
      const page = await open(path, 390, 844);
      const main = page.getByRole('main');
      expect(await main.locator('.service-grid a:not([href^="tel:"])').count()).toBe(6);
      expect(await main.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
      const form = main.getByRole('search');
      await form.getByRole('searchbox').fill('ISO 9001');
      await form.getByRole('button', { name: button }).click();
      await page.waitForURL(`**${target}?q=ISO+9001`);
      await page.waitForFunction(
        () =>
          document.querySelectorAll('#search-results > li').length > 0 &&
          !document.querySelector('#search-results > li.pending'),
      );
      await page.close();
    },
  );

  it('shows the first search result on the first screen of a phone', async () => {
    for (const path of ['/search/?q=стандарт', '/en/search/?q=verification']) {
      const page = await open(path, 390, 844);
      await page.waitForFunction(
        () =>
          document.querySelectorAll('#search-results > li').length > 0 &&
          !document.querySelector('#search-results > li.pending'),
      );
      const first = await page
        .locator('#search-results > li a')
        .first()
        .evaluate((el) => el.getBoundingClientRect().bottom);
      expect(first, path).toBeLessThanOrEqual(844);
      await page.close();
    }
  });
});

describe('screenshots (artefacts for people to look at, not compared)', () => {
  it('saves the home page, an article, a service and search in both languages and colour schemes', async () => {
    const dir = join(projectRoot, 'test-results', 'screenshots');
    mkdirSync(dir, { recursive: true });
    const pages = [
      ['home', '/'],
      ['article', '/news/sector-managers-conference-2020/'],
      ['service', '/services/verification-of-measuring-instruments/'],
      ['search', '/search/?q=стандарт'],
    ];
    let saved = 0;
    for (const [name, path] of pages) {
      for (const prefix of ['', '/en']) {
        for (const scheme of ['light', 'dark'] as const) {
          const page = await open(prefix + path, 390, 844, scheme);
          await page.screenshot({
            path: join(dir, `${name}-${prefix ? 'en' : 'mn'}-${scheme}.png`),
            fullPage: true,
          });
          await page.close();
          saved++;
        }
      }
    }
    expect(saved).toBe(16);
  }, 120_000);
});
