import { describe, expect, it } from 'vitest';
import { keptPattern } from '../../src/lib/numbers';
import { builtSiteInBrowser } from '../helpers/browser-site';
import { htmlPages, realDist } from '../helpers/dist';

// The hotline, standard and order numbers and each number with its word, wherever they are on a
// page (headings, bodies, lists, tables, components, search results drawn in the browser), each
// on one line at a phone's widths. Measured, not read from the markup: every match in the page's
// visible text, by the line boxes of its range.
const env = builtSiteInBrowser(realDist);

/** In the page: each visible number whose range spans more than one line box. */
function brokenNumbers(source: string): string[] {
  const pattern = new RegExp(source, 'gu');
  const skip = new Set(['SCRIPT', 'STYLE', 'CODE', 'PRE', 'TEXTAREA', 'NOSCRIPT']);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const broken: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || skip.has(parent.tagName) || !parent.offsetParent) continue;
    for (const m of node.textContent!.matchAll(pattern)) {
      if (!/[ \-/]/.test(m[0])) continue;
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const tops = new Set(
        [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)),
      );
      if (tops.size > 1) broken.push(m[0]);
    }
  }
  return broken;
}

/** In the page: what a phone's first screen must hold, as offences (none: all well). */
function firstScreenOffences(): string[] {
  const out: string[] = [];
  const h1 = document.querySelector('h1');
  if (!h1 || h1.getBoundingClientRect().top > innerHeight * 0.25)
    out.push('the heading is below the top quarter');
  // Each search landmark named, and named apart from the others.
  const names = [...document.querySelectorAll('[role="search"], search')].map(
    (el) => el.getAttribute('aria-label') ?? '',
  );
  if (names.some((n) => !n) || new Set(names).size !== names.length)
    out.push(`search landmarks: ${names.join(' | ')}`);
  // The hotline one tap away: in the header, as a tap-to-call link (on a phone inside the menu).
  if (!document.querySelector('header a[href^="tel:"]')) out.push('no hotline in the header');
  return out;
}

describe('numbers on every page', () => {
  it('stay on one line at 320 and 390 px, and the first screen holds what it must (every offender listed)', async () => {
    const page = await env.browser.context.newPage();
    const offenders: string[] = [];
    const screens: string[] = [];
    let seen = 0;
    for (const path of htmlPages(realDist)) {
      await page.goto(env.site.origin + path);
      await page.setViewportSize({ width: 390, height: 844 });
      screens.push(...(await page.evaluate(firstScreenOffences)).map((o) => `${path}: ${o}`));
      for (const width of [320, 390]) {
        await page.setViewportSize({ width, height: 800 });
        const found = await page.evaluate(brokenNumbers, keptPattern);
        offenders.push(...found.map((n) => `${path} @${width}: ${n}`));
      }
      seen++;
    }
    await page.close();
    expect(seen).toBeGreaterThan(50);
    expect(offenders).toEqual([]);
    // And a phone's first screen on every page: the heading near the top, search landmarks named
    // apart, the hotline in the header.
    expect(screens).toEqual([]);
  }, 300_000);

  it('stay on one line in search results at 320 and 390 px (every offender listed)', async () => {
    const page = await env.browser.context.newPage();
    const offenders: string[] = [];
    let shown = 0;
    // Years and ordinals: results whose titles, dates and excerpts are full of numbers.
    for (const [path, query] of [
      ['/search/', '2020'],
      ['/search/', 'дугаар'],
      ['/en/search/', '2020'],
      ['/en/search/', 'No'],
    ]) {
      for (const width of [320, 390]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${env.site.origin}${path}?q=${encodeURIComponent(query)}`);
        await page.waitForFunction(
          () =>
            document.querySelectorAll('#search-results > li').length > 0 &&
            !document.querySelector('#search-results > li.pending'),
        );
        shown += await page.locator('#search-results > li').count();
        const found = await page.evaluate(brokenNumbers, keptPattern);
        offenders.push(...found.map((n) => `${path}?q=${query} @${width}: ${n}`));
      }
    }
    await page.close();
    expect(shown).toBeGreaterThan(8);
    expect(offenders).toEqual([]);
  }, 120_000);
});
