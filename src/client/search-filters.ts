import { filterNames } from '../lib/search/filters';
import type { Filters } from './pagefind-client';

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

/**
 * Search again when a filter is ticked or cleared. The checkboxes are in the page as built (the
 * build writes the values the index has: src/lib/search/filters.ts), so nothing of Pagefind's
 * filter data is fetched until a filter is used. Returns whether there are any.
 */
export function watchFilters(app: HTMLElement, onChange: () => void): boolean {
  const boxes = app.querySelectorAll<HTMLInputElement>('.search-filters input[type="checkbox"]');
  for (const box of boxes) box.addEventListener('change', onChange);
  return boxes.length > 0;
}
