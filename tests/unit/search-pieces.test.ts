import { describe, expect, it } from 'vitest';
import { groupByHead, headOf, piecesFor, splitPieces } from '../../src/lib/search/pieces';
import { skeleton } from '../../src/lib/search/skeleton';

const counts = (words: Record<string, number>) => new Map(Object.entries(words));

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

  it('names exactly the pieces holding a word whose key starts with the prefix, for any prefix', () => {
    const keys = [...pieces].map(([name, piece]) => [name, Object.keys(piece).map(skeleton)] as const);
    const sample = [...big.keys()].filter((_, i) => i % 2999 === 0).map(skeleton);
    const prefixes = new Set([
      ...sample.flatMap((k) => [1, 2, 3, 4, 6].map((n) => k.slice(0, n))),
      ...names.filter((_, i) => i % 4 === 0),
    ]);
    for (const prefix of prefixes) {
      const holding = keys.filter(([, ks]) => ks.some((k) => k.startsWith(prefix))).map(([n]) => n);
      expect(piecesFor(names, prefix).sort(), prefix).toEqual(holding.sort());
    }
  });

  it('orders a piece most frequent first, and a small list stays in two-letter pieces', () => {
    const small = splitPieces(counts({ стандарт: 1, стандартын: 5, хэмжил: 2 }), skeleton);
    expect([...small.keys()].sort()).toEqual(['he', 'st']);
    expect(Object.keys(small.get('st')!)).toEqual(['стандартын', 'стандарт']);
  });

  it('lists the pieces by head: the list under each head names what a look-up under it reads, and stays small', () => {
    const heads = groupByHead(names);
    expect([...heads.values()].flat().sort()).toEqual([...names].sort());
    // The manifest lists heads only: at most the alphabet squared, however many words.
    expect(heads.size).toBeLessThanOrEqual(36 * 36);
    for (const list of heads.values())
      expect(new TextEncoder().encode(JSON.stringify(list)).length).toBeLessThanOrEqual(8 * 1024);
    const sample = [...big.keys()].filter((_, i) => i % 4999 === 0).map(skeleton);
    for (const key of sample.flatMap((k) => [2, 3, 5].map((n) => k.slice(0, n))))
      expect(piecesFor(heads.get(headOf(key)) ?? [], key).sort(), key).toEqual(piecesFor(names, key).sort());
  });
});
