import { describe, expect, it } from 'vitest';
import { replacedOnes } from '../../src/lib/regulation-graph';
import {
  facetCounts,
  libraryPages,
  selectionPath,
  type LibraryItem,
  type LibraryPage,
} from '../../src/lib/regulation-library';
import { regulationSchema } from '../../src/lib/schemas/regulations';
import { serviceSchema } from '../../src/lib/schemas/services';

function failingFields(
  schema: { safeParse: (d: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[] }[] } } },
  data: unknown,
) {
  const result = schema.safeParse(data);
  expect(result.success, 'fixture should be rejected').toBe(false);
  return result.error!.issues.map((i) => i.path.join('.'));
}

const service = {
  title: 'Have a measuring instrument verified',
  summary: 'The agency verifies measuring instruments.',
  category: 'verification-calibration',
  audience: 'People who use measuring instruments.',
  steps: ['Call 1800-2525.'],
  apply: [{ method: 'phone' }],
  legalBasis: ['law-on-metrology-2019'],
  reviewed: '2026-11-24',
};

const regulation = {
  kind: 'law',
  title: { mn: 'Хэмжил зүйн тухай хууль', en: 'Law on Metrology' },
  adopted: '2019-05-09',
  source: 'https://legalinfo.mn/law/details/14440',
  summary: { mn: 'Хууль.', en: 'A law.' },
};

describe('services schema', () => {
  it('accepts a service and leaves unknown fee, time and documents out', () => {
    const data = serviceSchema.parse(service);
    expect(data.fee).toBeUndefined();
    expect(data.processingTime).toBeUndefined();
    expect(data.documents).toEqual([]);
    expect(data.keywords).toEqual([]);
    expect(serviceSchema.parse({ ...service, keywords: ['gold', 'silver'] }).keywords).toEqual([
      'gold',
      'silver',
    ]);
  });

  it.each([
    ['a bad category', { ...service, category: 'taxes' }, 'category'],
    ['a missing title', { ...service, title: undefined }, 'title'],
    ['a summary of two sentences', { ...service, summary: 'One. Two.' }, 'summary'],
    ['no steps', { ...service, steps: [] }, 'steps'],
    ['an online way without a link', { ...service, apply: [{ method: 'online' }] }, 'apply.0.url'],
    ['a legal basis that is not a slug', { ...service, legalBasis: ['Law on Metrology'] }, 'legalBasis.0'],
    ['no review date', { ...service, reviewed: undefined }, 'reviewed'],
    ['an empty keyword', { ...service, keywords: ['gold', ' '] }, 'keywords.1'],
    ['a keyword twice', { ...service, keywords: ['gold', 'Gold'] }, 'keywords'],
    ['keywords as one text', { ...service, keywords: 'gold, silver' }, 'keywords'],
  ])('rejects %s, naming the field', (_case, data, field) => {
    expect(failingFields(serviceSchema, data)).toContain(field);
  });
});

describe('regulations schema', () => {
  it('accepts a full date or a year alone', () => {
    expect(regulationSchema.parse(regulation).adopted).toEqual(new Date('2019-05-09'));
    expect(regulationSchema.parse({ ...regulation, adopted: 2016 }).adopted).toBe(2016);
  });

  it('takes keywords in both languages, or none', () => {
    expect(regulationSchema.parse(regulation).keywords).toBeUndefined();
    const keywords = { mn: ['архи'], en: ['alcohol', 'liquor'] };
    expect(regulationSchema.parse({ ...regulation, keywords }).keywords).toEqual(keywords);
  });

  it.each([
    ['an unknown kind', { ...regulation, kind: 'decree' }, 'kind'],
    ['a missing English title', { ...regulation, title: { mn: 'x' } }, 'title.en'],
    ['a source off the official sites', { ...regulation, source: 'https://example.com/law' }, 'source'],
    ['a source over http', { ...regulation, source: 'http://legalinfo.mn/law/details/1' }, 'source'],
    ['"replaced" without what replaced it', { ...regulation, status: 'replaced' }, 'replacedBy'],
    ['replacedBy without status "replaced"', { ...regulation, replacedBy: 'other-law' }, 'replacedBy'],
    ['an unknown status', { ...regulation, status: 'valid' }, 'status'],
    ['a directive that does not exist', { ...regulation, relatedDirectives: [11] }, 'relatedDirectives.0'],
    ['keywords in one language only', { ...regulation, keywords: { en: ['alcohol'] } }, 'keywords.mn'],
    ['an empty keyword', { ...regulation, keywords: { mn: [''], en: ['alcohol'] } }, 'keywords.mn.0'],
    ['keywords not per language', { ...regulation, keywords: ['alcohol'] }, 'keywords'],
  ])('rejects %s, naming the field', (_case, data, field) => {
    expect(failingFields(regulationSchema, data)).toContain(field);
  });
});

describe('replacements', () => {
  it('find what each regulation replaced', () => {
    const map = replacedOnes([
      { slug: 'old', replacedBy: 'new' },
      { slug: 'older', replacedBy: 'new' },
      { slug: 'new' },
    ]);
    expect(map.get('new')?.map((r) => r.slug)).toEqual(['old', 'older']);
  });
});

describe('the library pages', () => {
  const items: LibraryItem[] = [
    { slug: 'a', kind: 'law', status: 'replaced', year: 1994, time: Date.UTC(1994, 11, 22) },
    { slug: 'b', kind: 'law', status: 'unknown', year: 2019, time: Date.UTC(2019, 4, 9) },
    { slug: 'c', kind: 'order', status: 'unknown', year: 2014, time: Date.UTC(2014, 11, 9) },
  ];

  it('count each facet value', () => {
    expect(facetCounts(items)).toEqual({
      kind: [
        ['law', 2],
        ['order', 1],
      ],
      status: [
        ['replaced', 1],
        ['unknown', 2],
      ],
      year: [
        ['2019', 1],
        ['2014', 1],
        ['1994', 1],
      ],
    });
  });

  const paths = (pages: LibraryPage[]) => pages.map((p) => p.path);
  const byPath = (pages: LibraryPage[], path: string) => pages.find((p) => p.path === path)!;

  it('list everything both ways, then every combination of filters that lists something, newest first', () => {
    const pages = libraryPages(items);
    expect(paths(pages)).toEqual([
      '/regulations/',
      '/regulations/oldest/',
      '/regulations/kind/law/',
      '/regulations/kind/order/',
      '/regulations/status/replaced/',
      '/regulations/status/unknown/',
      '/regulations/year/2019/',
      '/regulations/year/2014/',
      '/regulations/year/1994/',
      '/regulations/kind/law/status/replaced/',
      '/regulations/kind/law/status/unknown/',
      '/regulations/kind/order/status/unknown/',
      '/regulations/kind/law/year/2019/',
      '/regulations/kind/law/year/1994/',
      '/regulations/kind/order/year/2014/',
      '/regulations/status/replaced/year/1994/',
      '/regulations/status/unknown/year/2019/',
      '/regulations/status/unknown/year/2014/',
      '/regulations/kind/law/status/replaced/year/1994/',
      '/regulations/kind/law/status/unknown/year/2019/',
      '/regulations/kind/order/status/unknown/year/2014/',
    ]);
    expect(pages[0].items.map((i) => i.slug)).toEqual(['b', 'c', 'a']);
    expect(pages[1].items.map((i) => i.slug)).toEqual(['a', 'c', 'b']);
    expect(byPath(pages, '/regulations/status/unknown/').items.map((i) => i.slug)).toEqual(['b', 'c']);
    expect(byPath(pages, '/regulations/kind/law/status/unknown/').items.map((i) => i.slug)).toEqual(['b']);
  });

  it('offer from a listing only values that keep its other filters and list something, with their counts', () => {
    const pages = libraryPages(items);
    const lawUnknown = byPath(pages, '/regulations/kind/law/status/unknown/');
    expect(lawUnknown.selection).toEqual({ kind: 'law', status: 'unknown' });
    // Changing the kind keeps "unknown"; changing the status keeps "law"; a year keeps both.
    expect(lawUnknown.filters.kind).toEqual({
      all: '/regulations/status/unknown/',
      options: [
        { value: 'law', count: 1, path: '/regulations/kind/law/status/unknown/' },
        { value: 'order', count: 1, path: '/regulations/kind/order/status/unknown/' },
      ],
    });
    expect(lawUnknown.filters.status).toEqual({
      all: '/regulations/kind/law/',
      options: [
        { value: 'replaced', count: 1, path: '/regulations/kind/law/status/replaced/' },
        { value: 'unknown', count: 1, path: '/regulations/kind/law/status/unknown/' },
      ],
    });
    expect(lawUnknown.filters.year).toEqual({
      all: '/regulations/kind/law/status/unknown/',
      options: [{ value: '2019', count: 1, path: '/regulations/kind/law/status/unknown/year/2019/' }],
    });
    // The whole library offers every value, counted over everything.
    expect(pages[0].filters.kind.options.map((o) => [o.value, o.count])).toEqual([
      ['law', 2],
      ['order', 1],
    ]);
    // Every option and every "all" leads to a listing the library makes.
    const made = new Set(paths(pages));
    const offered = pages.flatMap((p) =>
      Object.values(p.filters).flatMap((f) => [f.all, ...f.options.map((o) => o.path)]),
    );
    expect(offered.filter((path) => !made.has(path))).toEqual([]);
  });

  it('make one address per combination, its filters in a fixed order', () => {
    expect(selectionPath({ year: '2019', kind: 'law' })).toBe('/regulations/kind/law/year/2019/');
    expect(selectionPath({})).toBe('/regulations/');
  });
});
