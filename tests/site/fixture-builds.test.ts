import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteOrigin } from '../helpers/astro';
import { distFiles, page, readDist, text } from '../helpers/dist';
import { buildWithExtraContent } from '../helpers/fixture-site';

const news = (fields: string, body = 'Туршилтын текст.') => `---\n${fields}\n---\n\n${body}\n`;

describe('a build with a draft, a scheduled item and an untranslated item', () => {
  let site: ReturnType<typeof buildWithExtraContent>;
  beforeAll(() => {
    site = buildWithExtraContent({
      'content/news/mn/draft-item.mdx': news(
        'title: Ноорог\ndescription: Ноорог мэдээ.\npubDate: 2020-02-01\ndraft: true',
      ),
      'content/news/en/draft-item.mdx': news(
        'title: Draft\ndescription: A draft.\npubDate: 2020-02-01\ndraft: true',
      ),
      'content/news/mn/scheduled-item.mdx': news(
        'title: Төлөвлөсөн\ndescription: Ирээдүйн мэдээ.\npubDate: 2999-01-01',
      ),
      'content/news/mn/mongolian-only.mdx': news(
        'title: Зөвхөн монгол\ndescription: Орчуулаагүй мэдээ.\npubDate: 2020-03-01',
      ),
    });
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
});

const service = (fields: string) =>
  `---\ntitle: X\nsummary: One sentence.\naudience: Everyone.\nsteps: [Call.]\napply: [{ method: phone }]\nreviewed: 2026-11-24\n${fields}\n---\n\nText.\n`;
const regulation = (replacedBy: string) =>
  `kind: law\ntitle: { mn: X, en: X }\nadopted: 2000\nstatus: replaced\nreplacedBy: ${replacedBy}\nsource: https://legalinfo.mn/law/details/1\nsummary: { mn: X, en: X }\n`;

describe('a build with a broken cross-reference', () => {
  it.each([
    [
      'a legal basis that does not exist',
      {
        'content/services/en/broken-basis.mdx': service('category: certification\nlegalBasis: [no-such-law]'),
      },
      /content\/services\/en\/broken-basis\.mdx: legalBasis "no-such-law" is not a regulation/,
    ],
    [
      'a replaced-by cycle',
      {
        'content/regulations/loop-a.yaml': regulation('loop-b'),
        'content/regulations/loop-b.yaml': regulation('loop-a'),
      },
      /content\/regulations\/loop-a\.yaml: replacedBy makes a cycle: loop-a → loop-b → loop-a/,
    ],
  ])('fails on %s, naming the file and the field', (_case, files, message) => {
    const site = buildWithExtraContent(files);
    try {
      expect(site.status).not.toBe(0);
      expect(site.output).toMatch(message);
    } finally {
      site.cleanup();
    }
  });
});

describe('a build with a broken content file', () => {
  it.each([
    [
      'content/news/en/missing-heading.mdx',
      news('description: No heading.\npubDate: 2020-02-01'),
      /missing-heading/,
      /title/,
    ],
    [
      'content/directives/11.yaml',
      'number: 11\ngroup: task\ntext:\n  mn: x\n  en: y\narticle: sector-managers-conference-2020\n',
      /directives → 11 /,
      /number/,
    ],
    [
      'content/pages/mn/contact.mdx',
      '---\ntitle: Холбоо барих\n---\n\nТекст.\n',
      /mn\/contact/,
      /description/,
    ],
    ['content/services/en/bad-category.mdx', service('category: taxes'), /en\/bad-category/, /category/],
    [
      'content/services/mn/no-title.mdx',
      service('category: certification').replace('title: X\n', ''),
      /mn\/no-title/,
      /title/,
    ],
  ])('fails on %s, naming the file and the field', (file, body, fileName, field) => {
    const site = buildWithExtraContent({ [file]: body });
    try {
      expect(site.status).not.toBe(0);
      // Astro prints the entry, then one line per failing field, then a hint and the file's location.
      const [, details = ''] = /does not match collection schema\.([\s\S]*?)Hint:/.exec(site.output) ?? [];
      expect(site.output).toMatch(fileName);
      expect(details).toMatch(field);
    } finally {
      site.cleanup();
    }
  });
});
