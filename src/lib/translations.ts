import { defaultLocale, locales, type Locale } from '../i18n/locales';

export interface Localized<T> {
  locale: Locale;
  slug: string;
  item: T;
}

/** A page to build at one locale's URL: the entry itself, or a notice pointing to the other language. */
export type LocalizedPage<T> =
  | { kind: 'entry'; locale: Locale; slug: string; item: T; translations: Locale[] }
  | { kind: 'untranslated'; locale: Locale; slug: string; original: Localized<T> };

/**
 * Pair entries across languages by slug. Every slug gets a page in every language: where a
 * translation is missing, that URL gets a visible notice linking to the existing version instead
 * of a 404 or a silent fallback.
 */
export function pairTranslations<T>(entries: Localized<T>[]): LocalizedPage<T>[] {
  const bySlug = new Map<string, Map<Locale, Localized<T>>>();
  for (const entry of entries) {
    const versions = bySlug.get(entry.slug) ?? new Map<Locale, Localized<T>>();
    if (versions.has(entry.locale)) {
      throw new Error(`Two ${entry.locale} entries share the slug "${entry.slug}"`);
    }
    versions.set(entry.locale, entry);
    bySlug.set(entry.slug, versions);
  }
  const pages: LocalizedPage<T>[] = [];
  for (const [slug, versions] of bySlug) {
    const translations = locales.filter((l) => versions.has(l));
    for (const locale of locales) {
      const own = versions.get(locale);
      if (own) {
        pages.push({ kind: 'entry', locale, slug, item: own.item, translations });
      } else {
        const original = versions.get(defaultLocale) ?? versions.get(translations[0])!;
        pages.push({ kind: 'untranslated', locale, slug, original });
      }
    }
  }
  return pages;
}
