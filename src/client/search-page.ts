import type { Locale } from '../i18n/locales';
import { indexesFor } from '../lib/search/indexes';
import { normalizeQuery } from '../lib/search/normalize';
import type { BestBetQueries } from '../lib/search/best-bets';
import { hintsTemplateId } from '../lib/search/hints';
import { loadSegmenterEarly, pagefindFor } from './pagefind-client';
import {
  checkedFilters,
  filtersFromAddress,
  queryFromAddress,
  watchFilters,
  writeAddress,
} from './search-state';
import { findPages, prefetchSearch } from './search-run';
import { scheduleTyping } from './search-typing';
import { resultsView, type ViewStrings } from './search-view';
import { WordPieces } from './word-pieces';

interface Config {
  locale: Locale;
  wordsUrl: string;
  pagefindUrl: string;
  synonyms: string[][];
  indexed: Record<Locale, number>;
  bestBets: BestBetQueries[];
  strings: ViewStrings;
}

/**
 * The search page: its state in the address (search-state.ts), the results view (search-view.ts)
 * and the typing schedule (search-typing.ts), joined to the search itself (search-run.ts).
 */
export function startSearchPage() {
  const app = document.getElementById('search-app')!;
  const config = JSON.parse(app.dataset.config!) as Config;
  const { locale } = config;
  const input = document.getElementById('search-q') as HTMLInputElement;
  const form = document.getElementById('search-form') as HTMLFormElement;
  const filtersBox = document.getElementById('search-filters') as HTMLDetailsElement;
  const view = resultsView(locale, config.strings);
  const words = new WordPieces(config.wordsUrl);
  const opened = queryFromAddress(new URLSearchParams(location.search));
  // "Search as typed" opens the page with ?exact=1; typing anew drops it.
  let exact = opened.exact;
  let searchId = 0;
  /** This page's Pagefind, once loaded. */
  let pagefind: Awaited<ReturnType<typeof pagefindFor>> | undefined;

  /** What a search reads: the index, the word pieces, the ticked filters, whether to search as typed. */
  const context = () => ({
    pagefindUrl: config.pagefindUrl,
    words,
    filters: checkedFilters(app),
    exact,
    synonyms: config.synonyms,
    indexed: config.indexed,
    bestBets: config.bestBets,
  });

  /** Fetch the index chunks of the query's words of three letters or more (a shorter prefix reads many). */
  function preloadTyped(query: string) {
    const whole = query.split(' ').filter((w) => w.length >= 3);
    if (pagefind && whole.length)
      pagefind.preload(whole.join(' '), { filters: checkedFilters(app) }).catch(() => undefined);
  }

  async function search() {
    const id = ++searchId;
    const started = performance.now();
    const typed = input.value;
    writeAddress(app, typed, exact);
    if (!normalizeQuery(typed)) return view.clear();
    view.searching();
    try {
      const found = await findPages(typed, locale, context());
      if (id !== searchId || !(await view.show(found, typed, () => id === searchId))) return;
      // For the benchmark (npm run bench): how long this search took, typing excluded.
      app.dispatchEvent(new CustomEvent('search-rendered', { detail: { ms: performance.now() - started } }));
    } catch (error) {
      // Said on the page; the cause goes to the console for whoever looks into it.
      console.error(error);
      if (id === searchId) view.failed();
    }
  }

  const searchNow = scheduleTyping(input, form, {
    start() {
      // What the first search reads, all at once (the page's inert copy of the hints).
      const hints = document.getElementById(hintsTemplateId) as HTMLTemplateElement | null;
      if (hints) document.head.append(hints.content.cloneNode(true));
      hints?.remove();
      void words.start();
      pagefindFor(config.pagefindUrl, locale)
        .then((loaded) => {
          pagefind = loaded;
          // What was typed while Pagefind loaded: its index chunks now, not when the search runs.
          preloadTyped(normalizeQuery(input.value));
        })
        .catch(() => undefined);
      // The filters are in the page as built; they show, closed at every width so the results come
      // first, once the search can run (open when the address ticks some).
      if (watchFilters(app, () => void search())) {
        filtersBox.open = filtersFromAddress(app, new URLSearchParams(location.search));
        filtersBox.hidden = false;
      }
    },
    eachKey(typed) {
      exact = false;
      // A search under way is for text no longer in the box: it neither loads its results nor shows them.
      searchId++;
      // The names of the word pieces under the words' first letters, in each index the search
      // reads, and this page's index chunks for its whole words.
      const query = normalizeQuery(typed);
      if (!query) return;
      for (const lang of indexesFor(query, locale)) void words.prefetchHeads(lang, query);
      preloadTyped(query);
    },
    paused(typed) {
      // The pieces, short words' chunks and the rewrites' chunks: not for every half-typed word
      // ("ста" reads every piece under it). Before Pagefind is ready only the word pieces.
      // Not while a word is so short that it reads many pieces: the search loads what it needs.
      const query = normalizeQuery(typed);
      const langs = indexesFor(query, locale);
      const ready = Promise.all(langs.map((lang) => words.readsFew(lang, query, 2))).then(async (few) => {
        if (!few.every(Boolean)) return;
        if (pagefind) await prefetchSearch(query, locale, context());
        else await Promise.all(langs.map((lang) => words.prefetch(lang, query)));
      });
      ready.catch(() => undefined);
    },
    search: () => void search(),
  });

  loadSegmenterEarly(locale);
  input.value = opened.typed;
  if (input.value) searchNow();
}
