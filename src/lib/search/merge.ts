/** One Pagefind hit, as much of it as ranking needs. */
export interface Hit<T> {
  id: string;
  score: number;
  item: T;
}

/**
 * Merge the results of several query variants: one entry per page, scored by its best weighted
 * score, best first. Ties keep the order of the variants (the typed query first).
 */
export function mergeHits<T>(lists: { weight: number; hits: Hit<T>[] }[]): Hit<T>[] {
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
