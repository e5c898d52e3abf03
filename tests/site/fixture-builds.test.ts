import { describe, expect, it } from 'vitest';
import { siteOrigin } from '../helpers/astro';
import { distFiles, page, readDist, text } from '../helpers/dist';
import { fixtureEditBase } from '../helpers/fixture-content';

describe('drafts, scheduled items, untranslated items and edit links (the fixture site)', () => {
  it('leaves drafts and scheduled items out of pages, listings, feeds and the sitemap', () => {
    const files = distFiles();
    for (const slug of ['draft-item', 'scheduled-item']) {
      expect(files.filter((f) => f.includes(slug))).toEqual([]);
      for (const f of [
        '/news/index.html',
        '/en/news/index.html',
        '/rss.xml',
        '/en/rss.xml',
        '/sitemap-0.xml',
      ]) {
        expect(readDist(f), f).not.toContain(slug);
      }
    }
  });

  it('publishes the untranslated item in its language and lists it', () => {
    expect(text(page('/news/mongolian-only/').querySelector('h1'))).toBe('Зөвхөн монгол');
    expect(readDist('/news/year/2020/index.html')).toContain('/news/mongolian-only/');
    const hreflangs = page('/news/mongolian-only/')
      .querySelectorAll('link[hreflang]')
      .map((l) => l.getAttribute('hreflang'));
    expect(hreflangs).toEqual(['mn', 'x-default']);
  });

  it('shows a clear English notice, not a 404 or the Mongolian text, at the English URL', () => {
    const doc = page('/en/news/mongolian-only/');
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(text(doc.querySelector('h1'))).toBe('This page is not available in English yet');
    const link = doc.querySelector('main a[href="/news/mongolian-only/"]');
    expect(text(link)).toBe('Зөвхөн монгол');
    expect(link?.getAttribute('lang')).toBe('mn');
    expect(text(doc.querySelector('main'))).not.toContain('Туршилтын текст');
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    // The switcher on the Mongolian page leads to the notice, which leads back.
    expect(page('/news/mongolian-only/').querySelector('.language-switcher a')?.getAttribute('href')).toBe(
      '/en/news/mongolian-only/',
    );
  });

  it('keeps the notice out of the sitemap', () => {
    const sitemap = readDist('/sitemap-0.xml');
    expect(sitemap).toContain(`<loc>${siteOrigin}/news/mongolian-only/</loc>`);
    expect(sitemap).not.toContain(`<loc>${siteOrigin}/en/news/mongolian-only/</loc>`);
  });

  it("links every page made from a content file to that file, in the page's language", () => {
    const cases = [
      ['/news/mongolian-only/', 'content/news/mn/mongolian-only.md', 'Энэ хуудсыг засах'],
      [
        '/en/news/sector-managers-conference-2020/',
        'content/news/en/sector-managers-conference-2020.mdx',
        'Edit this page',
      ],
      [
        '/en/services/certification-of-conformity/',
        'content/services/en/certification-of-conformity.md',
        'Edit this page',
      ],
      ['/hotline/', 'content/pages/mn/hotline.md', 'Энэ хуудсыг засах'],
      [
        '/regulations/law-on-metrology-2019/',
        'content/regulations/law-on-metrology-2019.yaml',
        'Энэ хуудсыг засах',
      ],
      ['/en/directives/3/', 'content/directives/03.yaml', 'Edit this page'],
    ];
    for (const [path, file, label] of cases) {
      const link = page(path).querySelector('.edit-link a');
      expect(link?.getAttribute('href'), path).toBe(fixtureEditBase + file);
      expect(text(link)).toBe(label);
    }
    // Pages not made from one file (lists, the notice, search) have none.
    for (const path of ['/news/', '/en/news/mongolian-only/', '/search/', '/regulations/'])
      expect(page(path).querySelector('.edit-link'), path).toBeNull();
  });
});
