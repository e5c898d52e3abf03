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
