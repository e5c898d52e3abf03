/**
 * Typo tolerance: a word typed with one letter wrong, missing, extra, or two neighbours swapped
 * is read as a word the site has. Only words of `minTypoLength` letters or more, and only when the
 * word as typed is not on the site: a short word has too many neighbours to guess from.
 */
export const minTypoLength = 5;

/** Whether `a` becomes `b` by exactly one substitution, deletion, insertion or swap of neighbours. */
export function oneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  const [x, y] = [[...a], [...b]];
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const rest = (p: string[], from: number) => p.slice(from).join('');
  if (x.length === y.length) {
    if (rest(x, i + 1) === rest(y, i + 1)) return true; // substitution
    return x[i] === y[i + 1] && x[i + 1] === y[i] && rest(x, i + 2) === rest(y, i + 2); // swap
  }
  // One letter more in the longer word at the first difference.
  return x.length > y.length ? rest(x, i + 1) === rest(y, i) : rest(x, i) === rest(y, i + 1);
}

/** A word the site has and how it was found, for choosing among corrections. */
interface TypoCandidate {
  word: string;
  /** How often it occurs on the site. */
  count: number;
  /** One edit away as written (not only by its sound key). */
  written: boolean;
}

/**
 * The best correction among candidates that are one edit away (by sound key or as written): one
 * edit as written beats one edit of the sound key, then the more frequent word, then the
 * alphabetical first, so the choice never depends on the order of the pieces.
 */
export function bestCorrection(candidates: readonly TypoCandidate[]): string | undefined {
  return [...candidates].sort(
    (a, b) => Number(b.written) - Number(a.written) || b.count - a.count || a.word.localeCompare(b.word),
  )[0]?.word;
}
