import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { splitEntryId } from './entry-id';
import { isPublished } from './publish';
import { checkLegalBasis, checkReplacements } from './regulation-graph';
import type { LibraryItem } from './regulation-library';
import { adoptionYear } from './schemas/regulations';
import { pairTranslations, type Localized } from './translations';

export type NewsEntry = CollectionEntry<'news'>;
export type DirectiveEntry = CollectionEntry<'directives'>;
export type PageEntry = CollectionEntry<'pages'>;
export type ServiceEntry = CollectionEntry<'services'>;
export type RegulationEntry = CollectionEntry<'regulations'>;

function localized<T extends { id: string }>(entries: T[]): Localized<T>[] {
  return entries.map((item) => ({ ...splitEntryId(item.id), item }));
}

/** Published news in every language (drafts and scheduled items only in `astro dev`). */
export async function publishedNews(): Promise<Localized<NewsEntry>[]> {
  // The mode, not NODE_ENV: `astro build` is production even when NODE_ENV says otherwise.
  const preview = import.meta.env.MODE === 'development';
  const entries = await getCollection('news', ({ data }) => isPublished(data, { preview }));
  return localized(entries).sort((a, b) => b.item.data.pubDate.getTime() - a.item.data.pubDate.getTime());
}

/** Published news of one language, newest first. */
export async function newsIn(locale: Locale): Promise<Localized<NewsEntry>[]> {
  return (await publishedNews()).filter((n) => n.locale === locale);
}

/** One page per news slug per language, untranslated ones as notices. */
export async function newsPages() {
  return pairTranslations(await publishedNews());
}

/** Standing pages (hotline, about) paired across languages. */
export async function standingPage(slug: string) {
  const pages = pairTranslations(localized(await getCollection('pages'))).filter((p) => p.slug === slug);
  if (pages.length === 0) throw new Error(`No content/pages/<locale>/${slug}.mdx exists`);
  return pages;
}

/**
 * The conference's directives in order. Checks what a schema cannot: numbers are unique and the
 * article each one names exists.
 */
export async function directives(): Promise<DirectiveEntry[]> {
  const entries = (await getCollection('directives')).sort((a, b) => a.data.number - b.data.number);
  const slugs = new Set((await publishedNews()).map((n) => n.slug));
  const seen = new Map<number, string>();
  for (const d of entries) {
    const file = `content/directives/${d.id}.yaml`;
    const clash = seen.get(d.data.number);
    if (clash) throw new Error(`${file}: number ${d.data.number} is already used by ${clash}`);
    seen.set(d.data.number, file);
    if (!slugs.has(d.data.article)) {
      throw new Error(`${file}: article "${d.data.article}" is not a published news item`);
    }
  }
  return entries;
}

/** All regulations, newest first, with their replacedBy chains checked. */
export async function regulations(): Promise<RegulationEntry[]> {
  const entries = await getCollection('regulations');
  checkReplacements(entries.map((r) => ({ slug: r.id, replacedBy: r.data.replacedBy })));
  return entries.sort((a, b) => adoptedTime(b) - adoptedTime(a) || a.id.localeCompare(b.id));
}

/** Services in every language, their legal-basis references checked against the regulations. */
export async function services(): Promise<Localized<ServiceEntry>[]> {
  const entries = localized(await getCollection('services'));
  checkLegalBasis(
    entries.map((s) => ({ file: `content/services/${s.item.id}.mdx`, legalBasis: s.item.data.legalBasis })),
    (await getCollection('regulations')).map((r) => r.id),
  );
  return entries.sort((a, b) => a.item.data.title.localeCompare(b.item.data.title, a.locale));
}

/** One page per service slug per language, untranslated ones as notices. */
export async function servicePages() {
  return pairTranslations(await services());
}

/** The regulations as the library filters and sorts them. */
export async function libraryItems(): Promise<LibraryItem[]> {
  return (await regulations()).map((r) => ({
    slug: r.id,
    kind: r.data.kind,
    status: r.data.status ?? 'unknown',
    year: adoptionYear(r.data.adopted),
    time: adoptedTime(r),
  }));
}

/** Adoption time for sorting: 1 January where only the year is known. */
function adoptedTime(r: RegulationEntry): number {
  return typeof r.data.adopted === 'number' ? Date.UTC(r.data.adopted, 0, 1) : r.data.adopted.getTime();
}
