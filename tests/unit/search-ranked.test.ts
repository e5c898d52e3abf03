import { describe, expect, it } from 'vitest';
import { queryParts, rankByParts, rarity } from '../../src/lib/search/ranked';
import { latinStems } from '../../src/lib/search/stem';

const hit = (id: string, score = 1) => ({ id, score, item: id });

describe('ranked matching', () => {
  it('weighs a part by how few pages have it', () => {
    expect(rarity(1, 100)).toBeGreaterThan(rarity(10, 100));
    expect(rarity(10, 100)).toBeGreaterThan(rarity(90, 100));
    expect(rarity(0, 100)).toBe(0);
  });

  it('keeps a page with the rare word above pages with only the common one, and says what each lacks', () => {
    // "rare" is on 2 of 100 pages, "common" on 60; no page has both.
    const common = Array.from({ length: 60 }, (_, i) => hit(`c${i}`, 5));
    const ranked = rankByParts(
      [],
      [
        { part: 'rare', hits: [hit('r1', 2), hit('r2', 1)] },
        { part: 'common', hits: common },
      ],
      100,
    );
    expect(ranked.slice(0, 2).map((h) => h.id)).toEqual(['r1', 'r2']);
    expect(ranked[0].missing).toEqual(['common']);
    expect(ranked[2].missing).toEqual(['rare']);
    expect(ranked).toHaveLength(62);
  });

  it('ranks a page with every part above one with the same rare part alone', () => {
    const ranked = rankByParts(
      [hit('both')],
      [
        { part: 'a', hits: [hit('only-a', 3), hit('both', 3)] },
        { part: 'b', hits: [hit('both', 1), hit('x', 1), hit('y', 1)] },
      ],
      50,
    );
    expect(ranked[0]).toMatchObject({ id: 'both', missing: [] });
    expect(ranked[1]).toMatchObject({ id: 'only-a', missing: ['b'] });
  });

  it('keeps a page found by all the words together though no part alone finds it there (a synonym)', () => {
    // "a b" is a synonym group's phrase: its own parts find only other pages.
    const ranked = rankByParts(
      [hit('synonym-page')],
      [
        { part: 'a', hits: [] },
        { part: 'b', hits: [hit('b1', 4), hit('b2', 4)] },
      ],
      50,
    );
    expect(ranked[0]).toMatchObject({ id: 'synonym-page', missing: [] });
    expect(ranked.map((h) => h.id)).toEqual(['synonym-page', 'b1', 'b2']);
  });

  it('keeps a number with its word and drops an ordinal marker after it', () => {
    expect(queryParts('6 дугаар үүрэг даалгавар')).toEqual(['6 үүрэг', 'даалгавар']);
    expect(queryParts('үүрэг даалгавар 6')).toEqual(['үүрэг', 'даалгавар 6']);
    expect(queryParts('зөвлөгөөн 2020')).toEqual(['зөвлөгөөн 2020']);
    expect(queryParts('2020')).toEqual(['2020']);
    expect(queryParts('жин жин шалгах')).toEqual(['жин', 'шалгах']);
  });
});

describe('Latin-typed endings', () => {
  it('offers the stems of a word typed with a Mongolian ending in Latin letters', () => {
    expect(latinStems('altny')).toContain('alt');
    expect(latinStems('tamgaluulah')).toContain('tamgal');
    expect(latinStems('jingee')).toContain('jin');
    expect(latinStems('ab')).toEqual([]);
  });
});
