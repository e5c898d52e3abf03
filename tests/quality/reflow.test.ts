import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtSiteInBrowser } from '../helpers/browser-site';
import { htmlPages, realDist } from '../helpers/dist';

// Large text and zoom, as people with low vision set them (WCAG 1.4.4, 1.4.10): every page at 320 px
// with the text at 200%, and at 1280 px zoomed to 400% (a 320 CSS px viewport at normal text size,
// which is what the browser lays out). Measured in Chromium: nothing scrolls sideways but a wide
// table inside its own box, no heading breaks inside a word, and the hotline is a tap away.
const env = builtSiteInBrowser(realDist);

/** In the page: what breaks the reflow, as offences (none: all well). */
function reflowOffences(): string[] {
  const out: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) {
    // Name the widest element that sticks out, so the offence says what to mend.
    const wide = [...document.body.querySelectorAll<HTMLElement>('*')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
      .filter((el) => !el.closest('.table-scroll'))
      .map(
        (el) => `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''}`,
      );
    out.push(
      `scrolls sideways (${root.scrollWidth} > ${root.clientWidth}): ${[...new Set(wide)].slice(-3).join(', ')}`,
    );
  }
  // A heading (or the site's abbreviation) broken inside a word: the word's range on two lines.
  for (const el of document.querySelectorAll<HTMLElement>('h1, h2, h3, .site-abbr')) {
    if (!el.offsetParent) continue;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.textContent!.matchAll(/[^\s\-‑–—/]+/gu)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set(
          [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)),
        );
        if (lines.size > 1) out.push(`${el.tagName.toLowerCase()} splits "${m[0]}"`);
      }
    }
  }
  return out;
}

/** In the page: a tap-to-call hotline link shown on the first screen (no menu to open first). */
function hotlineShown(): boolean {
  return [...document.querySelectorAll<HTMLElement>('a[href^="tel:"]')].some((a) => {
    const r = a.getBoundingClientRect();
    return a.offsetParent !== null && r.width > 0 && r.top >= 0 && r.bottom <= innerHeight;
  });
}

const conditions = [
  { name: '320 px, text 200%', width: 320, height: 640, text: '200%' },
  { name: '1280 px, zoom 400%', width: 320, height: 160, text: '' },
] as const;

async function setText(page: Page, size: string) {
  await page.evaluate((s) => {
    document.documentElement.style.fontSize = s;
  }, size);
}

describe('every page at large text and zoom', () => {
  it('reflows (nothing scrolls sideways, no heading splits a word), and a phone shows the hotline to call on its first screen (every offender listed)', async () => {
    const page = await env.browser.context.newPage();
    const offenders: string[] = [];
    const noCall: string[] = [];
    let seen = 0;
    for (const path of htmlPages(realDist)) {
      await page.goto(env.site.origin + path);
      for (const c of conditions) {
        await page.setViewportSize({ width: c.width, height: c.height });
        await setText(page, c.text);
        offenders.push(...(await page.evaluate(reflowOffences)).map((o) => `${path} @${c.name}: ${o}`));
      }
      // The same page on a 360×740 phone at normal text size: the call one tap away.
      await page.setViewportSize({ width: 360, height: 740 });
      await setText(page, '');
      if (!(await page.evaluate(hotlineShown))) noCall.push(path);
      seen++;
    }
    await page.close();
    expect(seen).toBeGreaterThan(50);
    expect(offenders).toEqual([]);
    expect(noCall).toEqual([]);
  }, 300_000);

  it('makes the library filters and page numbers targets at least 44 px tall on a phone', async () => {
    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    const listings = htmlPages(realDist).filter((p) => /^(\/en)?\/(regulations|news)\/(.+\/)?$/.test(p));
    const offenders: string[] = [];
    let targets = 0;
    for (const path of listings.filter((_, i) => i % 3 === 0)) {
      await page.goto(env.site.origin + path);
      const heights = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.library-filters a, .year-links a, .pagination a')].map(
          (a) => [a.textContent?.trim() ?? '', a.getBoundingClientRect().height] as const,
        ),
      );
      targets += heights.length;
      offenders.push(...heights.filter(([, h]) => h < 44).map(([label, h]) => `${path} "${label}": ${h} px`));
    }
    await page.close();
    expect(targets).toBeGreaterThan(20);
    expect(offenders).toEqual([]);
  }, 120_000);
});
