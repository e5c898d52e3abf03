import { describe, expect, it } from 'vitest';
import { numberPattern } from '../../src/lib/nowrap';
import { builtSiteInBrowser } from '../helpers/browser-site';
import { htmlPages, realDist } from '../helpers/dist';

// The hotline, standard and order numbers and dates, wherever they are on a page (headings,
// bodies, lists, tables, components), each on one line at a phone's widths. Measured, not read
// from the markup: every match in the page's visible text, by the line boxes of its range.
const env = builtSiteInBrowser(realDist);

/** In the page: each visible number whose range spans more than one line box. */
function brokenNumbers(source: string): string[] {
  const pattern = new RegExp(source, 'g');
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

describe('numbers on every page', () => {
  it('stay on one line at 320 and 390 px (every offender listed)', async () => {
    const page = await env.browser.context.newPage();
    const offenders: string[] = [];
    let seen = 0;
    for (const path of htmlPages(realDist)) {
      await page.goto(env.site.origin + path);
      for (const width of [320, 390]) {
        await page.setViewportSize({ width, height: 800 });
        const found = await page.evaluate(brokenNumbers, numberPattern);
        offenders.push(...found.map((n) => `${path} @${width}: ${n}`));
      }
      seen++;
    }
    await page.close();
    expect(seen).toBeGreaterThan(50);
    expect(offenders).toEqual([]);
  }, 300_000);
});
