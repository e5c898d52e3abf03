import { fill } from '../i18n';

/**
 * Long lists split into pages of a fixed size, so that no page grows with the site: the first at
 * `base`, the others at `base` + `page/<n>/`. Pure: the site model and the tests use it.
 */

/** A list page's title: the list's heading, then "Page n of m" (`pageOf`) after the first page. */
export const pagedTitle = (heading: string, list: { current: number; last: number }, pageOf: string) =>
  list.current === 1 ? heading : `${heading}: ${fill(pageOf, { n: list.current, total: list.last })}`;

export interface ListPage<T> {
  items: T[];
  /** Items in the whole list. */
  total: number;
  current: number;
  last: number;
  /** The list's first page (locale-free); the others follow from `pagePath` (site/urls.ts). */
  base: string;
}

/** The pages of one list: always at least one (possibly empty) page. */
export function paginate<T>(items: readonly T[], perPage: number, base: string): ListPage<T>[] {
  const last = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: last }, (_, i) => ({
    items: items.slice(i * perPage, (i + 1) * perPage),
    total: items.length,
    current: i + 1,
    last,
    base,
  }));
}

/**
 * The page numbers a page links to, with `null` for a gap: the first and the last, the pages next
 * to the current one, and at each power of ten the multiples of it near the current page (every
 * 10th within ±50, every 100th within ±500, …). Any page of a long list is a few clicks away, with
 * some twenty links at most per level.
 */
export function pageWindow(current: number, last: number): (number | null)[] {
  const shown = new Set([1, last]);
  for (let step = 1; step < last; step *= 10) {
    const reach = step === 1 ? 2 : 4 * step;
    for (let n = Math.ceil((current - reach) / step) * step; n <= current + reach; n += step)
      if (n >= 1 && n <= last) shown.add(n);
  }
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((n, i) => (i > 0 && n - sorted[i - 1] > 1 ? [null, n] : [n]));
}
