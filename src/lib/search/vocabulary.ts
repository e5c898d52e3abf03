import { skeleton } from './skeleton';

/** The Mongolian words on the site (built by the search-index integration), ready for look-ups. */
export interface Vocabulary {
  /** Sorted, unique. */
  words: string[];
  /** Sound key → the words that have it. */
  bySkeleton: Map<string, string[]>;
  /** Sorted sound keys, for prefix look-ups. */
  skeletons: string[];
}

export function buildVocabulary(list: readonly string[]): Vocabulary {
  const words = [...new Set(list.map((w) => w.toLowerCase()))].sort();
  const bySkeleton = new Map<string, string[]>();
  for (const word of words) {
    const key = skeleton(word);
    bySkeleton.set(key, [...(bySkeleton.get(key) ?? []), word]);
  }
  return { words, bySkeleton, skeletons: [...bySkeleton.keys()].sort() };
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
  return withPrefix(vocab.words, prefix).length > 0;
}

export function hasWord(vocab: Vocabulary, word: string): boolean {
  const i = lowerBound(vocab.words, word);
  return vocab.words[i] === word;
}

/** Words on the site whose sound key starts with the sound key of `typed`. */
export function soundsLike(vocab: Vocabulary, typed: string): string[] {
  const key = skeleton(typed);
  if (key.length < 3) return [];
  return withPrefix(vocab.skeletons, key).flatMap((k) => vocab.bySkeleton.get(k) ?? []);
}

/** Keep the shortest words only: a prefix search for "стандарт" already finds "стандартын". */
export function prefixReduce(words: readonly string[]): string[] {
  const kept: string[] = [];
  for (const w of [...new Set(words)].sort((a, b) => a.length - b.length || a.localeCompare(b))) {
    if (!kept.some((k) => w.startsWith(k))) kept.push(w);
  }
  return kept;
}
