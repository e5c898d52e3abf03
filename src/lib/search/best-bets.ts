import { normalizeQuery } from './normalize';
import { subjectWords } from './question';
import { skeleton } from './skeleton';

/** A page shown first for some searches (as the site model hands it to the search page). */
export interface BestBetQueries {
  page: string;
  queries: readonly string[];
}

/** A search's words as best bets compare them: their sound keys (Latin typing, ө/ү, long vowels alike). */
const keysOf = (query: string) => [
  ...new Set(subjectWords(normalizeQuery(query)).split(' ').map(skeleton).filter(Boolean)),
];

/** Two keys stand for one word when one is the other with an ending of at most four letters (утас, утасны). */
function sameWord(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short === long || (short.length >= 3 && long.length - short.length <= 4 && long.startsWith(short));
}

const sameWords = (a: string[], b: string[]) =>
  a.length === b.length &&
  a.every((x) => b.some((y) => sameWord(x, y))) &&
  b.every((y) => a.some((x) => sameWord(x, y)));

/**
 * The pages (locale-free addresses) of the best bets one of whose searches is what was typed: the
 * same words in any order, in any case ending, typed in Latin letters or with о/у for ө/ү, question
 * words aside ("утасны дугаар хэд вэ" is "утасны дугаар"). In the bets' order.
 */
export function bestBetPages(typed: string, bets: readonly BestBetQueries[]): string[] {
  const typedKeys = keysOf(typed);
  if (!typedKeys.length) return [];
  return bets.filter((b) => b.queries.some((q) => sameWords(keysOf(q), typedKeys))).map((b) => b.page);
}
