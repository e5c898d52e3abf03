/**
 * The site's word lists in pieces, so that a query fetches only the words it can need and never a
 * file that grows with the whole site. A word goes in the piece named by the first letters of its
 * key (the sound key, src/lib/search/skeleton.ts, for Mongolian; the word itself for English):
 * two letters at first, and one letter more for a piece that would exceed the size cap.
 */

import { skeleton } from './skeleton';

/** The key a language's pieces are named by: the sound key for Mongolian, the word for English. */
export const pieceKeys: Record<string, (word: string) => string> = { mn: skeleton, en: (w) => w };

/** Word → how often it occurs on the site (ranks typo corrections). */
export type Piece = Record<string, number>;

/** The shortest piece name: one letter would put a sixth of the site in one piece. */
export const minKeyLength = 2;
/** Largest piece, in bytes of its JSON (about 400 Mongolian words; 2–3 KB compressed). */
const pieceCap = 8 * 1024;

/**
 * What the build writes to /search-words/manifest.json: each language's heads, the first
 * `minKeyLength` letters that keys start with (at most the alphabet squared, whatever the size of
 * the site). The names of the pieces under a head are in `/search-words/heads/{lang}/{head}.json`,
 * fetched when a look-up reads that head: no file lists every piece.
 */
export interface PieceManifest {
  minKeyLength: number;
  heads: Record<string, string[]>;
  /**
   * The heads that are one piece named as the head (most, on a site of hundreds of pages): their
   * list of names is known without fetching it, which saves a request per word typed.
   */
  single?: Record<string, string[]>;
}

/** The head a piece name or key prefix is listed under. */
export const headOf = (name: string, minKey = minKeyLength) => name.slice(0, minKey);

/** Piece names grouped by head, each group sorted (the build writes one file per head). */
export function groupByHead(names: Iterable<string>, minKey = minKeyLength): Map<string, string[]> {
  const heads = new Map<string, string[]>();
  for (const name of [...names].sort()) {
    const head = headOf(name, minKey);
    const group = heads.get(head);
    if (group) group.push(name);
    else heads.set(head, [name]);
  }
  return heads;
}

const bytes = (piece: Piece) => new TextEncoder().encode(JSON.stringify(piece)).length;

/**
 * Split counted words into pieces. A piece over `cap` is split by one more letter of the key; the
 * words whose whole key is the piece's name stay in it. Every word lands in exactly one piece: the
 * one with the longest name its key starts with.
 */
export function splitPieces(
  counts: ReadonlyMap<string, number>,
  keyOf: (word: string) => string,
  cap = pieceCap,
  minKey = minKeyLength,
): Map<string, Piece> {
  const out = new Map<string, Piece>();
  const place = (name: string, words: [string, string][]) => {
    // Most frequent first, so a piece reads as a frequency list.
    const piece = (list: [string, string][]) =>
      Object.fromEntries(
        list.map(([w]): [string, number] => [w, counts.get(w)!]).sort((a, b) => b[1] - a[1]),
      );
    const all = piece(words);
    const longer = words.filter(([, k]) => k.length > name.length);
    if (bytes(all) <= cap || longer.length === 0) return void out.set(name, all);
    const own = words.filter(([, k]) => k.length <= name.length);
    if (own.length) out.set(name, piece(own));
    for (const [sub, group] of groupBy(longer, name.length + 1)) place(sub, group);
  };
  const keyed: [string, string][] = [...counts.keys()].map((w) => [w, keyOf(w)]);
  for (const [name, group] of groupBy(
    keyed.filter(([, k]) => k.length > 0),
    minKey,
  ))
    place(name, group);
  return out;
}

function groupBy(words: [string, string][], length: number): Map<string, [string, string][]> {
  const groups = new Map<string, [string, string][]>();
  for (const entry of words) {
    const name = entry[1].slice(0, length);
    const group = groups.get(name);
    if (group) group.push(entry);
    else groups.set(name, [entry]);
  }
  return groups;
}

/** Piece names sorted, and which of them hold a range of keys; worked out once per list. */
const indexes = new WeakMap<readonly string[], { sorted: string[]; ranges: Set<string> }>();
function indexOf(names: readonly string[], minKey: number) {
  let index = indexes.get(names);
  if (!index) {
    const sorted = [...names].sort();
    // A name is a range unless a longer name starts with it (then the next name in order does).
    const ranges = new Set(
      sorted.filter((n, i) => n.length >= minKey && !(sorted[i + 1] ?? '').startsWith(n)),
    );
    index = { sorted, ranges };
    indexes.set(names, index);
  }
  return index;
}

/**
 * The pieces that hold every word whose key starts with `prefix`: those named by a longer key that
 * starts with it, and the one with the longest name the prefix itself starts with (a name that is
 * part of a longer name, or shorter than `minKey`, holds only words whose whole key it is). Called
 * for every look-up, so it works on a sorted copy of the names (a few hundred at 10,000 pages).
 */
export function piecesFor(names: readonly string[], prefix: string, minKey = minKeyLength): string[] {
  if (!prefix) return [...names];
  const { sorted, ranges } = indexOf(names, minKey);
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  const below: string[] = [];
  for (let i = lo; i < sorted.length && sorted[i].startsWith(prefix); i++)
    if (sorted[i] !== prefix) below.push(sorted[i]);
  for (let length = prefix.length; length > 0; length--) {
    const name = prefix.slice(0, length);
    const isName = length === prefix.length ? sorted[lo] === name : ranges.has(name);
    if (isName) return [name, ...below];
  }
  return below;
}
