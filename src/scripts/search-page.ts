import { plural } from '../i18n/plural';
import type { PluralForms } from '../i18n/dictionary';
import type { Locale } from '../i18n/locales';
import { expandQuery } from '../lib/search/expand';
import type { Hit } from '../lib/search/merge';
import { hasCyrillic, normalizeQuery } from '../lib/search/normalize';
import { buildVocabulary, type Vocabulary } from '../lib/search/vocabulary';
import { pagefindFor, searchVariants, type FoundPage, type Filters } from './pagefind-client';
import { resultItem } from './search-results';

interface Config {
  locale: Locale;
  vocabularyUrl: string;
  pagefindUrl: string;
  typeOrder: string[];
  strings: {
    resultCount: PluralForms;
    noResults: string;
    status: string;
    includesMongolian: string;
    englishFallback: string;
    loading: string;
    error: string;
    types: Record<string, string>;
    filterValues: Record<string, Record<string, string>>;
    languageNames: Record<string, string>;
  };
}

/** Results rendered at a time; each one fetches its own fragment of the index. */
const pageSize = 10;
/** Pagefind filters shown as checkbox groups, in this order. */
const filterNames = ['type', 'kind', 'status', 'year'];
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function startSearchPage() {
  const app = $('search-app');
  const config = JSON.parse(app.dataset.config!) as Config;
  const { locale, strings } = config;
  const input = $<HTMLInputElement>('search-q');
  const status = $('search-status');
  const note = $('search-note');
  const list = $<HTMLOListElement>('search-results');
  const more = $<HTMLButtonElement>('search-more');
  more.addEventListener('click', () => void showMore());
  let vocabulary: Promise<Vocabulary> | undefined;
  let searchId = 0;

  const loadVocabulary = () =>
    (vocabulary ??= fetch(config.vocabularyUrl)
      .then((r) => (r.ok ? r.json() : []))
      .catch(() => [])
      .then((words: string[]) => buildVocabulary(words)));

  function checkedFilters(): Filters {
    const filters: Filters = {};
    for (const name of filterNames) {
      const any = [...app.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map(
        (i) => i.value,
      );
      if (any.length) filters[name] = { any };
    }
    return filters;
  }

  const valueLabel = (name: string, value: string) =>
    (name === 'type' ? strings.types[value] : strings.filterValues[name]?.[value]) ?? value;

  async function buildFilters() {
    const counts = await (await pagefindFor(config.pagefindUrl, locale)).filters();
    const order = (name: string, values: string[]) =>
      name === 'type'
        ? config.typeOrder.filter((v) => values.includes(v))
        : name === 'year'
          ? values.sort().reverse()
          : values.sort();
    for (const name of filterNames) {
      const fieldset = $(`filter-${name}`);
      for (const value of order(name, Object.keys(counts[name] ?? {}))) {
        const label = document.createElement('label');
        const box = Object.assign(document.createElement('input'), { type: 'checkbox', name, value });
        box.addEventListener('change', () => run());
        label.append(box, ` ${valueLabel(name, value)}`);
        fieldset.append(label);
      }
      fieldset.hidden = fieldset.querySelectorAll('input').length === 0;
    }
  }

  let current: Hit<FoundPage>[] = [];

  async function resultItems(hits: Hit<FoundPage>[]): Promise<HTMLLIElement[]> {
    const loaded = await Promise.all(
      hits.map(async (h) => ({ lang: h.item.lang, data: await h.item.data() })),
    );
    return loaded.map(({ lang, data }) => resultItem(data, lang, locale, strings));
  }

  async function showMore() {
    const from = list.children.length;
    list.append(...(await resultItems(current.slice(from, from + pageSize))));
    more.hidden = list.children.length >= current.length;
  }

  async function render(hits: Hit<FoundPage>[], id: number, typed: string) {
    const items = await resultItems(hits.slice(0, pageSize));
    if (id !== searchId) return;
    current = hits;
    list.replaceChildren(...items);
    more.hidden = hits.length <= pageSize;
    // Plain text: the query is shown exactly as typed, never as markup.
    status.textContent = hits.length
      ? strings.status
          .replace('{count}', plural(locale, hits.length, strings.resultCount))
          .replace('{q}', typed.trim())
      : strings.noResults.replace('{q}', typed.trim());
  }

  async function run() {
    const id = ++searchId;
    const started = performance.now();
    const typed = input.value;
    const url = new URL(location.href);
    if (typed.trim()) url.searchParams.set('q', typed);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    note.hidden = true;
    if (!normalizeQuery(typed)) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading;
    try {
      const filters = checkedFilters();
      const vocab = await loadVocabulary();
      const own = await pagefindFor(config.pagefindUrl, locale);
      const mnVariants = expandQuery(typed, vocab);
      let hits: Hit<FoundPage>[];
      if (locale === 'mn') {
        hits = await searchVariants(own, 'mn', mnVariants, filters);
        if (hits.length === 0 && /[a-z]/i.test(typed)) {
          const english = await pagefindFor(config.pagefindUrl, 'en');
          hits = await searchVariants(english, 'en', [{ query: normalizeQuery(typed), weight: 1 }], filters);
          if (hits.length) showNote(strings.englishFallback);
        }
      } else {
        hits = await searchVariants(own, 'en', [{ query: normalizeQuery(typed), weight: 1 }], filters);
        if (hasCyrillic(typed)) {
          const mongolian = await pagefindFor(config.pagefindUrl, 'mn');
          hits = [...hits, ...(await searchVariants(mongolian, 'mn', mnVariants, filters))];
          showNote(strings.includesMongolian);
        }
      }
      if (id === searchId) {
        await render(hits, id, typed);
        // For the benchmark (npm run bench:search): how long this search took, typing excluded.
        app.dispatchEvent(
          new CustomEvent('search-rendered', { detail: { ms: performance.now() - started } }),
        );
      }
    } catch {
      if (id === searchId) status.textContent = strings.error;
    }
  }

  function showNote(text: string) {
    note.textContent = text;
    note.hidden = false;
  }

  // Nothing of the search (Pagefind, its filters, the word list) is fetched with the page: it
  // starts when someone is about to search (the box is focused or typed in) or when the page opens
  // with a query to run (?q=).
  let started = false;
  function start() {
    if (started) return;
    started = true;
    void loadVocabulary();
    buildFilters().catch(() => undefined);
  }
  for (const event of ['focus', 'keydown', 'input']) input.addEventListener(event, start, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 100);
  });
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    start();
    run();
  });

  input.value = new URLSearchParams(location.search).get('q') ?? '';
  if (input.value) {
    start();
    run();
  }
}
