import { isoDay } from '../dates';

/** The kinds of page site search tells apart (a Pagefind filter); labels are in the dictionaries. */
export const searchTypes = ['news', 'directive', 'report', 'service', 'regulation', 'page'] as const;
export type SearchType = (typeof searchTypes)[number];

/** What the index records about a page besides its text. */
export interface SearchEntry {
  type: SearchType;
  /**
   * The page's date (news: publication; directives: the conference's article), for the year
   * filter and the results; a year alone where only the year is known (a regulation's adoption).
   */
  date?: Date | number;
  /** Further Pagefind filters, e.g. a regulation's kind and status. */
  filters?: Record<string, string>;
}

/**
 * The Pagefind filters a page has, as name and value: its type, its year (from its date) and its
 * further filters. The page's hidden filter elements and the search page's checkboxes both come
 * from here.
 */
export function searchFilterValues(entry: SearchEntry): [string, string][] {
  return [
    ['type', entry.type],
    ...(entry.date === undefined ? [] : [['year', String(searchYear(entry.date))] as [string, string]]),
    ...Object.entries(entry.filters ?? {}),
  ];
}

/** A page's date as the results show it: a day (YYYY-MM-DD), or a year alone where only the year is known. */
export const searchDay = (date: Date | number) => (typeof date === 'number' ? String(date) : isoDay(date));
const searchYear = (date: Date | number) => searchDay(date).slice(0, 4);
