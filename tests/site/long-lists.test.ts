import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { htmlPages, page, readDist, text } from '../helpers/dist';
import { listNews, lookAlikeItems, mongolianOnly } from '../helpers/fixture-content';

// More news and regulations than a page holds, in the fixture site (tests/helpers/fixture-content.ts).

const doc = (path: string) => page(path);
const titles = (path: string) => doc(path).querySelectorAll('.news-list > li h2').map(text);
const pageLinks = (path: string) =>
  doc(path)
    .querySelectorAll('nav.pagination a')
    .map((a) => [text(a), a.getAttribute('href')]);

describe('the news list', () => {
  it('shows twenty items a page, newest first, with links to the other pages', () => {
    const first = titles('/en/news/');
    expect(first).toHaveLength(20);
    expect(first[0]).toBe('News 35'); // 2022-12… sorts by date: item 35 is December 2022
    expect(text(doc('/en/news/').querySelector('nav.pagination p'))).toBe('Page 1 of 3');
    expect(pageLinks('/en/news/')).toEqual([
      ['1', '/en/news/'],
      ['2', '/en/news/page/2/'],
      ['3', '/en/news/page/3/'],
      ['Next page', '/en/news/page/2/'],
    ]);
    expect(doc('/en/news/page/2/').querySelector('a[rel=prev]')?.getAttribute('href')).toBe('/en/news/');
    expect(doc('/en/news/page/3/').querySelector('a[aria-current=page]')?.getAttribute('href')).toBe(
      '/en/news/page/3/',
    );
  });

  it('reaches every item from the list pages and again from the year archives', () => {
    for (const prefix of ['', '/en']) {
      const listed = (paths: string[]) =>
        paths.flatMap((p) =>
          doc(p)
            .querySelectorAll('.news-list > li h2 a')
            .map((a) => a.getAttribute('href')),
        );
      const pages = htmlPages().filter((p) => p.startsWith(`${prefix}/news/`));
      const all = listed(pages.filter((p) => /^(\/en)?\/news\/(page\/\d+\/)?$/.test(p)));
      const byYear = listed(pages.filter((p) => p.includes('/news/year/')));
      // The listed items plus the conference article and the published items in one language only
      // (the look-alikes in English; mongolian-only and the Mongolian-only list), each exactly once.
      const expected = listNews + 1 + (prefix === '' ? mongolianOnly + 1 : lookAlikeItems);
      expect(all).toHaveLength(expected);
      expect(new Set(all).size).toBe(expected);
      expect([...byYear].sort()).toEqual([...all].sort());
    }
  });

  it('links each year with its count, and a year archive lists only that year', () => {
    const years = doc('/news/').querySelectorAll('nav.year-links a');
    expect(years.map(text)).toEqual(['Бүгд', '2022', '2021', '2020', '2019']);
    expect(years[2].getAttribute('aria-label')).toBe('2021: 35 мэдээ');
    expect(text(doc('/en/news/year/2022/').querySelector('h1'))).toBe('News of 2022');
    expect(titles('/en/news/year/2022/')).toHaveLength(20);
    expect(titles('/en/news/year/2022/').every((t) => Number(t.split(' ')[1]) >= 35)).toBe(true);
    expect(text(doc('/en/news/year/2021/page/2/').querySelector('h1'))).toBe('News of 2021: Page 2 of 2');
  });

  it('leads the language switcher to a page that exists: the same page, the year, or all news', () => {
    const switcher = (path: string) => doc(path).querySelector('.language-switcher a')?.getAttribute('href');
    const hreflangs = (path: string) =>
      doc(path)
        .querySelectorAll('link[rel=alternate][hreflang]')
        .map((l) => l.getAttribute('hreflang'));
    expect(switcher('/news/year/2021/')).toBe('/en/news/year/2021/');
    expect(switcher('/news/year/2019/page/2/')).toBe('/en/news/');
    expect(switcher('/news/page/5/')).toBe('/en/news/');
    expect(hreflangs('/news/year/2019/')).toEqual(['mn', 'x-default']);
    expect(hreflangs('/news/year/2021/')).toEqual(['mn', 'en', 'x-default']);
  });
});

describe('the translation status', () => {
  it('lists a hundred entries a page, those missing a translation first, with counts over all', () => {
    const rows = (path: string) => page(path).querySelectorAll('tbody tr');
    const first = rows('/en/translations/');
    expect(first).toHaveLength(100);
    expect(text(first[0].querySelectorAll('td').at(-2))).toBe('Translation missing');
    const total = (path: string) =>
      page(path)
        .querySelectorAll('.translation-counts li')
        .map((li) => Number(text(li).split(': ')[1]))
        .reduce((a, b) => a + b, 0);
    expect(total('/en/translations/')).toBe(first.length + rows('/en/translations/page/2/').length);
    expect(pageLinks('/en/translations/').at(-1)).toEqual(['Next page', '/en/translations/page/2/']);
  });
});

describe('the feeds', () => {
  it('carry the latest fifty items only, newest first', async () => {
    for (const path of ['rss.xml', 'en/rss.xml']) {
      const feed = await new Parser().parseString(readDist(path));
      expect(feed.items).toHaveLength(50);
      const dates = feed.items.map((i) => Date.parse(i.pubDate!));
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
      // The oldest items (the conference of January 2020 and early 2021) are left out.
      expect(feed.items.some((i) => i.link?.includes('sector-managers-conference-2020'))).toBe(false);
    }
  });
});

describe('the regulations library', () => {
  it('shows fifty a page in every listing, with page links', () => {
    const count = (path: string) => doc(path).querySelectorAll('ul.regulation-list > li').length;
    expect([count('/en/regulations/'), count('/en/regulations/page/2/')]).toEqual([50, 19]);
    expect([count('/regulations/oldest/'), count('/regulations/oldest/page/2/')]).toEqual([50, 19]);
    expect(count('/en/regulations/kind/order/')).toBe(50);
    expect(count('/en/regulations/kind/order/page/2/')).toBe(11);
    expect(text(doc('/en/regulations/page/2/').querySelector('.result-count'))).toBe('69 regulations');
    expect(pageLinks('/en/regulations/kind/order/').at(-1)).toEqual([
      'Next page',
      '/en/regulations/kind/order/page/2/',
    ]);
  });
});
