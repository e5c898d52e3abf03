import { isLocale, type Locale } from '../i18n/locales';
import { slugPattern } from './schemas/fields';

/**
 * How each collection's files are laid out under the content root. "mirrored": Markdown in language
 * folders, `<kind>/<mn|en>/<slug>.md`, the same file name in both; "bilingual": one YAML file per
 * entry holding both languages, `<kind>/<slug>.yaml`. content.config.ts and the validator read it.
 */
export const collectionLayout = {
  news: 'mirrored',
  pages: 'mirrored',
  services: 'mirrored',
  reports: 'mirrored',
  directives: 'bilingual',
  regulations: 'bilingual',
  synonyms: 'bilingual',
  'best-bets': 'bilingual',
} as const;

export type CollectionName = keyof typeof collectionLayout;
export const collectionNames = Object.keys(collectionLayout) as CollectionName[];

/**
 * A body is Markdown (`.md`), or MDX (`.mdx`) where a page places a content component
 * (`<DirectiveList group="task" />`). Both are data: nothing in a content file can run at build
 * time or in a browser (docs/content.md, "Content is data").
 */
export const bodyExtensions = ['.md', '.mdx'] as const;
export type BodyFormat = 'md' | 'mdx';
/** What a new item is written as (the scaffold, the editor): plain Markdown. */
export const markdownExtension = '.md';

/** A body file's format from its name, if it is one. */
export const bodyFormat = (path: string): BodyFormat | undefined =>
  path.endsWith('.mdx') ? 'mdx' : path.endsWith('.md') ? 'md' : undefined;

/**
 * The folder of a mirrored collection for pictures both languages show (content/news/images/):
 * the editor puts a chosen picture there, and each language's file points to ../images/<name>.
 */
export const sharedImages = 'images';

/** Picture files that may sit next to an article or in its collection's images/ folder. */
export const imageExtensions = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg'];

/** `<mn|en>/<slug>`: a mirrored entry's id, which is also how its file's path ends. */
export function localeAndSlug(id: string): { locale: Locale; slug: string } | undefined {
  const [locale, slug, ...rest] = id.split('/');
  return !rest.length && isLocale(locale) && slugPattern.test(slug ?? '') ? { locale, slug } : undefined;
}

/**
 * The kind, language and slug of a mirrored content file from its path (absolute or relative,
 * any content root): `…/<kind>/<mn|en>/<slug>.md`. Undefined for any other file.
 */
export function mirroredFileParts(path: string | undefined) {
  const [collection, locale, file] = (path ?? '').split(/[\\/]/).slice(-3);
  const format = bodyFormat(file ?? '');
  if (!format || collectionLayout[collection as CollectionName] !== 'mirrored') return undefined;
  const parts = localeAndSlug(`${locale}/${file.slice(0, -(format.length + 1))}`);
  return parts && { collection: collection as CollectionName, format, ...parts };
}
