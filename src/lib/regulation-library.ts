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

/** The filters, in the order their parts appear in an address. */
export const facets = ['kind', 'status', 'year'] as const;
export type Facet = (typeof facets)[number];
/** The filters a listing applies: none (the whole library), one, two or all three. */
export type Selection = Partial<Record<Facet, string>>;

/** One value a filter offers from a listing: how many it would list, and where that listing is. */
export interface FilterOption {
  value: string;
  count: number;
  /** Locale-free path of the listing with this value and the listing's other filters kept. */
  path: string;
}

export interface LibraryPage {
  /** Locale-free path: /regulations/, /regulations/oldest/, /regulations/kind/law/year/2020/ … */
  path: string;
  selection: Selection;
  sort: 'newest' | 'oldest';
  items: LibraryItem[];
  /** For each filter: where "all" leads (the other filters kept) and the values it offers from here. */
  filters: Record<Facet, { all: string; options: FilterOption[] }>;
}

const valueOf = (item: LibraryItem, facet: Facet) => String(item[facet]);
const chosen = (selection: Selection) => facets.filter((f) => selection[f] !== undefined);
const without = (selection: Selection, facet: Facet): Selection => {
  const rest = { ...selection };
  delete rest[facet];
  return rest;
};

/** The one address of a selection: its filters in a fixed order, so each listing has one path. */
export const selectionPath = (selection: Selection) =>
  paths.regulationFilter(chosen(selection).map((f) => [f, selection[f]!] as const));

/** Each facet's values with how many of the items have them; years newest first. */
export function facetCounts(items: LibraryItem[]): Record<Facet, [string, number][]> {
  const count = (facet: Facet) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(valueOf(item, facet), (counts.get(valueOf(item, facet)) ?? 0) + 1);
    const entries = [...counts.entries()];
    return facet === 'year' ? entries.sort((a, b) => Number(b[0]) - Number(a[0])) : entries.sort();
  };
  return { kind: count('kind'), status: count('status'), year: count('year') };
}

const compare = (x: number[], y: number[]) => {
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
};

/**
 * The library's static pages, so filters combine without JavaScript and a listing is kept in its
 * address: everything newest and oldest first, and every combination of filter values that lists
 * something (at most seven per regulation), newest first. A filter's values are offered from a
 * listing with the count its other filters leave, so every option leads to a listing that exists.
 */
export function libraryPages(items: LibraryItem[]): LibraryPage[] {
  const newest = [...items].sort((a, b) => b.time - a.time || a.slug.localeCompare(b.slug));
  // Values in the order the filters show them (years newest first), for options and page order.
  const counts = facetCounts(items);
  const rank = Object.fromEntries(
    facets.map((f) => [f, new Map(counts[f].map(([value], i) => [value, i]))]),
  ) as Record<Facet, Map<string, number>>;

  // Every non-empty listing, by its path: one pass per combination of filters (fewest first).
  const subsets = [1, 2, 3, 4, 5, 6, 7]
    .map((bits) => facets.filter((_, i) => bits & (1 << i)))
    .sort((a, b) => a.length - b.length);
  const groups: { selection: Selection; items: LibraryItem[] }[] = [];
  for (const subset of subsets) {
    const bySelection = new Map<string, { selection: Selection; items: LibraryItem[] }>();
    for (const item of newest) {
      const selection: Selection = Object.fromEntries(subset.map((f) => [f, valueOf(item, f)]));
      const key = selectionPath(selection);
      let group = bySelection.get(key);
      if (!group) bySelection.set(key, (group = { selection, items: [] }));
      group.items.push(item);
    }
    const order = (s: Selection) => subset.map((f) => rank[f].get(s[f]!)!);
    groups.push(...[...bySelection.values()].sort((a, b) => compare(order(a.selection), order(b.selection))));
  }

  // A filter's options from a listing are the listings that add one of its values to the others.
  const options = new Map<string, FilterOption[]>();
  for (const { selection, items: listed } of groups)
    for (const facet of chosen(selection)) {
      const key = `${facet} ${selectionPath(without(selection, facet))}`;
      const option = { value: selection[facet]!, count: listed.length, path: selectionPath(selection) };
      const offered = options.get(key);
      if (offered) offered.push(option);
      else options.set(key, [option]);
    }
  const filtersOf = (selection: Selection) =>
    Object.fromEntries(
      facets.map((facet) => {
        const all = selectionPath(without(selection, facet));
        const offered = [...(options.get(`${facet} ${all}`) ?? [])];
        return [
          facet,
          { all, options: offered.sort((a, b) => rank[facet].get(a.value)! - rank[facet].get(b.value)!) },
        ];
      }),
    ) as LibraryPage['filters'];

  const page = (selection: Selection, sort: LibraryPage['sort'], list: LibraryItem[]): LibraryPage => ({
    path: sort === 'oldest' ? paths.regulationsOldest : selectionPath(selection),
    selection,
    sort,
    items: list,
    filters: filtersOf(selection),
  });
  return [
    page({}, 'newest', newest),
    page({}, 'oldest', [...newest].reverse()),
    ...groups.map((g) => page(g.selection, 'newest', g.items)),
  ];
}
