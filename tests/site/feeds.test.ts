import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { siteOrigin } from '../helpers/astro';
import { listNewsDate } from '../helpers/fixture-content';
import { htmlPages, notFoundPages, page, readDist, resolveToFile, text } from '../helpers/dist';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

describe('RSS feeds', () => {
  it.each([
    ['/rss.xml', 'mn', `${siteOrigin}/news/item-35/`, 'Мэдээ 35'],
    ['/en/rss.xml', 'en', `${siteOrigin}/en/news/item-35/`, 'News 35'],
  ])('%s is RSS 2.0 in %s with the latest item', (file, lang, link, title) => {
    const doc = xml.parse(readDist(file));
    expect(doc.rss['@version']).toBe('2.0');
    const channel = doc.rss.channel;
    expect(channel.title).toBeTruthy();
    expect(channel.description).toBeTruthy();
    expect(channel.language).toBe(lang);
    const items = asArray(channel.item);
    const item = items.find((i: { link: string }) => i.link === link);
    expect(item, `item ${link}`).toBeDefined();
    expect(item.title).toContain(title);
    // Published at 00:00 in Ulaanbaatar on 10 December: 16:00 UTC the day before.
    expect(new Date(item.pubDate).toISOString()).toBe('2022-12-09T16:00:00.000Z');
    for (const i of items) expect(resolveToFile(new URL(i.link).pathname), i.link).toBeDefined();
  });

  it.each([
    ['/feed/', '/rss.xml'],
    ['/en/feed/', '/en/rss.xml'],
  ])(
    '%s explains %s to people: its address to copy and the same items, linked from every footer',
    (path, file) => {
      const doc = page(path);
      expect(text(doc.querySelector('.feed-address'))).toBe(`${siteOrigin}${file}`);
      expect(doc.querySelector(`a[href="${file}"]`)).not.toBeNull();
      const feedLinks = asArray(xml.parse(readDist(file)).rss.channel.item).map(
        (i: { link: string }) => i.link,
      );
      const pageLinks = doc
        .querySelectorAll('main ul.news-list h3 a')
        .map((a) => `${siteOrigin}${a.getAttribute('href')}`);
      expect(pageLinks).toEqual(feedLinks);
      expect(pageLinks.length).toBeGreaterThan(0);
      // Every page of the same language leads here from its footer, not to the raw XML.
      const prefix = path.startsWith('/en/') ? '/en/' : '/';
      const offenders = htmlPages()
        .filter((p) => !notFoundPages.includes(p) && (prefix === '/en/') === p.startsWith('/en/'))
        .filter((p) => !page(p).querySelector(`footer a[href="${path}"]`));
      expect(offenders).toEqual([]);
    },
  );
});

describe('sitemap', () => {
  const index = xml.parse(readDist('/sitemap-index.xml'));
  const sitemaps = asArray(index.sitemapindex.sitemap).map((s: { loc: string }) => new URL(s.loc).pathname);
  const urls = sitemaps.flatMap((p) => asArray(xml.parse(readDist(p)).urlset.url));

  it('lists every page in both languages, each resolving to a built file', () => {
    const locs = urls.map((u: { loc: string }) => new URL(u.loc).pathname);
    expect(locs).toEqual(expect.arrayContaining(['/', '/en/', '/hotline/', '/en/directives/10/']));
    for (const loc of locs) expect(resolveToFile(loc), loc).toBeDefined();
    expect(locs.some((l: string) => l.includes('404'))).toBe(false);
  });

  it('lists every page that may be indexed and no page that asks not to be, from the model', () => {
    const listed = new Set(urls.map((u: { loc: string }) => new URL(u.loc).pathname));
    const wrong: string[] = [];
    for (const path of htmlPages().filter((p) => !notFoundPages.includes(p))) {
      const asksNot = /<meta name="robots" content="noindex/.test(
        readDist(path.endsWith('/') ? `${path}index.html` : path),
      );
      if (asksNot === listed.has(path))
        wrong.push(`${path}: ${asksNot ? 'noindex but listed' : 'indexable but not listed'}`);
    }
    expect(wrong).toEqual([]);
  });

  it('dates every news item and report by its last change (lastmod), and no list', () => {
    const dated = urls.filter((u: { lastmod?: string }) => u.lastmod);
    const path = (u: { loc: string }) => new URL(u.loc).pathname;
    const items = urls.filter((u: { loc: string }) =>
      /^(\/en)?\/(news|reports)\/(?!page\/|year\/)[^/]+\/$/.test(path(u)),
    );
    expect(items.length).toBeGreaterThan(10);
    expect(dated.map(path).sort()).toEqual(items.map(path).sort());
    for (const u of dated) expect(u.lastmod, path(u)).toMatch(/^\d{4}-\d{2}-\d{2}T16:00:00\.000Z$/);
    // Live from 00:00 in Ulaanbaatar (UTC+8) on its date.
    expect(urls.find((u: { loc: string }) => path(u) === '/news/item-35/')?.lastmod).toBe(
      new Date(`${listNewsDate(35)}T00:00:00+08:00`).toISOString(),
    );
  });

  it('pairs each page with its translation, where there is one, as hreflang alternates', () => {
    const listed = new Set(urls.map((u: { loc: string }) => new URL(u.loc).pathname));
    for (const url of urls) {
      const alternates = asArray(url['xhtml:link']).map((l: Record<string, string>) => [
        l['@hreflang'],
        new URL(l['@href']).pathname,
      ]);
      const path = new URL(url.loc).pathname;
      const mnPath = path.startsWith('/en/') ? path.slice(3) : path;
      const versions = Object.entries({ mn: mnPath, en: `/en${mnPath}` }).filter(([, p]) => listed.has(p));
      expect(Object.fromEntries(alternates), path).toEqual(
        versions.length > 1 ? Object.fromEntries(versions) : {},
      );
    }
  });
});
