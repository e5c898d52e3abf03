import { locales, type Locale } from '../../i18n/locales';
import { publication, type Publication, type Publishable } from '../publish';
import type { SearchEntry } from '../search/entry';
import type { LocalizedPage } from '../translations';
import { href, pagePath, paths } from './urls';

/**
 * Which pages ask search engines not to index them: decided here once, for the page's head and for
 * the sitemap (which leaves them out).
 */
export const noindex = {
  /** A notice at the address of a translation that does not exist yet. */
  untranslated: true,
  /** The search page: it has nothing of its own to find. */
  search: true,
  /** The editors' translation lists. */
  translations: true,
  /** The library with two or more filters: a narrower view of pages that are indexed. */
  combinedFilters: true,
  /** Error pages (they have no address of their own in the model). */
  notFound: true,
} as const;

/** What the model says about one page: its head, the search index and the sitemap render it. */
export interface PageFacts {
  locale: Locale;
  noindex: boolean;
  /** When its content last changed, for dated pages (news: updated or published; reports: published). */
  lastmod?: Date;
  /** How site search finds it; a page without it (lists, notices, the home page) is not indexed. */
  search?: SearchEntry;
  /** An item not on the public site yet (a draft, or scheduled): only the preview has its page, marked. */
  notLive?: Exclude<Publication, { state: 'live' }>;
}

interface Dated {
  data: { pubDate: Date; updatedDate?: Date; draft?: boolean };
}

/** What pageFacts reads of the model: its pages, plainly typed (tested with plain arrays). */
export interface FactsInput {
  newsPages: { page: LocalizedPage<Dated>; path: string }[];
  reportPages: LocalizedPage<{ data: { pubDate: Date; status: string; draft?: boolean } }>[];
  servicePages: { page: LocalizedPage<{ data: { category: string } }>; path: string }[];
  standing: Map<string, LocalizedPage<unknown>[]>;
  directives: { number: number; date?: Date }[];
  regulations: {
    slug: string;
    entry: { data: { kind: string; status?: string; adopted: Date | number } };
  }[];
  /** The translation lists' pages (their list's base and number). */
  translationPages: { locale: Locale; list: { base: string; current: number } }[];
  /** The regulations library's pages (their listing's filters, their list's base and number). */
  libraryPages: { locale: Locale; page: { selection: object }; list: { base: string; current: number } }[];
}

/**
 * Every page's facts by its address (`/en/news/x/`). A page not listed here is indexed by search
 * engines, has no date and is not in site search. Pure: tested with plain arrays.
 */
export function pageFacts(model: FactsInput, now = new Date()): Map<string, PageFacts> {
  const facts = new Map<string, PageFacts>();
  const set = (locale: Locale, path: string, f: Omit<PageFacts, 'locale'>) =>
    facts.set(href(locale, path), { locale, ...f });
  const mirrored = <T>(
    page: LocalizedPage<T>,
    path: string,
    own: (item: T) => Omit<PageFacts, 'locale' | 'noindex'>,
  ) =>
    set(
      page.locale,
      path,
      page.kind === 'entry' ? { noindex: false, ...own(page.item) } : { noindex: noindex.untranslated },
    );
  const lastChange = (d: Dated['data']) => d.updatedDate ?? d.pubDate;
  // Whether a dated item is live, by the one publication rule (the preview makes pages for the rest).
  const state = (data: Publishable) => {
    const p = publication(data, now);
    return p.state === 'live' ? {} : { notLive: p };
  };

  for (const { page, path } of model.newsPages)
    mirrored(page, path, ({ data }) => ({
      lastmod: lastChange(data),
      search: { type: 'news', date: data.pubDate },
      ...state(data),
    }));
  for (const page of model.reportPages)
    mirrored(page, paths.report(page.slug), ({ data }) => ({
      lastmod: data.pubDate,
      search: { type: 'report', date: data.pubDate, filters: { status: data.status } },
      ...state(data),
    }));
  for (const { page, path } of model.servicePages)
    mirrored(page, path, ({ data }) => ({ search: { type: 'service', filters: { kind: data.category } } }));
  for (const [slug, pages] of model.standing)
    for (const page of pages) mirrored(page, paths.standing(slug), () => ({ search: { type: 'page' } }));

  for (const locale of locales) {
    // The index pages that are worth finding by name.
    for (const path of [paths.services, paths.directives, paths.regulations])
      set(locale, path, { noindex: false, search: { type: 'page' } });
    set(locale, paths.search, { noindex: noindex.search });
    for (const d of model.directives)
      set(locale, paths.directive(d.number), {
        noindex: false,
        search: { type: 'directive', ...(d.date ? { date: d.date } : {}) },
      });
    for (const r of model.regulations) {
      const { kind, status, adopted } = r.entry.data;
      set(locale, paths.regulation(r.slug), {
        noindex: false,
        search: { type: 'regulation', date: adopted, filters: { kind, status: status ?? 'unknown' } },
      });
    }
  }
  for (const { locale, list } of model.translationPages)
    set(locale, pagePath(list.base, list.current), { noindex: noindex.translations });
  for (const { locale, page, list } of model.libraryPages)
    if (Object.keys(page.selection).length > 1)
      set(locale, pagePath(list.base, list.current), { noindex: noindex.combinedFilters });
  return facts;
}

/** The search entries of one language's pages. */
export const searchEntries = (facts: Map<string, PageFacts>, locale: Locale): SearchEntry[] =>
  [...facts.values()].filter((f) => f.locale === locale && f.search).map((f) => f.search!);

// The sitemap is written by an integration after the pages, outside the pages' module graph: the
// model hands it the facts through one slot of the process (as the content session does).
const slot = Symbol.for('masm.page-facts');
type Slot = { [slot]?: Map<string, PageFacts> };

/** Called by the site model once it is computed. */
export function publishPageFacts(facts: Map<string, PageFacts>) {
  (globalThis as Slot)[slot] = facts;
}

/** A page's facts by its address (a full URL or a path); throws when no model published any. */
export function factsOf(url: string): Omit<PageFacts, 'locale'> {
  const facts = (globalThis as Slot)[slot];
  if (!facts) throw new Error('The site model published no page facts: the sitemap cannot be written.');
  return facts.get(url.startsWith('/') ? url : new URL(url).pathname) ?? { noindex: false };
}
