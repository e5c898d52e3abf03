import { filterNames } from '../lib/search/filters';
import type { Filters } from './pagefind-client';

// The search page's state and its address: the query, whether to search it as typed (?exact=1,
// from the "search as typed" link) and the ticked filters, read from the address when the page
// opens and written back at each search, so a search can be shared, reloaded and switched to the
// other language.

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
 * Search again when a filter is ticked or cleared. The checkboxes are in the page as built (from
 * the site model's facets), so nothing of Pagefind's filter data is fetched until a filter is
 * used. Returns whether there are any.
 */
export function watchFilters(app: HTMLElement, onChange: () => void): boolean {
  const boxes = app.querySelectorAll<HTMLInputElement>('.search-filters input[type="checkbox"]');
  for (const box of boxes) box.addEventListener('change', onChange);
  return boxes.length > 0;
}

/** Tick the filters the address names; returns whether it named any that the page has. */
export function filtersFromAddress(app: HTMLElement, params: URLSearchParams): boolean {
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

/** The query and "as typed" the page opens with. */
export function queryFromAddress(params: URLSearchParams): { typed: string; exact: boolean } {
  return { typed: params.get('q') ?? '', exact: params.get('exact') === '1' };
}

/**
 * The address of a search: the query, "as typed", the ticked filters (type=news&type=service),
 * replacing those there. Written without a new history entry; the language switcher keeps it.
 */
export function writeAddress(app: HTMLElement, typed: string, exact: boolean): void {
  const url = new URL(location.href);
  if (typed.trim()) url.searchParams.set('q', typed);
  else url.searchParams.delete('q');
  if (exact) url.searchParams.set('exact', '1');
  else url.searchParams.delete('exact');
  const filters = checkedFilters(app);
  for (const name of filterNames) {
    url.searchParams.delete(name);
    for (const value of filters[name]?.any ?? []) url.searchParams.append(name, value);
  }
  history.replaceState(null, '', url);
  const switcher = document.querySelector<HTMLAnchorElement>('.language-switcher a');
  if (switcher) switcher.search = url.search;
}

/** The address of the same search as typed (the link offered beside a typo fix). */
export function asTypedAddress(typed: string): string {
  const url = new URL(location.href);
  url.searchParams.set('q', typed);
  url.searchParams.set('exact', '1');
  return url.pathname + url.search;
}
