import type { HastNode } from './hast';
import { callHref, keptClass, keptParts } from './numbers';

/** Elements whose text is shown as written, or not shown: left alone. */
const asWritten = new Set(['code', 'pre', 'script', 'style', 'textarea', 'svg', 'math']);

function isKept(node: HastNode): boolean {
  const classes = node.properties?.className;
  return Array.isArray(classes) && classes.includes(keptClass);
}

/**
 * Each body's numbers kept on one line (src/lib/numbers.ts): every text node in the rendered
 * tree of a Markdown or MDX body, cut into plain text and `<span class="nowrap">` pieces; the
 * hotline's number outside a link becomes a tap-to-call link.
 */
export function rehypeKeepNumbers() {
  const visit = (node: HastNode, inLink: boolean) => {
    if (!node.children) return;
    node.children = node.children.flatMap((child): HastNode[] => {
      if (child.type === 'text' && child.value) {
        const parts = keptParts(child.value);
        if (parts.length === 1 && !parts[0].whole) return [child];
        return parts.map((p) => {
          if (!p.whole) return { type: 'text', value: p.text };
          const call = inLink ? undefined : callHref(p.text);
          return {
            type: 'element',
            tagName: call ? 'a' : 'span',
            properties: { className: [keptClass], ...(call ? { href: call } : {}) },
            children: [{ type: 'text', value: p.text }],
          };
        });
      }
      if (child.type === 'element' && (asWritten.has(child.tagName ?? '') || isKept(child))) return [child];
      visit(child, inLink || child.tagName === 'a');
      return [child];
    });
  };
  return () => (tree: HastNode) => visit(tree, false);
}
