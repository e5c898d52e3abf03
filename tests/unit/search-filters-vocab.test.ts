import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { mn } from '../../src/i18n/mn';
import { filterCounts, filterGroups, filterLabels } from '../../src/lib/search/filters';
import { searchFilterValues } from '../../src/lib/search/entry';
import { skeleton } from '../../src/lib/search/skeleton';
import { buildVocabulary, extendVocabulary } from '../../src/lib/search/vocabulary';

describe('the search page’s filters, from the pages’ search entries', () => {
  const counts = filterCounts([
    { type: 'regulation', date: 2019, filters: { kind: 'law' } },
    { type: 'news', date: new Date('2021-05-04T00:00:00Z'), filters: { kind: 'law' } },
    { type: 'page' },
  ]);

  it('gives each page its type, the year of its date (a year alone as it is) and its further filters', () => {
    expect(
      searchFilterValues({
        type: 'report',
        date: new Date('2022-12-10T00:00:00Z'),
        filters: { status: 'done' },
      }),
    ).toEqual([
      ['type', 'report'],
      ['year', '2022'],
      ['status', 'done'],
    ]);
    expect(searchFilterValues({ type: 'regulation', date: 1994 })).toEqual([
      ['type', 'regulation'],
      ['year', '1994'],
    ]);
  });

  it('counts the values the pages have', () => {
    expect(counts).toEqual({
      type: { regulation: 1, news: 1, page: 1 },
      year: { 2019: 1, 2021: 1 },
      kind: { law: 2 },
    });
  });

  it('groups them labelled, in the site’s order: types as the site lists them, years newest first', () => {
    const groups = filterGroups(counts, filterLabels(en, 'en'));
    expect(groups.map((g) => g.name)).toEqual(['type', 'kind', 'status', 'year']);
    expect(groups[0].values).toEqual([
      { value: 'news', label: en.searchTypes.news },
      { value: 'regulation', label: en.searchTypes.regulation },
      { value: 'page', label: en.searchTypes.page },
    ]);
    expect(groups[1].values).toEqual([{ value: 'law', label: en.regulationKinds.law }]);
    expect(groups[2].values).toEqual([]);
    expect(groups[3].values.map((v) => v.value)).toEqual(['2021', '2019']);
    expect(filterGroups(counts, filterLabels(mn, 'mn'))[1].values[0].label).toBe(mn.regulationKinds.law);
  });
});

describe('a vocabulary extended piece by piece', () => {
  it('is the vocabulary of all the words at once', () => {
    const pieces = [
      { стандарт: 3, стандартын: 5, хэмжил: 2 },
      { зөвлөгөөн: 1, зовлон: 4, хэмжих: 7 },
      { стандарт: 3, утас: 9 },
    ];
    const vocab = buildVocabulary(new Map(), skeleton);
    for (const p of pieces) extendVocabulary(vocab, new Map(Object.entries(p)));
    const all = buildVocabulary(new Map(pieces.flatMap((p) => Object.entries(p))), skeleton);
    expect(vocab.words).toEqual(all.words);
    expect(vocab.skeletons).toEqual(all.skeletons);
    expect(vocab.bySkeleton).toEqual(all.bySkeleton);
    expect(vocab.counts).toEqual(all.counts);
  });
});
