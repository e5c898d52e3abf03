import { skeleton } from './skeleton';
import { minKeyLength } from './pieces';
import { bestCorrection, minTypoLength, oneEdit } from './typo';

/**
 * Words of one language's pages (all of them, or the pieces loaded so far: see pieces.ts), ready
 * for look-ups. Every look-up first names the key prefix it reads; when `covers` says that part is
 * not loaded, the prefix goes to `missing` and the caller loads those pieces and asks again.
 */
export interface Vocabulary {
  /** Sorted, unique. */
  words: string[];
  /** Key (sound key for Mongolian) → the words that have it. */
  bySkeleton: Map<string, string[]>;
  /** Sorted keys, for prefix look-ups. */
  skeletons: string[];
  /** How often each word occurs on the site (1 when not known). */
  counts: Map<string, number>;
  keyOf: (word: string) => string;
  covers?: (keyPrefix: string) => boolean;
  missing: Set<string>;
}

export function buildVocabulary(
  list: readonly string[] | ReadonlyMap<string, number>,
  keyOf: (word: string) => string = skeleton,
  covers?: (keyPrefix: string) => boolean,
): Vocabulary {
  const counts = new Map<string, number>(
    Array.isArray(list) ? list.map((w) => [w.toLowerCase(), 1]) : (list as ReadonlyMap<string, number>),
  );
  const words = [...counts.keys()].sort();
  const bySkeleton = new Map<string, string[]>();
  for (const word of words) {
    const key = keyOf(word);
    const same = bySkeleton.get(key);
    if (same) same.push(word);
    else bySkeleton.set(key, [word]);
  }
  const skeletons = [...bySkeleton.keys()].sort();
  return { words, bySkeleton, skeletons, counts, keyOf, covers, missing: new Set() };
}

/** Two sorted lists as one sorted list. */
function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i] <= b[j] ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/**
 * Add words (a piece that has just arrived) to a vocabulary in place: only the new words are keyed
 * and sorted, then merged in, so that a page that has loaded many pieces does not key and sort
 * them all again for every query (tens of milliseconds at 10,000 pages). The result is the same as
 * building the vocabulary from all the words at once.
 */
export function extendVocabulary(vocab: Vocabulary, more: ReadonlyMap<string, number>): void {
  const fresh: string[] = [];
  for (const [word, count] of more) {
    if (!vocab.counts.has(word)) fresh.push(word);
    vocab.counts.set(word, count);
  }
  if (!fresh.length) return;
  fresh.sort();
  const newKeys: string[] = [];
  for (const word of fresh) {
    const key = vocab.keyOf(word);
    const same = vocab.bySkeleton.get(key);
    if (same) {
      same.push(word);
      same.sort();
    } else {
      vocab.bySkeleton.set(key, [word]);
      newKeys.push(key);
    }
  }
  vocab.words = mergeSorted(vocab.words, fresh);
  vocab.skeletons = mergeSorted(vocab.skeletons, newKeys.sort());
}

/**
 * Record that a look-up reads the words whose key starts with `prefix`. A key shorter than a
 * piece's name would read many pieces: such look-ups (words like "аа") find nothing instead.
 */
function reads(vocab: Vocabulary, prefix: string): boolean {
  if (prefix.length < minKeyLength) return false;
  if (vocab.covers && !vocab.covers(prefix)) vocab.missing.add(prefix);
  return true;
}

/** Index of the first item not less than `value` in a sorted list. */
function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items of a sorted list that start with `prefix`. */
function withPrefix(sorted: readonly string[], prefix: string): string[] {
  const out: string[] = [];
  for (let i = lowerBound(sorted, prefix); i < sorted.length && sorted[i].startsWith(prefix); i++)
    out.push(sorted[i]);
  return out;
}

/** Whether some word on the site starts with `prefix` (Pagefind matches query words as prefixes). */
export function hasPrefix(vocab: Vocabulary, prefix: string): boolean {
  return reads(vocab, vocab.keyOf(prefix)) && withPrefix(vocab.words, prefix).length > 0;
}

export function hasWord(vocab: Vocabulary, word: string): boolean {
  return reads(vocab, vocab.keyOf(word)) && vocab.words[lowerBound(vocab.words, word)] === word;
}

/** Words on the site whose sound key starts with the sound key of `typed`. */
export function soundsLike(vocab: Vocabulary, typed: string): string[] {
  const key = vocab.keyOf(typed);
  if (key.length < 3) return [];
  reads(vocab, key);
  return withPrefix(vocab.skeletons, key).flatMap((k) => vocab.bySkeleton.get(k) ?? []);
}

/**
 * The site's word that `typed` (not on the site) is one typo away from: as written, or by sound
 * key (so Latin-typed Mongolian is corrected too). It reads only the pieces under the key's first
 * two letters, which must be right: a typo there would need many pieces.
 */
export function typoCorrection(vocab: Vocabulary, typed: string): string | undefined {
  const key = vocab.keyOf(typed);
  if ([...typed].length < minTypoLength || key.length < minKeyLength + 1) return undefined;
  const head = key.slice(0, minKeyLength);
  reads(vocab, head);
  const candidates = withPrefix(vocab.skeletons, head)
    .filter((k) => Math.abs(k.length - key.length) <= 1 && (k === key || oneEdit(key, k)))
    .flatMap((k) => vocab.bySkeleton.get(k) ?? [])
    .filter((word) => word !== typed)
    .map((word) => ({ word, count: vocab.counts.get(word) ?? 1, written: oneEdit(typed, word) }))
    .filter((c) => c.written || vocab.keyOf(c.word) !== key);
  return bestCorrection(candidates);
}

/** Keep the shortest words only: a prefix search for "стандарт" already finds "стандартын". */
export function prefixReduce(words: readonly string[]): string[] {
  const kept: string[] = [];
  for (const w of [...new Set(words)].sort((a, b) => a.length - b.length || a.localeCompare(b))) {
    if (!kept.some((k) => w.startsWith(k))) kept.push(w);
  }
  return kept;
}
