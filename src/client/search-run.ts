import { expandQuery, unknownWords, type Variant } from '../lib/search/expand';
import { mergeHits, type Hit } from '../lib/search/merge';
import { indexesFor } from '../lib/search/indexes';
import { hasCyrillic, normalizeQuery } from '../lib/search/normalize';
import { subjectWords, wordSubsets } from '../lib/search/question';
import { synonymVariants } from '../lib/search/synonyms';
import { forgetPagefind, pagefindFor, type FoundPage, type Filters } from './pagefind-client';
import type { WordPieces } from './word-pieces';

/** What one search found, and what the page should say about it. */
interface Outcome {
  hits: Hit<FoundPage>[];
  /** The queries that were searched (the typed one first), for the title re-rank. */
  queries: string[];
  /** The corrected query the results come from, when the words as typed found nothing. */
  corrected?: string;
  /** The part of the query the results come from, when all its words together found nothing. */
  partial?: string;
  note?: 'includesMongolian' | 'englishFallback';
}

interface SearchContext {
  pagefindUrl: string;
  words: WordPieces;
  filters: Filters;
  /** Search the words exactly as typed: no rewrites, no typo fixes (the "as typed" link). */
  exact: boolean;
  /** The officers' synonym groups (content/synonyms/). */
  synonyms: readonly (readonly string[])[];
}

/** How much a synonym's results count against the words as typed. */
const synonymWeight = 0.85;

/**
 * Results enough that rewrites of the query would only add slower, weaker ones: more than two
 * pages of them (a common word at 10,000 pages). Fewer, and a stem may still find better pages
 * ("үйлчилгээний" finds 12 pages; its stem finds the list of services).
 */
const plenty = 25;

/**
 * Pagefind's hits for one query string, kept for the page's life (the most recent 60): a common
 * word at 10,000 pages takes Pagefind tens of milliseconds, and typing back, ticking a filter off
 * or a rewrite that another query also made asks for the same again.
 */
const searched = new Map<string, Promise<Hit<FoundPage>[]>>();
function pagefindHits(lang: 'mn' | 'en', query: string, ctx: SearchContext): Promise<Hit<FoundPage>[]> {
  const key = JSON.stringify([ctx.pagefindUrl, lang, query, ctx.filters]);
  let hits = searched.get(key);
  if (!hits) {
    hits = pagefindFor(ctx.pagefindUrl, lang)
      .then((instance) => instance.search(query, { filters: ctx.filters }))
      .then((found) =>
        (found?.results ?? []).map((r) => {
          // Loaded once, whether early (below) or to be shown; a fetch that fails (a phone's
          // connection) is tried once more, and a failure is not kept.
          let data: ReturnType<typeof r.data> | undefined;
          const forget = (e: unknown) => {
            data = undefined;
            throw e;
          };
          const load = () =>
            (data ??= r
              .data()
              .catch(() => r.data())
              .catch(forget));
          return { id: `${lang}:${r.id}`, score: r.score, item: { lang, data: load } };
        }),
      );
    hits.catch(() => {
      searched.delete(key);
      // Most likely Pagefind's index or WebAssembly did not load: the next search loads it again.
      forgetPagefind(lang);
    });
    searched.set(key, hits);
    if (searched.size > 60) searched.delete(searched.keys().next().value!);
  }
  return hits;
}

/**
 * Search one language's index: the query as typed at once, while the word pieces it needs load.
 * Its rewrites (stems, Cyrillic, typo fixes) are searched too unless the typed query found
 * `plenty`. A word that is not on the site and has a typo fix replaces the typed query: Pagefind
 * leaves out a word it does not know, so the typed query would find what the other words find.
 */
async function searchLanguage(lang: 'mn' | 'en', query: string, ctx: SearchContext) {
  const run = async (v: Variant) => ({ ...v, hits: await pagefindHits(lang, v.query, ctx) });
  const typedSearch = run({ query, weight: 1 });
  // One word that finds plenty is on the site as typed: no rewrite or typo fix would be used, so
  // the word lists are not needed (nor fetched) for it.
  if (!query.includes(' ')) {
    const typed = await typedSearch;
    if (typed.hits.length >= plenty)
      return { hits: mergeHits([typed]), queries: [query], partial: undefined as string | undefined };
  }
  const { variants, unknown } = ctx.exact
    ? { variants: [] as Variant[], unknown: [] as string[] }
    : await ctx.words.withWords(lang, query, (vocab) => ({
        variants: expandQuery(query, vocab, 4, lang).slice(1),
        unknown: unknownWords(query, vocab, lang),
      }));
  const typed = await typedSearch;
  // Words the site has in no form are left out by Pagefind: the page says which words it used.
  const known = query.split(' ').filter((w) => !unknown.includes(w));
  const partial = unknown.length && known.length ? known.join(' ') : undefined;
  const corrected = variants.some((v) => v.corrected);
  if (!corrected && (typed.hits.length >= plenty || variants.length === 0))
    return { hits: mergeHits([typed]), queries: [query], partial };
  // The typed query's first results are mostly the merged list's too: their fragments load while
  // the rewrites are searched (Pagefind keeps loaded fragments).
  for (const hit of typed.hits.slice(0, 10)) hit.item.data().catch(() => undefined);
  const rewrites = await Promise.all(variants.map(run));
  const fix = rewrites.find((l) => l.corrected && l.hits.length);
  // With a typo fix that finds something, its results count as the typed query's would.
  const lists = fix ? rewrites.map((l) => (l === fix ? { ...l, weight: 1 } : l)) : [typed, ...rewrites];
  return {
    hits: mergeHits(lists),
    queries: [query, ...rewrites.map((l) => l.query)],
    corrected: fix?.query,
    partial,
  };
}

type Found = Awaited<ReturnType<typeof searchLanguage>> & { partial?: string };

/**
 * The query and, where it holds a word of an officers' synonym group, the query with each other
 * member in its place, side by side, merged (the words as typed count most).
 */
async function searchWithSynonyms(lang: 'mn' | 'en', query: string, ctx: SearchContext) {
  const alternatives = ctx.exact ? [] : synonymVariants(query, ctx.synonyms);
  const [own, ...others] = await Promise.all(
    [query, ...alternatives].map((q) => searchLanguage(lang, q, ctx)),
  );
  if (!others.length) return own;
  return {
    ...own,
    hits: mergeHits([
      { weight: 1, hits: own.hits },
      ...others.map((o) => ({ weight: synonymWeight, hits: o.hits })),
    ]),
    queries: [...own.queries, ...others.flatMap((o) => o.queries)],
  };
}

/**
 * The search of one language's index, and when all the words together find nothing, the best part
 * of them: the largest that finds anything, of those the one that finds most (at most six parts,
 * each searched with its rewrites, side by side).
 */
async function searchWithParts(lang: 'mn' | 'en', query: string, ctx: SearchContext): Promise<Found> {
  const whole = await searchWithSynonyms(lang, query, ctx);
  if (whole.hits.length || ctx.exact || !query.includes(' ')) return whole;
  const parts = wordSubsets(query);
  for (let size = query.split(' ').length - 1; size >= 1; size--) {
    const level = parts.filter((p) => p.split(' ').length === size);
    const found = await Promise.all(
      level.map(async (p) => ({ p, r: await searchWithSynonyms(lang, p, ctx) })),
    );
    const best = found.reduce<(typeof found)[number] | undefined>(
      (a, b) => (b.r.hits.length > (a?.r.hits.length ?? 0) ? b : a),
      undefined,
    );
    if (best)
      return { ...best.r, partial: best.r.partial ?? best.r.corrected ?? best.p, corrected: undefined };
  }
  return whole;
}

/**
 * While typing pauses, fetch what the search of `typed` on a page of `locale` will read, in each
 * index it reads: the word pieces of its words, then the index chunks of the query itself (its short
 * words too, which the keystrokes leave out) and of its rewrites (Latin typing, stems, typo fixes),
 * which would otherwise load one after the other during the search. Nothing is searched. A single
 * word that occurs often on the site (far more than `plenty`) is searched as typed only, so its
 * rewrites are not fetched; the counts are occurrences, not pages, hence the margin.
 */
export async function prefetchSearch(typed: string, locale: 'mn' | 'en', ctx: SearchContext): Promise<void> {
  const query = normalizeQuery(typed);
  if (!query || ctx.exact) return;
  const common = (count = 0) => !query.includes(' ') && count >= 4 * plenty;
  await Promise.all(
    indexesFor(typed, locale).map(async (lang) => {
      const instance = pagefindFor(ctx.pagefindUrl, lang);
      const preload = async (q: string) => (await instance).preload(q, { filters: ctx.filters });
      const rewrites = ctx.words.withWords(lang, query, (vocab) =>
        common(vocab.counts.get(query)) ? [] : expandQuery(query, vocab, 4, lang).slice(1),
      );
      // Not while the last word has one or two letters: such a prefix reads many chunks.
      const typedNow = query.split(' ').at(-1)!.length >= 3 ? preload(query) : undefined;
      await Promise.all([typedNow, ...(await rewrites).map((v) => preload(v.query))]);
    }),
  );
}

/**
 * The search for what was typed on a page of `locale`. The Mongolian page offers the English
 * results when an English word finds nothing; the English page also searches the Mongolian pages
 * when the query has Cyrillic letters.
 */
export async function findPages(typed: string, locale: 'mn' | 'en', ctx: SearchContext): Promise<Outcome> {
  // A question's words that say what it is about (all of them with "as typed").
  const query = ctx.exact ? normalizeQuery(typed) : subjectWords(normalizeQuery(typed));
  const own = await searchWithParts(locale, query, ctx);
  if (locale === 'mn') {
    if (own.hits.length || !/[a-z]/i.test(typed)) return own;
    const english = await searchWithParts('en', query, ctx);
    return english.hits.length ? { ...english, note: 'englishFallback' } : own;
  }
  if (!hasCyrillic(typed)) return own;
  const mongolian = await searchWithParts('mn', query, ctx);
  return {
    hits: [...own.hits, ...mongolian.hits],
    queries: [...own.queries, ...mongolian.queries],
    corrected: own.hits.length ? own.corrected : mongolian.corrected,
    partial: own.hits.length ? own.partial : mongolian.partial,
    note: 'includesMongolian',
  };
}
