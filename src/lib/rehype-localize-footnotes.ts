import type { Locale } from '../i18n/locales';
import { mirroredFileParts } from './content-layout';
import type { HastNode } from './hast';

type FootnoteLabels = Record<Locale, { label: string; back: string }>;

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
    const locale = mirroredFileParts(file.path)?.locale;
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
