import { describe, expect, it } from 'vitest';
import { expandQuery } from '../../src/lib/search/expand';
import { piecesFor, splitPieces } from '../../src/lib/search/pieces';
import { rerankByTitle, titleScore } from '../../src/lib/search/rank';
import { skeleton } from '../../src/lib/search/skeleton';
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
    [mn, 'стаандарт'.replace('аа', 'а') + 'ы', 'стандарт'], // extra letter at the end
    [mn, 'зөвлөгөн', 'зөвлөгөөн'],
    [mn, 'хэмжилл'.slice(0, 5) + 'д', 'хэмжил'], // хэмжид: а letter wrong
    [mn, 'standrat', 'стандарт'], // Latin-typed, one letter swapped
  ])('%s', (vocab, typed, fixed) => {
    expect(typoCorrection(vocab, typed)).toBe(fixed);
  });

  it.each([
    [en, 'lwa'], // under five letters
    [en, 'hotln'.slice(0, 4)],
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

  it('re-ranks only the first few, which the page loads anyway', () => {
    const items = [news, news, act, law];
    expect(rerankByTitle(['law on metrology'], items, (x) => x, 2)).toEqual(items);
    expect(rerankByTitle(['law on metrology'], items, (x) => x, 4)[0]).toBe(law);
  });
});

describe('word lists in pieces', () => {
  // A large synthetic vocabulary: 100,000 forms from Mongolian-like syllables.
  const syllables = [
    'ба',
    'га',
    'да',
    'ла',
    'ма',
    'на',
    'са',
    'та',
    'хэ',
    'мж',
    'ил',
    'үй',
    'өө',
    'ст',
    'ан',
    'ар',
  ];
  const big = new Map<string, number>();
  for (let i = 0; big.size < 100_000; i++) {
    let word = '';
    for (let n = i, k = 0; k < 3 || n > 0; k++, n = Math.floor(n / syllables.length))
      word += syllables[n % syllables.length];
    big.set(word, 1 + (i % 17));
  }
  const pieces = splitPieces(big, skeleton);
  const names = [...pieces.keys()];

  it('puts every word in exactly one piece, the longest name its key starts with', () => {
    const seen = new Map<string, number>();
    const named = new Set(names);
    const misplaced: string[] = [];
    for (const [name, piece] of pieces)
      for (const word of Object.keys(piece)) {
        seen.set(word, (seen.get(word) ?? 0) + 1);
        const key = skeleton(word);
        const longer = [...Array(key.length - name.length).keys()].some((i) =>
          named.has(key.slice(0, name.length + 1 + i)),
        );
        if (!key.startsWith(name) || longer) misplaced.push(`${word} in ${name}`);
      }
    expect(misplaced).toEqual([]);
    expect(seen.size).toBe(big.size);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
  });

  it('keeps every piece under the cap', () => {
    const sizes = [...pieces.values()].map((p) => new TextEncoder().encode(JSON.stringify(p)).length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(8 * 1024);
    expect(pieces.size).toBeGreaterThan(100);
  });

  it('names for a look-up only the pieces that can hold its words', () => {
    const key = skeleton('хэмжилбаг');
    const wanted = piecesFor(names, key);
    expect(wanted.length).toBe(1);
    const holding = names.filter((n) => Object.keys(pieces.get(n)!).some((w) => skeleton(w).startsWith(key)));
    expect(holding.every((n) => wanted.includes(n))).toBe(true);
    // A shorter prefix needs more pieces, each of them holding words that start with it.
    const short = piecesFor(names, 'hem');
    expect(short.length).toBeGreaterThan(1);
    expect(short.length).toBeLessThan(names.length / 10);
    for (const name of short)
      expect(Object.keys(pieces.get(name)!).some((w) => skeleton(w).startsWith('hem'))).toBe(true);
  });

  it('orders a piece most frequent first, and a small list stays in two-letter pieces', () => {
    const small = splitPieces(counts({ стандарт: 1, стандартын: 5, хэмжил: 2 }), skeleton);
    expect([...small.keys()].sort()).toEqual(['he', 'st']);
    expect(Object.keys(small.get('st')!)).toEqual(['стандартын', 'стандарт']);
  });
});
