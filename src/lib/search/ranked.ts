import type { Hit } from './merge';

/**
 * Ranked matching: a query of several words is not all-or-nothing. Each part of it (a word, or a
 * number with the word it goes with) is searched on its own; a page scores the sum of the parts it
 * has, each weighted by how rare the part is on the site, so that "сертификат" counts far more than
 * "авах", which most pages have. A page with every part gets every part's weight, so it ranks above
 * a page with fewer unless the part it lacks is a common one and the others match it far better. A
 * page is never dropped for lacking a common word.
 */

/** One part of the query and the pages that have it (Pagefind's hits for it, best first). */
export interface PartHits<T> {
  part: string;
  hits: readonly Hit<T>[];
}

/** A page's hit with the query's parts it does not have (said beside the result). */
export type RankedHit<T> = Hit<T> & { missing: string[] };

/**
 * How much a part counts: rarer parts more (inverse document frequency). `found` pages of `pages`
 * have it; a part no page has counts nothing.
 */
export function rarity(found: number, pages: number): number {
  if (found <= 0) return 0;
  return Math.log(1 + Math.max(pages, found) / found);
}

/**
 * How strongly a page matches a part, from Pagefind's score against the part's best page: a
 * match counts at least half the part's weight, so that having a word matters more than how often
 * it is repeated.
 */
const strength = (score: number, best: number) => 0.5 + 0.5 * (best > 0 ? Math.min(1, score / best) : 1);

/**
 * The pages of all parts, best first: by the rarity-weighted sum of the parts each has; ties keep
 * the order of the pages that have every part (`whole`, Pagefind's order for all the words), then
 * the parts' order. `pages` is how many pages the index holds.
 */
export function rankByParts<T>(
  whole: readonly Hit<T>[],
  parts: readonly PartHits<T>[],
  pages: number,
): RankedHit<T>[] {
  // A part no page has on its own is found only with the others (through a synonym or a rewrite of
  // the whole query): it counts as the rarest, for the pages that have it that way.
  const weights = parts.map((p) => rarity(Math.max(1, p.hits.length), pages));
  const pagesOf = new Map<string, { hit: Hit<T>; score: number; has: Set<number>; order: number }>();
  let order = 0;
  const entry = (hit: Hit<T>) => {
    let known = pagesOf.get(hit.id);
    if (!known) pagesOf.set(hit.id, (known = { hit, score: 0, has: new Set(), order: order++ }));
    return known;
  };
  for (const hit of whole) entry(hit);
  const add = (hit: Hit<T>, i: number, best: number) => {
    const page = entry(hit);
    if (page.has.has(i)) return;
    page.has.add(i);
    page.score += weights[i] * strength(hit.score, best);
  };
  parts.forEach((part, i) => {
    const best = Math.max(0, ...part.hits.map((h) => h.score));
    for (const hit of part.hits) add(hit, i, best);
  });
  // A page found by all the words together has every part, even one its own search did not find
  // there (the whole query's synonym or rewrite: "дуудлагын төв" is the hotline's "шуурхай утас").
  const bestWhole = Math.max(0, ...whole.map((h) => h.score));
  for (const hit of whole) parts.forEach((_, i) => add(hit, i, bestWhole));
  return [...pagesOf.values()]
    .filter((p) => p.has.size > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((p) => ({
      ...p.hit,
      score: p.score,
      missing: parts.filter((_, i) => !p.has.has(i)).map((part) => part.part),
    }));
}

/** Words that, after a number, only say it is an ordinal or a year ("6 дугаар", "2020 оны", "6-р"). */
const ordinalMarkers = new Set(['дугаар', 'дүгээр', 'dugaar', 'duguer', 'dugeer', 'р', 'r', 'no', 'number']);

/**
 * The parts of a query: each word, a number kept with the word after it (or before it, at the
 * end) so that "6 дугаар үүрэг даалгавар" looks for the directive numbered 6, not for any page with a
 * 6; an ordinal marker right after a number is dropped ("6 дугаар" is 6).
 */
export function queryParts(query: string): string[] {
  const words = query.split(' ').filter(Boolean);
  const kept = words.filter((w, i) => !(i > 0 && /^\d+$/.test(words[i - 1]) && ordinalMarkers.has(w)));
  const parts: string[] = [];
  for (let i = 0; i < kept.length; i++) {
    const w = kept[i];
    if (/^\d+$/.test(w) && kept.length > 1) {
      if (i + 1 < kept.length) parts.push(`${w} ${kept[++i]}`);
      else parts[parts.length - 1] = `${parts[parts.length - 1]} ${w}`;
    } else parts.push(w);
  }
  return [...new Set(parts)];
}

/** The query without the ordinal markers `queryParts` drops, for the search of all its words. */
export function withoutOrdinalMarkers(query: string): string {
  return queryParts(query).join(' ');
}
