import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { mn } from '../../src/i18n/mn';
import {
  countPageFilters,
  filterLabels,
  writeFilters,
  type FilterCounts,
} from '../../src/lib/search/filters';
import { skeleton } from '../../src/lib/search/skeleton';
import { buildVocabulary, extendVocabulary } from '../../src/lib/search/vocabulary';

const page = `<main data-pagefind-body><span hidden data-pagefind-filter="type:regulation"></span>
<span hidden data-pagefind-filter="year:2019"></span><span hidden data-pagefind-filter="kind:law"></span></main>`;
const searchPage = `<details id="search-filters" hidden><fieldset id="filter-type" hidden>
<legend>Type</legend></fieldset><fieldset id="filter-kind" hidden><legend>Kind</legend></fieldset>
<fieldset id="filter-status" hidden><legend>Status</legend></fieldset>
<fieldset id="filter-year" hidden><legend>Year</legend></fieldset></details>`;

describe('filter values written into the search page at build time', () => {
  const counts: FilterCounts = {};
  countPageFilters(counts, page);
  countPageFilters(counts, page.replace('2019', '2021').replace('regulation', 'news'));

  it('counts the values the pages give Pagefind', () => {
    expect(counts).toEqual({
      type: { regulation: 1, news: 1 },
      year: { 2019: 1, 2021: 1 },
      kind: { law: 2 },
    });
  });

  it('writes a labelled checkbox per value, in the site’s order, and shows only groups with values', () => {
    const html = writeFilters(searchPage, counts, filterLabels(en, 'en'));
    expect(html).toContain(
      `<fieldset id="filter-type">\n<legend>Type</legend><label><input type="checkbox" name="type" value="news"> ${en.searchTypes.news}</label><label><input type="checkbox" name="type" value="regulation"> ${en.searchTypes.regulation}</label></fieldset>`,
    );
    expect(html).toMatch(
      /value="2021">[^<]*<\/label><label><input type="checkbox" name="year" value="2019">/,
    );
    expect(html).toContain(`value="law"> ${en.regulationKinds.law}</label>`);
    expect(html).toContain('<fieldset id="filter-status" hidden>');
    // The disclosure stays hidden until the script runs: without it the page cannot search.
    expect(html).toContain('<details id="search-filters" hidden>');
    expect(writeFilters(searchPage, counts, filterLabels(mn, 'mn'))).toContain(
      `> ${mn.regulationKinds.law}</label>`,
    );
  });

  it('fails the build when the page has no group for a value', () => {
    expect(() => writeFilters('<main></main>', counts, filterLabels(en, 'en'))).toThrow(/type/);
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
