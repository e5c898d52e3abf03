import type { RegulationStatus } from './schemas/regulations';
import { paths } from './site/urls';

/** What the library needs to know of a regulation to filter and sort it. */
export interface LibraryItem {
  slug: string;
  kind: string;
  /** "unknown" where the status is not verified. */
  status: RegulationStatus | 'unknown';
  year: number;
  /** Adoption time for sorting (1 January where only the year is known). */
  time: number;
}

export const facets = ['kind', 'status', 'year'] as const;
export type Facet = (typeof facets)[number];

export interface LibraryPage {
  /** Locale-free path: /regulations/, /regulations/oldest/, /regulations/<facet>/<value>/. */
  path: string;
  facet?: Facet;
  value?: string;
  sort: 'newest' | 'oldest';
  items: LibraryItem[];
}

const valueOf = (item: LibraryItem, facet: Facet) => String(item[facet]);

/** Each facet's values with how many regulations have them; years newest first. */
export function facetCounts(items: LibraryItem[]): Record<Facet, [string, number][]> {
  const count = (facet: Facet) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(valueOf(item, facet), (counts.get(valueOf(item, facet)) ?? 0) + 1);
    const entries = [...counts.entries()];
    return facet === 'year' ? entries.sort((a, b) => Number(b[0]) - Number(a[0])) : entries.sort();
  };
  return { kind: count('kind'), status: count('status'), year: count('year') };
}

/**
 * The library's static pages, so it works without JavaScript: everything newest first and oldest
 * first, and one page per value of each facet (newest first).
 */
export function libraryPages(items: LibraryItem[]): LibraryPage[] {
  const newest = [...items].sort((a, b) => b.time - a.time || a.slug.localeCompare(b.slug));
  const pages: LibraryPage[] = [
    { path: paths.regulations, sort: 'newest', items: newest },
    { path: paths.regulationsOldest, sort: 'oldest', items: [...newest].reverse() },
  ];
  const counts = facetCounts(items);
  for (const facet of facets) {
    for (const [value] of counts[facet]) {
      pages.push({
        path: paths.regulationFacet(facet, value),
        facet,
        value,
        sort: 'newest',
        items: newest.filter((i) => valueOf(i, facet) === value),
      });
    }
  }
  return pages;
}
