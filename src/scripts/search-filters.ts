import type { Filters } from './pagefind-client';

/** Pagefind filters shown as checkbox groups, in this order. */
export const filterNames = ['type', 'kind', 'status', 'year'];

/** The filters ticked in the search page's checkbox groups. */
export function checkedFilters(app: HTMLElement): Filters {
  const filters: Filters = {};
  for (const name of filterNames) {
    const any = [...app.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map(
      (i) => i.value,
    );
    if (any.length) filters[name] = { any };
  }
  return filters;
}

export interface FilterLabels {
  locale: string;
  typeOrder: string[];
  types: Record<string, string>;
  filterValues: Record<string, Record<string, string>>;
}

/**
 * Fill each group (`#filter-{name}`) with a checkbox per value the index has, labelled in the
 * page's language (never a value's slug when the dictionaries have a label): types in the site's
 * order, years newest first, the rest alphabetically by label. Groups with no values stay hidden.
 */
export function fillFilters(
  counts: Record<string, Record<string, number>>,
  labels: FilterLabels,
  onChange: () => void,
) {
  const label = (name: string, value: string) =>
    (name === 'type' ? labels.types[value] : labels.filterValues[name]?.[value]) ?? value;
  const order = (name: string, values: string[]) =>
    name === 'type'
      ? labels.typeOrder.filter((v) => values.includes(v))
      : name === 'year'
        ? values.sort().reverse()
        : values.sort((a, b) => label(name, a).localeCompare(label(name, b), labels.locale));
  for (const name of filterNames) {
    const fieldset = document.getElementById(`filter-${name}`)!;
    for (const value of order(name, Object.keys(counts[name] ?? {}))) {
      const item = document.createElement('label');
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', name, value });
      box.addEventListener('change', onChange);
      item.append(box, ` ${label(name, value)}`);
      fieldset.append(item);
    }
    fieldset.hidden = fieldset.querySelectorAll('input').length === 0;
  }
}
