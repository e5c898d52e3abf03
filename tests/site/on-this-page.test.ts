import { describe, expect, it } from 'vitest';
import { page, text } from '../helpers/dist';

// Long pages list their sections at the top, in plain HTML; each link leads to a heading there.

describe('"On this page" contents', () => {
  it.each([
    ['/news/sector-managers-conference-2020/', 'Энэ хуудсанд', 2],
    ['/en/news/sector-managers-conference-2020/', 'On this page', 2],
    ['/services/verification-of-measuring-instruments/', 'Энэ хуудсанд', 4],
    ['/en/services/precious-metals-assay-and-hallmarking/', 'On this page', 3],
    ['/en/regulations/law-on-metrology-2019/', 'On this page', 2],
  ])('%s lists its sections', (path, label, atLeast) => {
    const doc = page(path);
    const nav = doc.querySelector('nav.on-this-page');
    expect(text(nav?.querySelector('h2'))).toBe(label);
    const links = nav?.querySelectorAll('a') ?? [];
    expect(links.length).toBeGreaterThanOrEqual(atLeast);
    for (const a of links) {
      const id = decodeURIComponent(a.getAttribute('href')!.slice(1));
      const target = doc.getElementById(id);
      expect(target?.tagName, `${path} #${id}`).toBe('H2');
      expect(text(target)).toBe(text(a));
    }
    // Every section of the page is listed, and nothing else.
    const sections = doc
      .querySelectorAll('article h2[id], main > h2[id]')
      .filter((h) => !h.closest('nav'))
      .map((h) => h.getAttribute('id'));
    expect(links.map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1)))).toEqual(sections);
  });

  it('is left out of a short page', () => {
    expect(page('/en/hotline/').querySelector('nav.on-this-page')).toBeNull();
  });
});
