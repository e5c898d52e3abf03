import type { Dictionary } from '../../i18n/dictionary';
import { searchTypes } from './entry';

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
 * Each group's values as shown: types in the site's order, years newest first, the rest
 * alphabetically by label.
 */
function orderedFilters(
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

/** Count the filter values a built page gives Pagefind (`data-pagefind-filter="name:value"`). */
export function countPageFilters(into: FilterCounts, html: string) {
  for (const [, name, value] of html.matchAll(/\sdata-pagefind-filter="([^":]+):([^"]*)"/g)) {
    const values = (into[name] ??= {});
    values[value] = (values[value] ?? 0) + 1;
  }
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The search page's HTML with a checkbox per filter value the index has, written into each group
 * (`<fieldset id="filter-{name}" hidden>` after its legend): the page shows them without asking
 * Pagefind for its filter data, which lists every page. A group with values loses `hidden`; the
 * disclosure around them stays hidden until the script (the search itself) runs.
 */
export function writeFilters(html: string, counts: FilterCounts, labels: FilterLabels): string {
  let out = html;
  for (const { name, values } of orderedFilters(counts, labels)) {
    if (!values.length) continue;
    const open = new RegExp(`<fieldset id="filter-${name}" hidden>([\\s\\S]*?</legend>)`);
    if (!open.test(out)) throw new Error(`the search page has no group for the filter "${name}"`);
    const boxes = values
      .map(
        (v) =>
          `<label><input type="checkbox" name="${name}" value="${escapeHtml(v.value)}"> ${escapeHtml(v.label)}</label>`,
      )
      .join('');
    out = out.replace(open, (_, legend: string) => `<fieldset id="filter-${name}">${legend}${boxes}`);
  }
  return out;
}
