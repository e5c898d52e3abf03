/**
 * The copy of a search page that carries the hints, written beside it by the build: what nginx
 * serves for the search page's address with `?q=…` (deploy/nginx.conf). Not an address of its own.
 */
export const hintedSearchFile = 'query.html';

/** Whether a built HTML file (a path in dist/) is a page of its own, not a search page's hinted copy. */
export const isPageFile = (path: string) =>
  path.endsWith('.html') && !path.replace(/\\/g, '/').endsWith(`search/${hintedSearchFile}`);

/** The search page's inert copy of the hints, put in its head when someone is about to search. */
export const hintsTemplateId = 'search-hints';

/** What Pagefind's `pagefind-entry.json` says of each language's index. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

/**
 * The files a language's first search reads before it can search, as `<link>` hints for the
 * search page's head: Pagefind's script, its entry file (asked with `?ts=<tag>`, the tag the page
 * hands to Pagefind as `metaCacheTag`, so that the hinted address is the one it fetches), the
 * index's metadata and WebAssembly, and the word lists' manifest. Hinted, they load in one round
 * trip beside the page's own script instead of one after the other (script → entry → metadata and
 * WebAssembly), so a query that comes with the page (the header's form) waits two more round trips
 * (its index chunk and word pieces, then its results' fragments).
 */
export function searchHints(entry: PagefindEntry, lang: string, tag: string, wordsManifest: string): string {
  const index = entry.languages[lang];
  if (!index) return '';
  const fetched = [
    `/pagefind/pagefind-entry.json?ts=${tag}`,
    `/pagefind/pagefind.${index.hash}.pf_meta`,
    `/pagefind/wasm.${index.wasm ?? 'unknown'}.pagefind`,
    wordsManifest,
  ];
  return [
    '<link rel="modulepreload" href="/pagefind/pagefind.js">',
    ...fetched.map((href) => `<link rel="preload" href="${href}" as="fetch" crossorigin>`),
  ].join('');
}

/** The tag a page's hints gave Pagefind's entry file, for `metaCacheTag` (undefined without hints). */
export function hintedTag(hrefs: readonly string[]): string | undefined {
  for (const href of hrefs) {
    const tag = /\/pagefind-entry\.json\?ts=([\w-]+)$/.exec(href)?.[1];
    if (tag) return tag;
  }
  return undefined;
}
