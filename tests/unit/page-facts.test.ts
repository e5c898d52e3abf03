import { describe, expect, it } from 'vitest';
import { pageFacts } from '../../src/lib/site/page-facts';
import type { LocalizedPage } from '../../src/lib/translations';

type Dated = { data: { pubDate: Date; updatedDate?: Date } };
const day = (s: string) => new Date(`${s}T00:00:00Z`);
const item = (pubDate: string, updatedDate?: string): Dated => ({
  data: { pubDate: day(pubDate), ...(updatedDate ? { updatedDate: day(updatedDate) } : {}) },
});
const entry = <T>(locale: 'mn' | 'en', slug: string, it: T): LocalizedPage<T> => ({
  kind: 'entry',
  locale,
  slug,
  item: it,
  translations: ['mn', 'en'],
});
const notice = <T>(locale: 'mn' | 'en', slug: string, it: T): LocalizedPage<T> => ({
  kind: 'untranslated',
  locale,
  slug,
  original: { locale: locale === 'mn' ? 'en' : 'mn', slug, item: it },
});

const report = { data: { pubDate: day('2025-01-10'), status: 'done' } };
const facts = pageFacts({
  newsPages: [
    { page: entry('mn', 'a', item('2024-03-01')), path: '/news/a/' },
    { page: entry('en', 'a', item('2024-03-01', '2024-04-02')), path: '/news/a/' },
    { page: notice('en', 'b', item('2024-05-01')), path: '/news/b/' },
  ],
  reportPages: [entry('mn', 'r', report)],
  servicePages: [
    { page: entry('mn', 's', { data: { category: 'metrology' } }), path: '/services/s/' },
    { page: notice('en', 's', { data: { category: 'metrology' } }), path: '/services/s/' },
  ],
  standing: new Map([['hotline', [entry('mn', 'hotline', {}), notice('en', 'hotline', {})]]]),
  directives: [{ number: 1, date: day('2020-01-24') }, { number: 2 }],
  regulations: [{ slug: 'law-1994', entry: { data: { kind: 'law', adopted: 1994 } } }],
  translationPages: [
    { locale: 'mn', list: { base: '/translations/', current: 1 } },
    { locale: 'en', list: { base: '/translations/', current: 2 } },
  ],
  libraryPages: [
    { locale: 'mn', page: { selection: {} }, list: { base: '/regulations/', current: 1 } },
    {
      locale: 'mn',
      page: { selection: { kind: 'law' } },
      list: { base: '/regulations/kind/law/', current: 1 },
    },
    {
      locale: 'en',
      page: { selection: { kind: 'law', year: '1994' } },
      list: { base: '/regulations/kind/law/year/1994/', current: 1 },
    },
  ],
});

/** The fixture's untranslated notices, search pages, translation lists and combined library filters: neither searched nor indexed. */
const notices = [
  '/en/news/b/',
  '/en/services/s/',
  '/en/hotline/',
  '/search/',
  '/en/search/',
  '/translations/',
  '/en/translations/page/2/',
  '/en/regulations/kind/law/year/1994/',
];

describe('page facts from the model', () => {
  it('dates news by their update, else their publication, and reports by their publication', () => {
    expect(facts.get('/news/a/')?.lastmod).toEqual(day('2024-03-01'));
    expect(facts.get('/en/news/a/')?.lastmod).toEqual(day('2024-04-02'));
    expect(facts.get('/reports/r/')?.lastmod).toEqual(day('2025-01-10'));
    const undated = [...facts].filter(([, f]) => f.lastmod).map(([url]) => url);
    expect(undated.sort()).toEqual(['/en/news/a/', '/news/a/', '/reports/r/']);
  });

  it('says how site search finds each page, in the language of its address', () => {
    expect(facts.get('/en/news/a/')).toMatchObject({
      locale: 'en',
      search: { type: 'news', date: day('2024-03-01') },
    });
    expect(facts.get('/reports/r/')?.search).toEqual({
      type: 'report',
      date: day('2025-01-10'),
      filters: { status: 'done' },
    });
    expect(facts.get('/services/s/')?.search).toEqual({ type: 'service', filters: { kind: 'metrology' } });
    expect(facts.get('/en/directives/1/')?.search).toEqual({ type: 'directive', date: day('2020-01-24') });
    expect(facts.get('/directives/2/')?.search).toEqual({ type: 'directive' });
    expect(facts.get('/regulations/law-1994/')?.search).toEqual({
      type: 'regulation',
      date: 1994,
      filters: { kind: 'law', status: 'unknown' },
    });
    for (const path of ['/services/', '/en/directives/', '/regulations/', '/hotline/'])
      expect(facts.get(path)?.search, path).toEqual({ type: 'page' });
    // Notices and the search page are not in site search.
    const unsearched = [...facts].filter(([, f]) => !f.search).map(([url]) => url);
    expect(unsearched.sort()).toEqual(notices.sort());
  });

  it('marks untranslated notices, the search pages and the translation lists noindex, with no date', () => {
    const noindex = [...facts].filter(([, f]) => f.noindex).map(([url]) => url);
    expect(noindex.sort()).toEqual(notices.sort());
    expect(facts.get('/en/news/b/')?.lastmod).toBeUndefined();
  });
});

describe("the preview's mark on items not live yet", () => {
  // 2026-05-19 20:00 in Ulaanbaatar: a day before the scheduled item's day begins there.
  const now = new Date('2026-05-19T12:00:00Z');
  const dated = (pubDate: string, draft?: boolean) => ({ data: { pubDate: day(pubDate), draft } });
  const preview = pageFacts(
    {
      newsPages: [
        { page: entry('mn', 'live', dated('2026-05-19')), path: '/news/live/' },
        { page: entry('mn', 'soon', dated('2026-05-20')), path: '/news/soon/' },
        { page: entry('en', 'held', dated('2026-01-01', true)), path: '/news/held/' },
      ],
      reportPages: [entry('mn', 'r', { data: { pubDate: day('2026-06-01'), status: 'done' } })],
      servicePages: [],
      standing: new Map(),
      directives: [],
      regulations: [],
      translationPages: [],
      libraryPages: [],
    },
    now,
  );

  it('says draft or scheduled with its day for those pages, nothing for live ones', () => {
    expect(preview.get('/news/live/')?.notLive).toBeUndefined();
    expect(preview.get('/news/soon/')?.notLive).toMatchObject({ state: 'scheduled', day: day('2026-05-20') });
    expect(preview.get('/en/news/held/')?.notLive).toMatchObject({ state: 'draft' });
    expect(preview.get('/reports/r/')?.notLive).toMatchObject({ state: 'scheduled', day: day('2026-06-01') });
    const marked = [...preview].filter(([, f]) => f.notLive).map(([url]) => url);
    expect(marked.sort()).toEqual(['/en/news/held/', '/news/soon/', '/reports/r/']);
  });
});
