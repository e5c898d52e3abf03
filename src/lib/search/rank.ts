import { normalizeQuery } from './normalize';
import { latinToCyrillic } from './expand';

/** A result as the re-rank sees it: its title and, for a regulation, its number (А/384). */
interface Titled {
  title: string;
  number?: string;
  /** A regulation no longer in force (replaced or repealed). */
  superseded?: boolean;
}

const comparable = (s: string) =>
  normalizeQuery(s.replace(/\([^)]*\)/g, ' '))
    .replace(/[a-z]/g, (ch) => latinToCyrillic[ch] ?? ch)
    .replace(/[^\p{L}\p{N}:/ ]/gu, '');

/** Whether a title word stands for a query word: the same word, a longer form or a shared stem. */
function meets(titleWord: string, queryWord: string): boolean {
  if (titleWord.startsWith(queryWord)) return true;
  let i = 0;
  while (i < titleWord.length && titleWord[i] === queryWord[i]) i++;
  return i >= 4 && i >= Math.min(titleWord.length, queryWord.length) - 2;
}

/**
 * How well a title matches a query: 3 when the title (without a parenthesis such as "(revised)")
 * or the regulation's number is the query; 1 + the share of the title's words the query covers
 * when every query word is in the title; 0 otherwise.
 */
export function titleScore(query: string, item: Titled): number {
  const q = comparable(query);
  if (!q) return 0;
  if (comparable(item.title) === q || (item.number && comparable(item.number) === q)) return 3;
  const titleWords = comparable(item.title).split(' ').filter(Boolean);
  const queryWords = q.split(' ');
  if (!queryWords.every((w) => titleWords.some((t) => meets(t, w)))) return 0;
  const covered = titleWords.filter((t) => queryWords.some((w) => meets(t, w))).length;
  return 1 + covered / titleWords.length;
}

/**
 * Put the results whose title matches the query best first, keeping Pagefind's order otherwise. A
 * regulation no longer in force counts one less: after an act in force that matches as well (a
 * person asking for "the standardization law" wants the one in force), before any title that does
 * not match.
 * Only the first `top` are re-ranked: their data (title, number) is what the page loads anyway to
 * show them; the rest keep their place. Each query (the typed one and its rewrites) may match.
 */
const superseded = (score: number, yes?: boolean) => (yes && score > 0 ? score - 1 : score);

export function rerankByTitle<T>(
  queries: readonly string[],
  items: readonly T[],
  titled: (item: T) => Titled,
  top = 10,
): T[] {
  const head = items.slice(0, top).map((item, order) => ({
    item,
    order,
    score: superseded(
      Math.max(0, ...queries.map((q) => titleScore(q, titled(item)))),
      titled(item).superseded,
    ),
  }));
  head.sort((a, b) => b.score - a.score || a.order - b.order);
  return [...head.map((h) => h.item), ...items.slice(top)];
}
