/**
 * How each collection's files are laid out under the content root. "mirrored": MDX in language
 * folders, `<kind>/<mn|en>/<slug>.mdx`, the same file name in both; "bilingual": one YAML file per
 * entry holding both languages, `<kind>/<slug>.yaml`. content.config.ts and the validator read it.
 */
export const collectionLayout = {
  news: 'mirrored',
  pages: 'mirrored',
  services: 'mirrored',
  reports: 'mirrored',
  directives: 'bilingual',
  regulations: 'bilingual',
} as const;

export type CollectionName = keyof typeof collectionLayout;
export const collectionNames = Object.keys(collectionLayout) as CollectionName[];

/** The glob each layout's loader reads. */
export const layoutPattern = { mirrored: '{mn,en}/*.mdx', bilingual: '*.yaml' } as const;

/** Picture files that may sit next to an article. */
export const imageExtensions = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg'];
