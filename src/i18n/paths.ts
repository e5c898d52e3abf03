import { defaultLocale, isLocale, locales, type Locale } from './locales';

/**
 * Prefix a site path with its locale: Mongolian pages sit at the root, English ones under `/en/`.
 * `path` is locale-free and starts with `/` (`/news/`, `/`).
 */
export function localizePath(locale: Locale, path: string): string {
  if (!path.startsWith('/')) throw new Error(`Site paths start with "/": got "${path}"`);
  return locale === defaultLocale ? path : `/${locale}${path}`;
}

/** Split a site path into its locale and the locale-free rest: `/en/news/` → en, `/news/`. */
export function parsePath(pathname: string): { locale: Locale; path: string } {
  const match = /^\/([a-z]{2})(\/.*)?$/.exec(pathname);
  if (match && isLocale(match[1]) && match[1] !== defaultLocale) {
    return { locale: match[1], path: match[2] ?? '/' };
  }
  return { locale: defaultLocale, path: pathname };
}

/** The `[...lang]` route parameter for a locale: none for Mongolian, `en` for English. */
export function localeParam(locale: Locale): string | undefined {
  return locale === defaultLocale ? undefined : locale;
}

/** Static paths for a page that exists once per locale (`/[...lang]/hotline` and the like). */
export function perLocalePaths() {
  return locales.map((locale) => ({ params: { lang: localeParam(locale) }, props: { locale } }));
}
