/** The site's languages. Mongolian is the default and lives at `/`; English lives at `/en/`. */
export const locales = ['mn', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'mn';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The other language of a bilingual pair (used by the language switcher and notices). */
export function otherLocale(locale: Locale): Locale {
  return locale === 'mn' ? 'en' : 'mn';
}

/** BCP 47 tags for `<html lang>`, `hreflang` and `og:locale`. */
export const htmlLang: Record<Locale, string> = { mn: 'mn', en: 'en' };

/** Each language's name in that language, for the language switcher. */
export const languageNames: Record<Locale, string> = { mn: 'Монгол', en: 'English' };
