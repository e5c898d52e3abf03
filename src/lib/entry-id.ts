import { isLocale, type Locale } from '../i18n/locales';
import { localeAndSlug } from './content-layout';

/**
 * Content lives in mirrored trees, `content/<collection>/<locale>/<slug>.md`, so an entry's id
 * is `<locale>/<slug>`. Translations share the slug; that is how pages pair up.
 */
export function splitEntryId(id: string): { locale: Locale; slug: string } {
  const parts = localeAndSlug(id);
  if (parts) return parts;
  const [locale, ...rest] = id.split('/');
  const slug = rest.join('/');
  if (!isLocale(locale) || !slug) {
    throw new Error(
      `Content entry "${id}" is not inside a language folder: put it at <collection>/mn/<slug>.md or <collection>/en/<slug>.md`,
    );
  }
  throw new Error(
    `Content entry "${id}": the file name "${slug}" must be a Latin slug (a-z, 0-9, hyphens), shared by both languages`,
  );
}
