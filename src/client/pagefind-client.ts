import { hintedTag } from '../lib/search/hints';
/** The parts of Pagefind's browser API this site uses. */
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
export interface PagefindData {
  url: string;
  excerpt: string;
  /** The page's whole indexed text. */
  content?: string;
  meta: Record<string, string | undefined>;
  /** The page's filters and their values (a regulation's status). */
  filters?: Record<string, string[] | undefined>;
}
interface PagefindInstance {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o?: { filters?: Filters }) => Promise<{ results: PagefindResult[] } | null>;
  preload: (q: string, o?: { filters?: Filters }) => Promise<void>;
}
interface PagefindModule {
  createInstance: (o?: Record<string, unknown>) => PagefindInstance;
}
export type Filters = Record<string, { any: string[] }>;

const instances = new Map<string, Promise<PagefindInstance>>();

/**
 * A Pagefind instance for one language's index, made once: searches that start together share it
 * (two instances of one language would each load the WebAssembly). The other language has its own copy
 * of Pagefind's module: the module keeps one WebAssembly instance for the page, and the languages'
 * indexes need different ones (English has a stemmer), so a second language's instance must not
 * share the first's. Pagefind picks the index from `<html lang>` when an instance is created, so
 * the attribute is set to the wanted language for that moment only. Pagefind loads its index's
 * metadata and WebAssembly in the background and makes every call wait for them; a load that fails
 * fails the calls, and `forgetPagefind` lets the next search try again.
 */
export function pagefindFor(url: string, lang: string): Promise<PagefindInstance> {
  let instance = instances.get(lang);
  if (!instance) {
    instance = createFor(url, lang);
    instances.set(lang, instance);
    instance.catch(() => instances.delete(lang));
  }
  return instance;
}

/** Drop a language's instance whose load failed, so that the next search loads it afresh. */
export function forgetPagefind(lang: string): void {
  instances.delete(lang);
}

async function createFor(url: string, lang: string): Promise<PagefindInstance> {
  const html = document.documentElement;
  const own = lang === html.lang ? url : `${url}?lang=${encodeURIComponent(lang)}`;
  const mod = (await import(/* @vite-ignore */ own)) as PagefindModule;
  const pageLang = html.lang;
  html.lang = lang;
  let instance: PagefindInstance;
  try {
    // In the page, not a web worker: for an index this small the worker's message round trips
    // cost more than they save (npm run bench:search: warm median 22 ms with it, 12 ms without).
    // The tag of the entry file the page's head hinted (search-index.ts), so Pagefind asks for the
    // address already on its way; without hints Pagefind makes its own.
    const tag = hintedTag(
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map(
        (l) => l.getAttribute('href') ?? '',
      ),
    );
    instance = mod.createInstance({ noWorker: true, ...(tag ? { metaCacheTag: tag } : {}) });
  } finally {
    html.lang = pageLang;
  }
  await instance.options({ excerptLength: 24 });
  return instance;
}

/**
 * Pagefind splits every query into graphemes with `Intl.Segmenter`, and the browser loads its text
 * segmentation rules when a page makes its first segmenter, whatever the language: 12–25 ms in
 * Chromium here, which would otherwise fall in the first search. Made once while the page is idle,
 * they are loaded before anyone has typed; nothing is fetched.
 */
export function loadSegmenterEarly(locale: string): void {
  // Pagefind does without one where a browser has none.
  if (typeof Intl.Segmenter === 'undefined') return;
  const later = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 0));
  later(() => new Intl.Segmenter(locale, { granularity: 'grapheme' }));
}

export interface FoundPage {
  lang: string;
  data: () => Promise<PagefindData>;
}
