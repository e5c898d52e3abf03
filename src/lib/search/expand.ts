import { hasCyrillic, isLatinWord, normalizeQuery } from './normalize';
import { latinStems, stems } from './stem';
import { minTypoLength } from './typo';
import { hasPrefix, hasWord, prefixReduce, soundsLike, typoCorrection, type Vocabulary } from './vocabulary';

/** A query string to send to Pagefind, and how much its results count against the typed query's. */
export interface Variant {
  query: string;
  weight: number;
  /** A word in it is a typo correction: the page says "Showing results for …" when it is used. */
  corrected?: boolean;
}

interface Candidate {
  term: string;
  weight: number;
  corrected?: boolean;
}

/** How far each kind of rewrite is trusted, relative to the words as typed (1). */
export const weights = { script: 0.95, stem: 0.9, compound: 0.85, sound: 0.8, typo: 0.75 } as const;

/** A typo correction as a candidate, when the word is not on the site and one edit from one that is. */
function typoCandidates(word: string, vocab: Vocabulary): Candidate[] {
  const fixed = typoCorrection(vocab, word);
  return fixed ? [{ term: fixed, weight: weights.typo, corrected: true }] : [];
}

/** The words an English query word may stand for on the English pages: as typed, or a typo's fix. */
function englishCandidates(word: string, vocab: Vocabulary): Candidate[] {
  const typed: Candidate = { term: word, weight: 1 };
  if (!isLatinWord(word) || word.length < minTypoLength || hasPrefix(vocab, word)) return [typed];
  return [typed, ...typoCandidates(word, vocab)];
}

/** The words a query word may stand for on the Mongolian pages, best first; the word itself first. */
export function wordCandidates(word: string, vocab: Vocabulary): Candidate[] {
  const typed: Candidate = { term: word, weight: 1 };
  const docNumber = /^([a-zа-яөү]{1,3})\/(\d+)$/.exec(word);
  if (docNumber)
    return [typed, { term: `${swapScript(docNumber[1])}/${docNumber[2]}`, weight: weights.script }];
  // Numbers and very short words are searched as typed: rewriting them would only add noise.
  if (/\d/.test(word) || word.length < 3) return [typed];
  if (hasCyrillic(word)) {
    // A word the site has: also its stem when it ends in a clear case ending ("стандартын").
    const known = hasPrefix(vocab, word);
    const fromStems = stems(word, known ? 2 : 1)
      .filter((s) => hasPrefix(vocab, s))
      .slice(0, 2)
      .map((term) => ({ term, weight: weights.stem }));
    if (fromStems.length || known) return [typed, ...fromStems];
    // A Cyrillic word the site does not have, read as one it has (ө/ү or э/е mistyped, two words
    // written together, a typo) is a correction: the page says so ("Showing results for …").
    const corrected = (cs: Candidate[]) => cs.map((c) => ({ ...c, corrected: true }));
    const alike = soundLikeCandidates(word, vocab, false);
    if (alike.length) return [typed, ...corrected(alike)];
    const compound = splitCompound(word, vocab);
    if (compound) return [typed, { term: compound, weight: weights.compound, corrected: true }];
    const fixed = typoCandidates(word, vocab);
    return [typed, ...(fixed.length ? fixed : corrected(soundLikeCandidates(word, vocab, true)))];
  }
  if (isLatinWord(word)) {
    const alike = soundLikeCandidates(word, vocab, false);
    if (alike.length) return [typed, ...alike];
    // An ending typed in Latin letters ("altny" for алтны, "tamgaluulah"): the stem's sound.
    // A site word whose sound is the stem's exactly ("mungun" → мөнгө) before longer ones (монгол).
    for (const stem of latinStems(word)) {
      const same = prefixReduce(vocab.bySkeleton.get(vocab.keyOf(stem)) ?? []).map((term) => ({ term }));
      const fromStem = same.length ? same : soundLikeCandidates(stem, vocab, false);
      if (fromStem.length)
        return [
          typed,
          ...fromStem.slice(0, 3).map((c) => ({ term: c.term, weight: weights.sound * weights.stem })),
        ];
    }
    const fixed = typoCandidates(word, vocab);
    return [typed, ...(fixed.length ? fixed : soundLikeCandidates(word, vocab, true))];
  }
  return [typed];
}

// Order numbers such as А/384 are Cyrillic on the site but often typed with the Latin A.
export const latinToCyrillic: Record<string, string> = {
  a: 'а',
  b: 'б',
  e: 'е',
  o: 'о',
  c: 'с',
  x: 'х',
  p: 'р',
  t: 'т',
  h: 'н',
  k: 'к',
  m: 'м',
};
const cyrillicToLatin = Object.fromEntries(Object.entries(latinToCyrillic).map(([l, c]) => [c, l]));
function swapScript(letters: string): string {
  return [...letters].map((ch) => latinToCyrillic[ch] ?? cyrillicToLatin[ch] ?? ch).join('');
}

/** The longest start shared by all words (a stem the site's forms have in common). */
function commonPrefix(words: string[]): string {
  return words.reduce((prefix, w) => {
    let i = 0;
    while (i < prefix.length && prefix[i] === w[i]) i++;
    return prefix.slice(0, i);
  });
}

function soundLikeCandidates(word: string, vocab: Vocabulary, allowCuts: boolean): Candidate[] {
  let matches = soundsLike(vocab, word);
  // An inflected word typed loosely ("standartaar"): try the sound key of its shorter forms.
  for (let cut = 1; allowCuts && matches.length === 0 && word.length - cut >= 4 && cut <= 4; cut++) {
    matches = soundsLike(vocab, word.slice(0, -cut));
  }
  let terms = prefixReduce(matches);
  // Forms of one word ("үйлчилгээг", "үйлчилгээний"): search their shared stem once.
  const shared = terms.length > 1 ? commonPrefix(terms) : '';
  if (shared.length >= 4) terms = [shared];
  // The words the site uses most first ("tujin": түжин, on hundreds of pages, before тожин, on
  // one): a term counts the words it stands for, itself and the longer forms it finds.
  const uses = new Map(terms.map((t) => [t, 0]));
  for (const word of matches) {
    const term = terms.find((t) => word.startsWith(t));
    if (term !== undefined) uses.set(term, uses.get(term)! + (vocab.counts.get(word) ?? 1));
  }
  terms = terms
    .map((term, order) => ({ term, order, uses: uses.get(term)! }))
    .sort((a, b) => b.uses - a.uses || a.order - b.order)
    .map((t) => t.term);
  return terms.slice(0, 3).map((term) => ({ term, weight: weights.sound }));
}

/** "хэмжилзүйн" → "хэмжил зүйн": two site words written together. */
function splitCompound(word: string, vocab: Vocabulary): string | undefined {
  for (let i = word.length - 3; i >= 3; i--) {
    const [left, right] = [word.slice(0, i), word.slice(i)];
    if (!hasWord(vocab, left)) continue;
    if (hasPrefix(vocab, right)) return `${left} ${right}`;
    const stem = stems(right).find((s) => hasPrefix(vocab, s));
    if (stem) return `${left} ${stem}`;
  }
  return undefined;
}

const variant = (terms: Candidate[]): Variant => ({
  query: terms.map((c) => c.term).join(' '),
  weight: Math.min(...terms.map((c) => c.weight)),
  ...(terms.some((c) => c.corrected) ? { corrected: true } : {}),
});

/**
 * The Pagefind queries for what a person typed: the tidied query itself, then rewrites that put
 * each word in a form the site's pages contain (stem, Cyrillic for Latin typing, ө/ү for о/у,
 * split compounds, typo fixes). At most `max` variants, best first, no duplicates: each one is a
 * Pagefind search, so four (the typed query, the best rewrite and two others) keep typing fast.
 */
export function expandQuery(raw: string, vocab: Vocabulary, max = 4, lang: 'mn' | 'en' = 'mn'): Variant[] {
  const query = normalizeQuery(raw);
  if (!query) return [];
  const words = query.split(' ');
  const candidates = lang === 'mn' ? wordCandidates : englishCandidates;
  const options = words.map((w) => candidates(w, vocab));
  const variants: Variant[] = [{ query, weight: 1 }];
  const best = options.map((o) => o[1] ?? o[0]);
  variants.push(variant(best));
  options.forEach((opts, i) => {
    for (const alt of opts.slice(2)) variants.push(variant(best.map((c, j) => (j === i ? alt : c))));
  });
  const seen = new Set<string>();
  return variants.filter((v) => !seen.has(v.query) && seen.add(v.query)).slice(0, max);
}

/**
 * Words of a query that the site has in no form: no word of its pages starts with them and no
 * rewrite finds one. Pagefind leaves such a word out, so the results come from the others, and
 * the page says which words it searched.
 */
export function unknownWords(raw: string, vocab: Vocabulary, lang: 'mn' | 'en' = 'mn'): string[] {
  const candidates = lang === 'mn' ? wordCandidates : englishCandidates;
  return (
    normalizeQuery(raw)
      .split(' ')
      // Only words of the index's own script: a Cyrillic word on the English pages is searched in
      // the Mongolian ones instead (and its word list is not there to ask).
      .filter((w) => (lang === 'en' ? isLatinWord(w) : hasCyrillic(w) || isLatinWord(w)))
      .filter((w) => !hasPrefix(vocab, w) && candidates(w, vocab).length === 1)
  );
}
