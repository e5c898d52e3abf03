import { plural } from '../i18n/plural';
import type { PluralForms } from '../i18n/dictionary';
import type { Locale } from '../i18n/locales';
import { formatDate } from '../lib/dates';
import { expandQuery } from '../lib/search/expand';
import type { Hit } from '../lib/search/merge';
import { hasCyrillic, normalizeQuery } from '../lib/search/normalize';
import { buildVocabulary, type Vocabulary } from '../lib/search/vocabulary';
import { pagefindFor, searchVariants, type FoundPage, type Filters } from './pagefind-client';

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
    languageNames: Record<string, string>;
  };
}

const maxShown = 20;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Copy Pagefind's excerpt as text plus <mark> only, so nothing from the index can become markup. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  return [...doc.body.firstChild!.childNodes].map((n) => {
    if (n.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = n.textContent;
      return mark;
    }
    return document.createTextNode(n.textContent ?? '');
  });
}

export function startSearchPage() {
  const app = $('search-app');
  const config = JSON.parse(app.dataset.config!) as Config;
  const { locale, strings } = config;
  const input = $<HTMLInputElement>('search-q');
  const status = $('search-status');
  const note = $('search-note');
  const list = $<HTMLOListElement>('search-results');
  let vocabulary: Promise<Vocabulary> | undefined;
  let searchId = 0;

  const loadVocabulary = () =>
    (vocabulary ??= fetch(config.vocabularyUrl)
      .then((r) => (r.ok ? r.json() : []))
      .catch(() => [])
      .then((words: string[]) => buildVocabulary(words)));

  function checkedFilters(): Filters {
    const filters: Filters = {};
    for (const name of ['type', 'year']) {
      const any = [...app.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map(
        (i) => i.value,
      );
      if (any.length) filters[name] = { any };
    }
    return filters;
  }

  async function buildFilters() {
    const counts = await (await pagefindFor(config.pagefindUrl, locale)).filters();
    const order = (name: string, values: string[]) =>
      name === 'type' ? config.typeOrder.filter((v) => values.includes(v)) : values.sort().reverse();
    for (const name of ['type', 'year']) {
      const fieldset = $(`filter-${name}`);
      for (const value of order(name, Object.keys(counts[name] ?? {}))) {
        const label = document.createElement('label');
        const box = Object.assign(document.createElement('input'), { type: 'checkbox', name, value });
        box.addEventListener('change', () => run());
        label.append(box, ` ${name === 'type' ? (strings.types[value] ?? value) : value}`);
        fieldset.append(label);
      }
      fieldset.hidden = fieldset.querySelectorAll('input').length === 0;
    }
  }

  async function render(hits: Hit<FoundPage>[], id: number, typed: string) {
    const shown = await Promise.all(
      hits.slice(0, maxShown).map(async (h) => ({ lang: h.item.lang, data: await h.item.data() })),
    );
    if (id !== searchId) return;
    list.replaceChildren(
      ...shown.map(({ lang, data }) => {
        const li = document.createElement('li');
        const heading = document.createElement('h2');
        const link = Object.assign(document.createElement('a'), {
          href: data.url,
          textContent: data.meta.title ?? data.url,
        });
        heading.append(link);
        const meta = document.createElement('p');
        meta.className = 'meta';
        const parts = [strings.types[data.meta.type ?? 'page'] ?? data.meta.type];
        if (data.meta.date) parts.push(formatDate(new Date(data.meta.date), locale));
        if (lang !== locale) {
          li.lang = lang;
          link.hreflang = lang;
          parts.push(strings.languageNames[lang]);
        }
        meta.textContent = parts.join(' · ');
        const excerpt = document.createElement('p');
        excerpt.append(...excerptNodes(data.excerpt));
        li.append(heading, meta, excerpt);
        return li;
      }),
    );
    // Plain text: the query is shown exactly as typed, never as markup.
    status.textContent = hits.length
      ? strings.status
          .replace('{count}', plural(locale, hits.length, strings.resultCount))
          .replace('{q}', typed.trim())
      : strings.noResults.replace('{q}', typed.trim());
  }

  async function run() {
    const id = ++searchId;
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
      if (id === searchId) await render(hits, id, typed);
    } catch {
      if (id === searchId) status.textContent = strings.error;
    }
  }

  function showNote(text: string) {
    note.textContent = text;
    note.hidden = false;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });

  input.value = new URLSearchParams(location.search).get('q') ?? '';
  buildFilters().catch(() => undefined);
  if (input.value) run();
}
