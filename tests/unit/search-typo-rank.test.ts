import { describe, expect, it } from 'vitest';
import { expandQuery } from '../../src/lib/search/expand';
import { rerankByTitle, titleScore } from '../../src/lib/search/rank';
import { oneEdit } from '../../src/lib/search/typo';
import { buildVocabulary, typoCorrection } from '../../src/lib/search/vocabulary';

const counts = (words: Record<string, number>) => new Map(Object.entries(words));
const mn = buildVocabulary(
  counts({
    стандарт: 40,
    стандартын: 12,
    хэмжил: 30,
    хэмжээ: 50,
    зөвлөгөөн: 9,
    хууль: 20,
    баталгаажуулалт: 8,
  }),
);
const en = buildVocabulary(
  counts({ hotline: 12, metrology: 30, law: 25, verification: 9, standard: 40, standards: 10 }),
  (w) => w,
);

describe('one edit: substitution, deletion, insertion, transposition', () => {
  it.each([
    ['hotlime', 'hotline', true], // substitution
    ['hotlne', 'hotline', true], // a letter missing
    ['hotlinne', 'hotline', true], // a letter extra
    ['hotilne', 'hotline', true], // neighbours swapped
    ['стандрат', 'стандарт', true],
    ['hotline', 'hotline', false], // no edit
    ['hotlnei', 'hotline', false], // two edits
    ['htolnie', 'hotline', false],
    ['hot', 'hotline', false],
  ])('%s → %s: %s', (a, b, expected) => {
    expect(oneEdit(a, b)).toBe(expected);
    expect(oneEdit(b, a)).toBe(expected);
  });
});

describe('typo corrections from the site’s own words', () => {
  it.each([
    [en, 'hotlime', 'hotline'],
    [en, 'hotlne', 'hotline'],
    [en, 'hotlinne', 'hotline'],
    [en, 'hotilne', 'hotline'],
    [en, 'metrolgy', 'metrology'],
    [en, 'verificaton', 'verification'],
    [mn, 'стандрат', 'стандарт'],
    [mn, 'стандат', 'стандарт'],
    [mn, 'стандартх', 'стандарт'], // a letter extra at the end
    [mn, 'зөвлөгөн', 'зөвлөгөөн'],
    [mn, 'хэмжид', 'хэмжил'], // a letter wrong
    [mn, 'standrat', 'стандарт'], // Latin-typed, one letter swapped
  ])('%s', (vocab, typed, fixed) => {
    expect(typoCorrection(vocab, typed)).toBe(fixed);
  });

  it.each([
    [en, 'lwa'], // under five letters
    [en, 'hotl'],
    [mn, 'хуль'],
    [en, 'xyzzyq'], // nothing one edit away
  ])('%s: %s is not corrected', (vocab, typed) => {
    expect(typoCorrection(vocab, typed)).toBeUndefined();
  });

  it('prefers one edit as written, then the more frequent word', () => {
    // хэмжл is one edit from хэмжил as written; by sound key (hemjl) also from хэмжээ (hemje).
    expect(typoCorrection(mn, 'хэмжлх')).toBeUndefined();
    const v = buildVocabulary(counts({ хэмжил: 1, хэмжээ: 99 }));
    expect(typoCorrection(v, 'хэмжл')).toBe('хэмжил');
    const w = buildVocabulary(counts({ standards: 1, standard: 99 }), (x) => x);
    expect(typoCorrection(w, 'standarx')).toBe('standard');
  });

  it('does not correct a word that is on the site (or starts one), and marks a corrected query', () => {
    expect(expandQuery('hotline', en, 4, 'en')).toEqual([{ query: 'hotline', weight: 1 }]);
    expect(expandQuery('standar', en, 4, 'en')).toEqual([{ query: 'standar', weight: 1 }]);
    expect(expandQuery('стандарт', mn)).toEqual([{ query: 'стандарт', weight: 1 }]);
    expect(expandQuery('metrolgy law', en, 4, 'en')[1]).toEqual({
      query: 'metrology law',
      weight: 0.75,
      corrected: true,
    });
    expect(expandQuery('стандрат', mn).map((v) => v.query)).toEqual(['стандрат', 'стандарт']);
  });
});

describe('title re-rank (pure, over plain arrays)', () => {
  const law = { title: 'Law on Metrology (revised)' };
  const act = { title: 'Law on the Procedure for Implementing the Law on Metrology' };
  const news = { title: 'Sector managers conference' };
  const order = { title: 'Order of the head of the agency', number: 'А/384' };
  const mnLaw = { title: 'Хэмжил зүйн тухай хууль (шинэчилсэн найруулга)' };
  const mnAct = { title: 'Хэмжил зүйн тухай хуулийг дагаж мөрдөх журмын тухай хууль' };

  it.each([
    ['Law on Metrology', law, 3], // the title, without its parenthesis
    ['law on metrology', act, 1 + 5 / 10], // every query word; half the title's words
    ['metrology', news, 0],
    ['A/384', order, 3], // the number, typed with a Latin A
    ['а/384', order, 3],
    ['Хэмжил зүйн тухай хууль', mnLaw, 3],
  ])('%s scores %s at %d', (query, item, score) => {
    expect(titleScore(query, item)).toBeCloseTo(score);
  });

  it.each([
    ['Law on Metrology', [act, news, law], [law, act, news]],
    ['Хэмжил зүйн тухай хууль', [mnAct, mnLaw], [mnLaw, mnAct]],
    ['A/384', [news, act, order], [order, news, act]],
    // Nothing matches a title: Pagefind's order stands.
    ['calibration', [news, act, law], [news, act, law]],
  ])('%s puts the best title first', (query, items, expected) => {
    expect(rerankByTitle([query], items, (x) => x)).toEqual(expected);
  });

  it('puts an act in force before a replaced one that matches as well, and after one that matches better', () => {
    const old = { title: 'Law on Standardization and Conformity Assessment', superseded: true };
    const current = {
      title: 'Law on Standardization, Technical Regulation and Accreditation of Conformity Assessment',
    };
    expect(rerankByTitle(['standardization law'], [old, news, current], (x) => x)).toEqual([
      current,
      old,
      news,
    ]);
    // Typed as its title, the replaced act is still found first.
    const exact = 'Law on Standardization and Conformity Assessment';
    expect(rerankByTitle([exact], [current, old], (x) => x)).toEqual([old, current]);
  });

  it('re-ranks only the first few, which the page loads anyway', () => {
    const items = [news, news, act, law];
    expect(rerankByTitle(['law on metrology'], items, (x) => x, 2)).toEqual(items);
    expect(rerankByTitle(['law on metrology'], items, (x) => x, 4)[0]).toBe(law);
  });
});
