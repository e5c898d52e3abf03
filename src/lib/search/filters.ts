import type { Dictionary } from '../../i18n/dictionary';
import { searchFilterValues, searchTypes, type SearchEntry } from './entry';

/** Pagefind filters shown as checkbox groups on the search page, in this order. */
export const filterNames = ['type', 'kind', 'status', 'year'] as const;

/** How many indexed pages have each value of each filter: name → value → pages. */
export type FilterCounts = Record<string, Record<string, number>>;

interface FilterLabels {
  locale: string;
  typeOrder: readonly string[];
  types: Record<string, string>;
  filterValues: Record<string, Record<string, string>>;
}

/** The labels of one language's filter values, from its dictionary. */
export function filterLabels(t: Dictionary, locale: string): FilterLabels {
  return {
    locale,
    typeOrder: searchTypes,
    types: t.searchTypes,
    // A page's kind is a regulation's kind or a service's category; its status a regulation's or a
    // report's (the lists share no value).
    filterValues: {
      kind: { ...t.regulationKinds, ...t.serviceCategories },
      status: { ...t.regulationStatuses, ...t.statuses },
    },
  };
}

/** A filter value's label in the page's language (never its slug when the dictionary has a label). */
const filterLabel = (labels: FilterLabels, name: string, value: string): string =>
  (name === 'type' ? labels.types[value] : labels.filterValues[name]?.[value]) ?? value;

/**
 * The checkbox groups the search page shows, each filter with its values as shown: types in the
 * site's order, years newest first, the rest alphabetically by label.
 */
export function filterGroups(
  counts: FilterCounts,
  labels: FilterLabels,
): { name: string; values: { value: string; label: string }[] }[] {
  return filterNames.map((name) => {
    const values = Object.keys(counts[name] ?? {});
    const label = (v: string) => filterLabel(labels, name, v);
    const ordered =
      name === 'type'
        ? labels.typeOrder.filter((v) => values.includes(v))
        : name === 'year'
          ? values.sort().reverse()
          : values.sort((a, b) => label(a).localeCompare(label(b), labels.locale));
    return { name, values: ordered.map((value) => ({ value, label: label(value) })) };
  });
}

/**
 * How many pages of one language have each filter value, from the pages' search entries (the
 * model's page facts): what the search page offers as checkboxes.
 */
export function filterCounts(entries: Iterable<SearchEntry>): FilterCounts {
  const counts: FilterCounts = {};
  for (const entry of entries)
    for (const [name, value] of searchFilterValues(entry)) {
      const values = (counts[name] ??= {});
      values[value] = (values[value] ?? 0) + 1;
    }
  return counts;
}
