import { describe, expect, it } from 'vitest';
import { page, text } from '../helpers/dist';

// Long pages list their sections at the top, in plain HTML; each link leads to a heading there.

describe('"On this page" contents', () => {
  it.each([
    ['/news/sector-managers-conference-2020/', 'Энэ хуудсанд', 2],
    ['/en/news/sector-managers-conference-2020/', 'On this page', 2],
    ['/services/verification-of-measuring-instruments/', 'Энэ хуудсанд', 6],
    ['/en/services/precious-metals-assay-and-hallmarking/', 'On this page', 6],
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
  });

  it('is left out of a short page', () => {
    expect(page('/en/hotline/').querySelector('nav.on-this-page')).toBeNull();
  });
});
