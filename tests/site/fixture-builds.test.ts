import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteOrigin } from '../helpers/astro';
import { distFiles, page, readDist, text } from '../helpers/dist';
import { buildWithExtraContent } from '../helpers/fixture-site';

const news = (fields: string, body = 'Туршилтын текст.') => `---\n${fields}\n---\n\n${body}\n`;

const editBase = 'https://git.example.mn/masm/site/-/edit/main/';

describe('a build with a draft, a scheduled item, an untranslated item and edit links set up', () => {
  let site: ReturnType<typeof buildWithExtraContent>;
  beforeAll(() => {
    site = buildWithExtraContent(
      {
        'content/news/mn/draft-item.md': news(
          'title: Ноорог\ndescription: Ноорог мэдээ.\npubDate: 2020-02-01\ndraft: true',
        ),
        'content/news/en/draft-item.md': news(
          'title: Draft\ndescription: A draft.\npubDate: 2020-02-01\ndraft: true',
        ),
        'content/news/mn/scheduled-item.md': news(
          'title: Төлөвлөсөн\ndescription: Ирээдүйн мэдээ.\npubDate: 2999-01-01',
        ),
        'content/news/mn/mongolian-only.md': news(
          'title: Зөвхөн монгол\ndescription: Орчуулаагүй мэдээ.\npubDate: 2020-03-01',
        ),
      },
      { EDIT_BASE_URL: editBase },
    );
  });
  afterAll(() => site?.cleanup());

  it('builds', () => {
    expect(site.status, site.output).toBe(0);
  });

  it('leaves drafts and scheduled items out of pages, listings, feeds and the sitemap', () => {
    const files = distFiles(site.dist);
    for (const slug of ['draft-item', 'scheduled-item']) {
      expect(files.filter((f) => f.includes(slug))).toEqual([]);
      for (const f of [
        '/news/index.html',
        '/en/news/index.html',
        '/rss.xml',
        '/en/rss.xml',
        '/sitemap-0.xml',
      ]) {
        expect(readDist(f, site.dist), f).not.toContain(slug);
      }
    }
  });

  it('publishes the untranslated item in its language and lists it', () => {
    expect(text(page('/news/mongolian-only/', site.dist).querySelector('h1'))).toBe('Зөвхөн монгол');
    expect(readDist('/news/index.html', site.dist)).toContain('/news/mongolian-only/');
    const hreflangs = page('/news/mongolian-only/', site.dist)
      .querySelectorAll('link[hreflang]')
      .map((l) => l.getAttribute('hreflang'));
    expect(hreflangs).toEqual(['mn', 'x-default']);
  });

  it('shows a clear English notice, not a 404 or the Mongolian text, at the English URL', () => {
    const doc = page('/en/news/mongolian-only/', site.dist);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(text(doc.querySelector('h1'))).toBe('This page is not available in English yet');
    const link = doc.querySelector('main a[href="/news/mongolian-only/"]');
    expect(text(link)).toBe('Зөвхөн монгол');
    expect(link?.getAttribute('lang')).toBe('mn');
    expect(text(doc.querySelector('main'))).not.toContain('Туршилтын текст');
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    // The switcher on the Mongolian page leads to the notice, which leads back.
    expect(
      page('/news/mongolian-only/', site.dist).querySelector('.language-switcher a')?.getAttribute('href'),
    ).toBe('/en/news/mongolian-only/');
  });

  it('keeps the notice out of the sitemap', () => {
    const sitemap = readDist('/sitemap-0.xml', site.dist);
    expect(sitemap).toContain(`<loc>${siteOrigin}/news/mongolian-only/</loc>`);
    expect(sitemap).not.toContain(`<loc>${siteOrigin}/en/news/mongolian-only/</loc>`);
  });

  it("links every page made from a content file to that file, in the page's language", () => {
    const cases = [
      ['/news/mongolian-only/', 'content/news/mn/mongolian-only.md', 'Энэ хуудсыг засах'],
      [
        '/en/news/sector-managers-conference-2020/',
        'content/news/en/sector-managers-conference-2020.md',
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
      const link = page(path, site.dist).querySelector('.edit-link a');
      expect(link?.getAttribute('href'), path).toBe(editBase + file);
      expect(text(link)).toBe(label);
    }
    // Pages not made from one file (lists, the notice, search) have none.
    for (const path of ['/news/', '/en/news/mongolian-only/', '/search/', '/regulations/'])
      expect(page(path, site.dist).querySelector('.edit-link'), path).toBeNull();
  });
});
