import { expandQuery, unknownWords, wordCandidates, type Variant } from '../lib/search/expand';
import { hasPrefix, type Vocabulary } from '../lib/search/vocabulary';
import { mergeHits, type Hit } from '../lib/search/merge';
import { indexesFor } from '../lib/search/indexes';
import { hasCyrillic, isLatinWord, normalizeQuery } from '../lib/search/normalize';
import { subjectWords } from '../lib/search/question';
import { queryParts, rankByParts } from '../lib/search/ranked';
import { synonymVariants } from '../lib/search/synonyms';
import { bestBetPages, type BestBetQueries } from '../lib/search/best-bets';
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
  /** How many pages each language's index holds. */
  indexed: Record<'mn' | 'en', number>;
  /** The officers' best bets (content/best-bets/). */
  bestBets: readonly BestBetQueries[];
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
function pagefindHits(
  lang: 'mn' | 'en',
  query: string | null,
  ctx: SearchContext,
  filters: Filters = ctx.filters,
): Promise<Hit<FoundPage>[]> {
  const key = JSON.stringify([ctx.pagefindUrl, lang, query, filters]);
  let hits = searched.get(key);
  if (!hits) {
    hits = pagefindFor(ctx.pagefindUrl, lang)
      .then((instance) => instance.search(query, { filters }))
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
  // Even a word that finds plenty is checked against the site's words (loaded while typing paused):
  // for a word the index lacks, Pagefind searches the longest start of it that it has, unsaid
  // ("хэмжилзүй" finds "хэмжил"'s pages).
  const { variants, unknown, absent } = ctx.exact
    ? { variants: [] as Variant[], unknown: [] as string[], absent: false }
    : await ctx.words.withWords(lang, query, (vocab) => ({
        variants: expandQuery(query, vocab, 4, lang).slice(1),
        unknown: unknownWords(query, vocab, lang),
        absent: query.split(' ').some((w) => guessed(w, vocab, lang)),
      }));
  const typed = await typedSearch;
  // A word the site has in no form, with no rewrite: what Pagefind finds for it is its own guess.
  if (unknown.includes(query) && variants.length === 0)
    return { hits: [], queries: [query], partial: undefined as string | undefined };
  // Words the site has in no form are left out by Pagefind: the page says which words it used.
  const known = query.split(' ').filter((w) => !unknown.includes(w));
  const partial = unknown.length && known.length ? known.join(' ') : undefined;
  const corrected = variants.some((v) => v.corrected);
  if (!corrected && !absent && (typed.hits.length >= plenty || variants.length === 0))
    return { hits: mergeHits([typed]), queries: [query], partial };
  const rewrites = await Promise.all(variants.map(run));
  const fix = rewrites.find((l) => l.corrected && l.hits.length);
  // With a typo fix that finds something, its results count as the typed query's would.
  const lists = fix
    ? rewrites.map((l) => (l === fix ? { ...l, weight: 1 } : l))
    : absent
      ? rewrites
      : [typed, ...rewrites];
  return {
    hits: mergeHits(lists),
    queries: [query, ...rewrites.map((l) => l.query)],
    corrected: fix?.query,
    partial,
  };
}

/**
 * Whether Pagefind's hits for a word would be a guess: for a word the index lacks it searches the
 * longest start of it that it has, unsaid ("хэмжилзүй" finds "хэмжил"'s pages; the Mongolian
 * index's "avah" a page with an English word). So: a word of the word lists' script that no word
 * of the site starts with, or Mongolian typed in Latin letters, which has a Cyrillic reading (the
 * Mongolian lists hold Cyrillic words only: a Latin word with no reading, "ISO", is searched as typed).
 */
function guessed(word: string, vocab: Vocabulary, lang: 'mn' | 'en'): boolean {
  if (!/^\p{L}+$/u.test(word)) return false;
  if (lang === 'en') return isLatinWord(word) && !hasPrefix(vocab, word);
  if (isLatinWord(word)) return wordCandidates(word, vocab).length > 1;
  return !hasPrefix(vocab, word);
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

/** At most this many parts of a long query are searched one by one (each is a Pagefind search). */
const maxParts = 6;

/**
 * Ranked matching over one language's index: all the query's words together, and each part of it
 * (a word, or a number with its word) on its own, side by side; a page scores by the parts it has,
 * rarer parts counting more (ranked.ts). A page lacking a word is kept, and says which. When no
 * page has all the words, the page says which ones the first result was found by.
 */
async function searchRanked(lang: 'mn' | 'en', query: string, ctx: SearchContext): Promise<Found> {
  const parts = queryParts(query);
  const all = parts.join(' ');
  if (ctx.exact || parts.length < 2) return searchWithSynonyms(lang, all, ctx);
  const [whole, ...each] = await Promise.all(
    [all, ...parts.slice(0, maxParts)].map((q) => searchWithSynonyms(lang, q, ctx)),
  );
  const hits = rankByParts(
    whole.hits,
    each.map((found, i) => ({ part: parts[i], hits: found.hits })),
    ctx.indexed[lang],
  );
  // A part found only through a typo fix is said, as the whole query's fix would be.
  const fixed = each.some((e) => e.corrected)
    ? parts.map((p, i) => each[i]?.corrected ?? p).join(' ')
    : undefined;
  const first = hits[0];
  const used = first?.missing.length ? parts.filter((p) => !first.missing.includes(p)).join(' ') : undefined;
  return {
    hits,
    // The title re-rank asks for titles with all the words: a title with one common word is not
    // a better match than a page with them all.
    queries: whole.queries,
    corrected: whole.hits.length ? whole.corrected : fixed,
    partial: whole.hits.length ? whole.partial : used,
  };
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
  const bets = bestBetPages(typed, ctx.bestBets);
  if (!bets.length) return findRanked(typed, locale, ctx);
  // The bets' pages in this page's language, asked of the index by their filter (with the ticked
  // filters), beside the search itself; shown first, each once.
  const [found, pinned] = await Promise.all([
    findRanked(typed, locale, ctx),
    pagefindHits(locale, null, ctx, { ...ctx.filters, bet: { any: bets } }),
  ]);
  const ids = new Set(pinned.map((h) => h.id));
  return {
    ...found,
    hits: [...pinned.map((h) => ({ ...h, pinned: true })), ...found.hits.filter((h) => !ids.has(h.id))],
  };
}

/** The search itself, best bets aside. */
async function findRanked(typed: string, locale: 'mn' | 'en', ctx: SearchContext): Promise<Outcome> {
  // A question's words that say what it is about (all of them with "as typed").
  const query = ctx.exact ? normalizeQuery(typed) : subjectWords(normalizeQuery(typed));
  const own = await searchRanked(locale, query, ctx);
  if (locale === 'mn') {
    if (own.hits.length || !/[a-z]/i.test(typed)) return own;
    const english = await searchRanked('en', query, ctx);
    return english.hits.length ? { ...english, note: 'englishFallback' } : own;
  }
  if (!hasCyrillic(typed)) return own;
  const mongolian = await searchRanked('mn', query, ctx);
  return {
    // In turn, each list's best first: the first five shown hold both languages' best.
    hits: alternate(own.hits, mongolian.hits),
    queries: [...own.queries, ...mongolian.queries],
    corrected: own.hits.length ? own.corrected : mongolian.corrected,
    partial: own.hits.length ? own.partial : mongolian.partial,
    note: 'includesMongolian',
  };
}

/** Two lists taken in turn (a, b, a, b, …), the rest of the longer one after. */
function alternate<T>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i < a.length) out.push(a[i]);
    if (i < b.length) out.push(b[i]);
  }
  return out;
}
