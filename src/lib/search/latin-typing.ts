import { wordCandidates } from './expand';
import { pieceKeys } from './pieces';
import { buildVocabulary } from './vocabulary';
import { romanization } from '../slug';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Mongolian written in Latin letters as people type it on a phone, for measuring the search's
 * reading of it (`npm run bench:latin`, tests/search/latin-typing.test.ts): each Cyrillic word in
 * five spellings, from the careful to the loose, with endings. Not used by the search itself.
 */
/** The file names' romanization (slug.ts), with ө typed as u as often as o. */
const careful: Readonly<Record<string, string>> = { ...romanization, ө: 'u' };

export const latinSpellings = {
  /** Letter by letter, soft sign as i, х as kh: "алтны" → "altny", "сорьц" → "sorits". */
  careful: (word: string) => [...word].map((c) => careful[c] ?? c).join(''),
  /** Soft and hard signs dropped, ө and ү typed as o and u, х as h: "сорьц" → "sorts", "мөнгөн" → "mongon". */
  dropped: (word: string) =>
    [...word]
      .map((c) => (c === 'ь' || c === 'ъ' ? '' : c === 'ө' ? 'o' : c === 'х' ? 'h' : (careful[c] ?? c)))
      .join(''),
  /** Long vowels typed once as well: "зөвлөгөөн" → "zovlogon". */
  loose: (word: string) => latinSpellings.dropped(word.replace(/([аэиоөуүы])\1/g, '$1')),
  /** Loose, with a genitive ending the site may not have in that form: "altiin". */
  withGenitive: (word: string) => `${latinSpellings.loose(word)}iin`,
  /** Loose, with the instrumental ending: "standartaar". */
  withInstrumental: (word: string) => `${latinSpellings.loose(word)}aar`,
};

/**
 * How often the search's reading of a Latin-typed word (expand.ts) leads back to the word, for each
 * spelling, over the Mongolian words of four letters or more in `counts` (a site's word list): a
 * rewrite that is the word, a start of it (words match by their start) or a longer form of it.
 */
export function latinReach(counts: ReadonlyMap<string, number>) {
  const vocab = buildVocabulary(counts, pieceKeys.mn);
  const words = [...counts.keys()].filter((w) => /^[а-яёөү]{4,}$/.test(w));
  return Object.entries(latinSpellings).map(([spelling, spell]) => {
    const misses = words.flatMap((word) => {
      const typed = spell(word);
      const found = wordCandidates(typed, vocab)
        .slice(1)
        .some((c) => word.startsWith(c.term) || c.term.startsWith(word));
      return found ? [] : [`${typed} (${word})`];
    });
    return { spelling, total: words.length, found: words.length - misses.length, misses };
  });
}

/** A built site's Mongolian word list (its pieces in `<dist>/search-words/mn/`), word → count. */
export function siteWordCounts(dist: string): Map<string, number> {
  const dir = join(dist, 'search-words', 'mn');
  const counts = new Map<string, number>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')))
    for (const [word, n] of Object.entries(
      JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, number>,
    ))
      counts.set(word, n);
  return counts;
}
