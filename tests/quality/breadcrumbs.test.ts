import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser';
import { serveDir, type StaticServer } from '../../scripts/lib/static-server';
import { htmlPages, page as builtPage, realDist } from '../helpers/dist';

// The breadcrumb as a reader sees it, on a phone and on a wide screen: the separators stand only
// between the crumbs shown, never after the last one.

let site: StaticServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let tab: Page;
beforeAll(async () => {
  site = await serveDir(realDist);
  browser = await launchBrowser();
  tab = await browser.context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The breadcrumb's visible text, separators included (generated content read from the styles). */
const shownCrumbs = (p: Page) =>
  p.evaluate(() => {
    const items = [...document.querySelectorAll<HTMLElement>('.breadcrumbs li')].filter(
      (li) => getComputedStyle(li).display !== 'none',
    );
    const pseudo = (li: HTMLElement, which: '::before' | '::after') => {
      const c = getComputedStyle(li, which).content;
      return c === 'none' || c === 'normal' ? '' : c.replace(/^"|"$/g, '');
    };
    return items
      .map((li) => `${pseudo(li, '::before')}${li.textContent?.trim()}${pseudo(li, '::after')}`)
      .join('');
  });

it('shows no separator after the last crumb shown, on a phone or a wide screen', async () => {
  const pages = htmlPages(realDist).filter((p) => builtPage(p, realDist).querySelector('.breadcrumbs'));
  expect(pages.length).toBeGreaterThan(20);
  const offenders: string[] = [];
  for (const width of [390, 1280]) {
    await tab.setViewportSize({ width, height: 800 });
    for (const path of pages.filter((_, i) => i % 4 === 0)) {
      await tab.goto(site.origin + path);
      const text = await shownCrumbs(tab);
      if (!text || /›\s*$/.test(text)) offenders.push(`${width}px ${path}: ${text}`);
    }
  }
  expect(offenders).toEqual([]);
});
