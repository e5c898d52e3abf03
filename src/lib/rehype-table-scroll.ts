import type { Locale } from '../i18n/locales';
import { mirroredFileParts } from './content-layout';
import type { HastNode } from './hast';

/**
 * Each table of a body in a box of its own that scrolls sideways when the table is wider than the
 * screen (large text, a phone), so the page itself never does: a named region that takes focus, so
 * it can be scrolled from the keyboard (WCAG 1.4.10, 2.1.1). The styles show a shadow at the side
 * that has more.
 */
export function rehypeTableScroll(labels: Record<Locale, string>) {
  return () => (tree: HastNode, file: { path?: string }) => {
    const label = labels[mirroredFileParts(file.path)?.locale ?? 'mn'];
    const wrap = (node: HastNode) => {
      node.children = node.children?.map((child) => {
        if (child.type === 'element' && child.tagName === 'table')
          return {
            type: 'element',
            tagName: 'div',
            properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: label },
            children: [child],
          };
        wrap(child);
        return child;
      });
    };
    wrap(tree);
  };
}
