import { describe, expect, it } from 'vitest';
import { htmlPages, page, readDist, realDist, text } from '../helpers/dist';

describe('the translation status pages', () => {
  it.each([
    ['/translations/', 'Орчуулгын байдал', 'Хоёр хэлээр байна', 'Нийтлэгдсэн 2020 оны 1 дүгээр сарын 24'],
    ['/en/translations/', 'Translation status', 'In both languages', 'Published 24 January 2020'],
  ])(
    '%s lists every mirrored entry with its languages, status and state on the site',
    (path, heading, upToDate, live) => {
      const doc = page(path);
      expect(text(doc.querySelector('h1'))).toBe(heading);
      const rows = doc.querySelectorAll('tbody tr');
      const next = page(`${path}page/2/`).querySelectorAll('tbody tr');
      const names = [...rows, ...next].map((r) => text(r.querySelector('th')));
      expect(names).toContain('news/…/sector-managers-conference-2020.mdx');
      expect(names).toContain('services/…/certification-of-conformity.md');
      expect(names).toContain('pages/…/hotline.md');
      const article = [...rows, ...next].find((r) =>
        text(r.querySelector('th')).includes('sector-managers'),
      )!;
      expect(text(article.querySelectorAll('td')[0])).toBe('mn, en');
      // The translation state, then the state on the site with its date.
      expect(text(article.querySelectorAll('td').at(-2))).toBe(upToDate);
      expect(text(article.querySelectorAll('td').at(-1))).toBe(live);
      // The counts cover every row, on this page and the next.
      const counted = doc
        .querySelectorAll('.translation-counts li')
        .map((li) => Number(text(li).split(': ')[1]));
      expect(counted.reduce((a, b) => a + b, 0)).toBe(rows.length + next.length);
    },
  );

  it('is for editors only: noindex, out of the sitemap, search and navigation', () => {
    for (const path of ['/translations/', '/en/translations/']) {
      const doc = page(path);
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
    }
    expect(readDist('/sitemap-0.xml')).not.toContain('translations');
    // (Only the pages themselves link to each other, through the language switcher.)
    for (const path of htmlPages().filter((p) => !p.includes('/translations/'))) {
      expect(Boolean(page(path).querySelector('a[href$="/translations/"]')), path).toBe(false);
    }
  });

  it('shows no edit links when the repository address is not set (the real site, built without it)', () => {
    const linked = htmlPages(realDist).filter((path) => page(path, realDist).querySelector('.edit-link'));
    expect(linked).toEqual([]);
  });
});
