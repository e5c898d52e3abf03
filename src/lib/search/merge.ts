/** One Pagefind hit, as much of it as ranking needs. */
export interface Hit<T> {
  id: string;
  score: number;
  item: T;
  /** Words of the query the page does not have (ranked matching), said beside the result. */
  missing?: string[];
  /** An officers' best bet for the search: shown first, whatever the ranking. */
  pinned?: boolean;
}

/**
 * Merge the results of several query variants: one entry per page, scored by its best weighted
 * score, best first. Ties keep the order of the variants (the typed query first).
 */
export function mergeHits<T>(lists: { weight: number; hits: Hit<T>[] }[]): Hit<T>[] {
  // One list, as Pagefind returns it (best first, each page once), is already merged: a common
  // word at 10,000 pages is thousands of hits, and copying them fell in the first result's time.
  if (lists.length === 1 && lists[0].weight === 1 && bestFirstOnce(lists[0].hits)) return lists[0].hits;
  const best = new Map<string, Hit<T> & { order: number }>();
  let order = 0;
  for (const { weight, hits } of lists) {
    for (const hit of hits) {
      const score = hit.score * weight;
      const known = best.get(hit.id);
      if (!known || score > known.score) best.set(hit.id, { ...hit, score, order: known?.order ?? order });
      order++;
    }
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ order: _o, ...hit }) => hit);
}

/** Whether hits are in descending score order with no page twice. */
function bestFirstOnce<T>(hits: Hit<T>[]): boolean {
  const seen = new Set<string>();
  return hits.every((h, i) => (i === 0 || h.score <= hits[i - 1].score) && !seen.has(h.id) && seen.add(h.id));
}
