import { plural } from '../i18n/plural';
import type { PluralForms } from '../i18n/dictionary';
import type { Locale } from '../i18n/locales';
import type { Hit } from '../lib/search/merge';
import { indexesFor } from '../lib/search/indexes';
import { normalizeQuery } from '../lib/search/normalize';
import { rerankByTitle } from '../lib/search/rank';
import { loadSegmenterEarly, pagefindFor, type FoundPage, type PagefindData } from './pagefind-client';
import { checkedFilters, filtersFromUrl, filtersToUrl, watchFilters } from './search-filters';
import { findPages, prefetchSearch } from './search-run';
import { resultItem } from './search-results';
import { WordPieces } from './word-pieces';

interface Config {
  locale: Locale;
  wordsUrl: string;
  pagefindUrl: string;
  synonyms: string[][];
  strings: {
    resultCount: PluralForms;
    noResults: string;
    status: string;
    includesMongolian: string;
    englishFallback: string;
    corrected: string;
    partial: string;
    asTyped: string;
    loading: string;
    error: string;
    yearOnly: string;
    types: Record<string, string>;
    languageNames: Record<string, string>;
  };
}

/** Results rendered at a time; each one fetches its own fragment of the index. */
const pageSize = 10;
/**
 * How long typing must pause before the search runs (ms). Short: a search that a later key
 * overtakes is dropped, and Pagefind's answers are kept, so searching between keys costs little.
 */
const searchPause = 30;
/** How long typing must pause before the word pieces and rewrites' chunks are fetched (ms). */
const prefetchPause = 15;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
type Loaded = Hit<FoundPage> & { loaded?: PagefindData };

export function startSearchPage() {
  const app = $('search-app');
  const config = JSON.parse(app.dataset.config!) as Config;
  const { locale, strings } = config;
  const input = $<HTMLInputElement>('search-q');
  const status = $('search-status');
  const note = $('search-note');
  const correction = $('search-corrected');
  const filtersBox = $<HTMLDetailsElement>('search-filters');
  const list = $<HTMLOListElement>('search-results');
  const more = $<HTMLButtonElement>('search-more');
  const help = $('search-help');
  // The language switcher keeps the search: the same address in the other language.
  const switcher = document.querySelector<HTMLAnchorElement>('.language-switcher a');
  more.addEventListener('click', () => void showMore());
  const words = new WordPieces(config.wordsUrl);
  let searchId = 0;
  /** This page's Pagefind, once loaded. */
  let pagefind: Awaited<ReturnType<typeof pagefindFor>> | undefined;
  let current: Loaded[] = [];
  // "Search as typed" links here with ?exact=1; typing anew drops it.
  let exact = new URLSearchParams(location.search).get('exact') === '1';

  /** What a search reads: the index, the word pieces, the ticked filters, whether to search as typed. */
  const context = () => ({
    pagefindUrl: config.pagefindUrl,
    words,
    filters: checkedFilters(app),
    exact,
    synonyms: config.synonyms,
  });

  async function loadPagefind() {
    pagefind = await pagefindFor(config.pagefindUrl, locale);
    // What was typed while Pagefind loaded: its index chunks now, not when the search runs.
    preloadTyped(normalizeQuery(input.value));
  }

  /** Fetch the index chunks of the query's words of three letters or more (see below). */
  function preloadTyped(query: string) {
    const whole = query.split(' ').filter((w) => w.length >= 3);
    if (pagefind && whole.length)
      pagefind.preload(whole.join(' '), { filters: checkedFilters(app) }).catch(() => undefined);
  }

  async function load(hits: Loaded[]): Promise<Loaded[]> {
    await Promise.all(hits.map(async (h) => (h.loaded ??= await h.item.data())));
    return hits;
  }
  const items = (hits: Loaded[]) => hits.map((h) => resultItem(h.loaded!, h.item.lang, locale, strings));

  async function showMore() {
    const from = list.children.length;
    list.append(...items(await load(current.slice(from, from + pageSize))));
    more.hidden = list.children.length >= current.length;
  }

  async function render(found: Loaded[], queries: string[], id: number, typed: string) {
    const top = found.slice(0, pageSize);
    // Each result is shown as soon as its own data arrives, in a slot kept for it in the order
    // found, so nothing moves while the others load.
    const slots = top.map(() => Object.assign(document.createElement('li'), { className: 'pending' }));
    list.replaceChildren(...slots);
    await Promise.all(
      top.map(async (hit, i) => {
        hit.loaded ??= await hit.item.data();
        if (id === searchId) slots[i].replaceWith(...items([hit]));
      }),
    );
    if (id !== searchId) return;
    // With every title in, a title that is the query goes first: the list changes only if the
    // order found did not have it there already.
    current = rerankByTitle(queries, [...top, ...found.slice(pageSize)], (h) => ({
      title: h.loaded?.meta.title ?? '',
      number: h.loaded?.meta.number,
    }));
    if (current.slice(0, pageSize).some((h, i) => h !== top[i]))
      list.replaceChildren(...items(current.slice(0, pageSize)));
    more.hidden = current.length <= pageSize;
    // No dead end: with nothing found, the hotline, suggested searches and the services.
    help.hidden = current.length > 0;
    // Plain text: the query is shown exactly as typed, never as markup.
    status.textContent = current.length
      ? strings.status
          .replace('{count}', plural(locale, current.length, strings.resultCount))
          .replace('{q}', typed.trim())
      : strings.noResults.replace('{q}', typed.trim());
  }

  function showCorrection(corrected: string | undefined, typed: string, partial?: string) {
    correction.hidden = !corrected && !partial;
    if (partial) return void (correction.textContent = strings.partial.replace('{q}', partial));
    if (!corrected) return correction.replaceChildren();
    const url = new URL(location.href);
    url.searchParams.set('q', typed);
    url.searchParams.set('exact', '1');
    const link = Object.assign(document.createElement('a'), {
      href: url.pathname + url.search,
      textContent: strings.asTyped.replace('{q}', typed.trim()),
    });
    correction.replaceChildren(`${strings.corrected.replace('{q}', corrected)} `, link);
  }

  async function run() {
    const id = ++searchId;
    const started = performance.now();
    const typed = input.value;
    const url = new URL(location.href);
    if (typed.trim()) url.searchParams.set('q', typed);
    else url.searchParams.delete('q');
    if (!exact) url.searchParams.delete('exact');
    filtersToUrl(app, url);
    history.replaceState(null, '', url);
    if (switcher) switcher.search = url.search;
    note.hidden = true;
    if (!normalizeQuery(typed)) {
      list.replaceChildren();
      help.hidden = true;
      showCorrection(undefined, typed);
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading;
    try {
      const outcome = await findPages(typed, locale, context());
      if (id !== searchId) return;
      await render(outcome.hits, outcome.queries, id, typed);
      if (id !== searchId) return;
      showCorrection(outcome.corrected, typed, outcome.partial);
      if (outcome.note) showNote(strings[outcome.note]);
      // For the benchmark (npm run bench:search): how long this search took, typing excluded.
      app.dispatchEvent(new CustomEvent('search-rendered', { detail: { ms: performance.now() - started } }));
    } catch (error) {
      // Said on the page; the cause goes to the console for whoever looks into it.
      console.error(error);
      if (id === searchId) status.textContent = strings.error;
    }
  }

  function showNote(text: string) {
    note.textContent = text;
    note.hidden = false;
  }

  // Nothing of the search (Pagefind, the word lists) is fetched with the page: it starts when
  // someone is about to search (the box is focused or typed in) or when the page opens with a query
  // to run (?q=). The filters are in the page as built; they show, closed at every width so the
  // results come first, once the search can run (open when the address ticks some).
  let started = false;
  function start() {
    if (started) return;
    started = true;
    void words.start();
    loadPagefind().catch(() => undefined);
    if (watchFilters(app, () => void run())) {
      filtersBox.open = filtersFromUrl(app, new URLSearchParams(location.search));
      filtersBox.hidden = false;
    }
  }
  for (const event of ['focus', 'keydown', 'input']) input.addEventListener(event, start, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pause: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    exact = false;
    // Fetch what the search will read, in each index it reads: at each key the names of the word
    // pieces under the words' first letters, and once this page's Pagefind is loaded its index
    // chunks for the words of three letters or more (a one-letter prefix would fetch a large part
    // of the index on the first keystroke); the pieces, short words' chunks and the rewrites'
    // chunks only once the typing pauses (`prefetchPause`), not for every half-typed word ("ста"
    // reads every piece under it).
    const query = normalizeQuery(input.value);
    clearTimeout(pause);
    if (query) {
      const langs = indexesFor(query, locale);
      for (const lang of langs) void words.prefetchHeads(lang, query);
      pause = setTimeout(() => {
        // Before Pagefind is ready only the word pieces: the chunks come with the search itself.
        const ready = pagefind
          ? prefetchSearch(query, locale, context())
          : Promise.all(langs.map((lang) => words.prefetch(lang, query)));
        ready.catch(() => undefined);
      }, prefetchPause);
      preloadTyped(query);
    }
    clearTimeout(timer);
    timer = setTimeout(run, searchPause);
  });
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    start();
    run();
  });

  loadSegmenterEarly(locale);
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  if (input.value) {
    start();
    run();
  }
}
