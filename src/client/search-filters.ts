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

/** The ticked filters as address parameters (type=news&type=service), replacing those there. */
export function filtersToUrl(app: HTMLElement, url: URL) {
  const filters = checkedFilters(app);
  for (const name of filterNames) {
    url.searchParams.delete(name);
    for (const value of filters[name]?.any ?? []) url.searchParams.append(name, value);
  }
}

/** Tick the filters the address names; returns whether it named any that the page has. */
export function filtersFromUrl(app: HTMLElement, params: URLSearchParams): boolean {
  let ticked = false;
  for (const name of filterNames)
    for (const value of params.getAll(name)) {
      const box = [...app.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].find(
        (b) => b.value === value,
      );
      if (box) ticked = box.checked = true;
    }
  return ticked;
}
