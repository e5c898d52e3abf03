import { plural } from '../i18n/plural';
import type { PluralForms } from '../i18n/dictionary';
import type { Locale } from '../i18n/locales';
import type { Hit } from '../lib/search/merge';
import { rerankByTitle } from '../lib/search/rank';
import type { FoundPage, PagefindData } from './pagefind-client';
import { asTypedAddress } from './search-state';
import { resultItem } from './search-results';

export interface ViewStrings {
  resultCount: PluralForms;
  noResults: string;
  status: string;
  includesMongolian: string;
  englishFallback: string;
  corrected: string;
  partial: string;
  missing: string;
  asTyped: string;
  loading: string;
  error: string;
  yearOnly: string;
  types: Record<string, string>;
  languageNames: Record<string, string>;
}

/**
 * Results rendered at a time; each one fetches its own fragment of the index, so five (as the stock
 * Pagefind UI shows) keep a search's requests few on a phone's connection; "More results" adds more.
 */
const pageSize = 5;
type Loaded = Hit<FoundPage> & { loaded?: PagefindData };
const $ = (id: string) => document.getElementById(id)!;

/**
 * What the search page shows: the status line, the results ten at a time, the typo fix or the part
 * of the query used, a note on the language of the results, and help when nothing is found. It
 * draws what a search found; it does not search.
 */
export function resultsView(locale: Locale, strings: ViewStrings) {
  const status = $('search-status');
  const note = $('search-note');
  const correction = $('search-corrected');
  const list = $('search-results');
  const more = $('search-more') as HTMLButtonElement;
  const help = $('search-help');
  let current: Loaded[] = [];

  const items = (hits: Loaded[]) =>
    hits.map((h) => resultItem(h.loaded!, h.item.lang, locale, strings, h.missing));
  async function load(hits: Loaded[]): Promise<Loaded[]> {
    await Promise.all(hits.map(async (h) => (h.loaded ??= await h.item.data())));
    return hits;
  }
  more.addEventListener('click', async () => {
    const from = list.children.length;
    list.append(...items(await load(current.slice(from, from + pageSize))));
    more.hidden = list.children.length >= current.length;
  });

  function showCorrection(typed: string, corrected?: string, partial?: string) {
    correction.hidden = !corrected && !partial;
    if (partial) return void (correction.textContent = strings.partial.replace('{q}', partial));
    if (!corrected) return correction.replaceChildren();
    const link = Object.assign(document.createElement('a'), {
      href: asTypedAddress(typed),
      textContent: strings.asTyped.replace('{q}', typed.trim()),
    });
    correction.replaceChildren(`${strings.corrected.replace('{q}', corrected)} `, link);
  }

  return {
    /** No query: nothing shown. */
    clear() {
      list.replaceChildren();
      list.dataset.query = '';
      help.hidden = true;
      note.hidden = true;
      showCorrection('');
      status.textContent = '';
    },
    searching() {
      note.hidden = true;
      status.textContent = strings.loading;
    },
    failed() {
      status.textContent = strings.error;
    },
    /**
     * Draw what a search found, once: the first results' data loads (in parallel) while the last
     * search's results stay on screen, then they are put in order (a best bet first, then a title
     * that is the query) and replace the list in one step, so nothing is emptied, no row is blank
     * and no link moves while the query stays the same. Stops (returns false) once `stillCurrent`
     * says a later search has begun.
     */
    async show(
      found: { hits: Loaded[]; queries: string[]; corrected?: string; partial?: string; note?: string },
      typed: string,
      stillCurrent: () => boolean,
    ): Promise<boolean> {
      const pinned = found.hits.filter((h) => h.pinned);
      const ranked = found.hits.filter((h) => !h.pinned);
      if (!stillCurrent()) return false;
      await load([...pinned, ...ranked.slice(0, pageSize)]);
      if (!stillCurrent()) return false;
      current = [
        ...pinned,
        ...rerankByTitle(
          found.queries,
          ranked,
          (h) => ({
            title: h.loaded?.meta.title ?? '',
            number: h.loaded?.meta.number,
            superseded: (h.loaded?.filters?.status ?? []).some((s) => s === 'replaced' || s === 'repealed'),
          }),
          pageSize,
        ),
      ];
      list.replaceChildren(...items(current.slice(0, pageSize)));
      // Which search the list shows (the browser tests watch it change).
      list.dataset.query = typed.trim();
      more.hidden = current.length <= pageSize;
      // No dead end: with nothing found, the hotline, suggested searches and the services.
      help.hidden = current.length > 0;
      // Plain text: the query is shown exactly as typed, never as markup.
      status.textContent = current.length
        ? strings.status
            .replace('{count}', plural(locale, current.length, strings.resultCount))
            .replace('{q}', typed.trim())
        : strings.noResults.replace('{q}', typed.trim());
      showCorrection(typed, found.corrected, found.partial);
      if (found.note) {
        note.textContent = strings[found.note as 'includesMongolian' | 'englishFallback'];
        note.hidden = false;
      }
      return true;
    },
  };
}
