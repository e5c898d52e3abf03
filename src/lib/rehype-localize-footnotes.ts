import { isLocale, type Locale } from '../i18n/locales';
import type { HastNode } from './hast';

export type FootnoteLabels = Record<Locale, { label: string; back: string }>;

/**
 * The locale of a content file from its folder: <content root>/<collection>/<locale>/<slug>.mdx
 * (the content root may be another folder than content/, e.g. a benchmark corpus).
 */
export function localeOfContentFile(path: string | undefined): Locale | undefined {
  const match = /[\\/]([a-z]{2})[\\/][^\\/]+\.mdx?$/.exec(path ?? '');
  return match && isLocale(match[1]) ? match[1] : undefined;
}

function walk(node: HastNode, visit: (n: HastNode) => void) {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/**
 * GFM footnotes get one global heading ("Footnotes") from remark-rehype. This rehype plugin puts
 * the heading and the back-link labels in the language of the file being rendered.
 */
export function rehypeLocalizeFootnotes(labels: FootnoteLabels) {
  return () => (tree: HastNode, file: { path?: string }) => {
    const locale = localeOfContentFile(file.path);
    if (!locale) return;
    walk(tree, (node) => {
      if (node.type !== 'element' || !node.properties) return;
      if (node.properties.id === 'footnote-label') {
        node.children = [{ type: 'text', value: labels[locale].label }];
      }
      const classes = node.properties.className;
      if (Array.isArray(classes) && classes.includes('data-footnote-backref')) {
        node.properties.ariaLabel = labels[locale].back;
      }
    });
  };
}
