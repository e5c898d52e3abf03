import type { HastNode } from './hast';
// Numbers a reader must see whole: the hotline, standard and order numbers, dates. The rehype step
// below keeps each on one line in content (no hand-typed non-breaking spaces in the files).

const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
const patterns = [
  // Phone numbers such as 1800-2525.
  /\b\d{4}-\d{4}\b/,
  // Standards and technical regulations: MNS 5380-2:2004, MNS ISO 9001:2016, MNS IEC 60335-2-24, MNTR 1:2008, ISO 9001.
  /\b(?:MNS(?: (?:ISO|IEC))?|MNTR|ISO|IEC) ?\d+(?:-\d+)*(?: ?: ?\d{4})?/,
  // Orders: А/384 (Cyrillic or Latin A).
  /[АA]\/\d+/,
  // Dates: "2020 оны 1 дүгээр сарын 23", "23 January 2020".
  /\d{4} оны \d{1,2} д[үу]г[ээа]{2}р сарын \d{1,2}/,
  new RegExp(`\\b\\d{1,2} (?:${months}) \\d{4}\\b`),
];
const any = new RegExp(patterns.map((p) => p.source).join('|'), 'g');

/** Text cut into plain parts and parts to keep on one line. */
export function nowrapSegments(text: string): { text: string; nowrap: boolean }[] {
  const out: { text: string; nowrap: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(any)) {
    if (!m[0].includes(' ') && !m[0].includes('-') && !m[0].includes('/')) continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index), nowrap: false });
    out.push({ text: m[0], nowrap: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), nowrap: false });
  return out;
}

const skip = new Set(['code', 'pre', 'script', 'style', 'time']);

/** rehype: wrap such numbers in <span class="nowrap">. */
export function rehypeNowrap() {
  const visit = (node: HastNode) => {
    if (!node.children || (node.tagName && skip.has(node.tagName))) return;
    if (node.properties && (node.properties.className as string[] | undefined)?.includes('nowrap')) return;
    node.children = node.children.flatMap((child) => {
      if (child.type !== 'text' || !child.value) {
        visit(child);
        return [child];
      }
      const parts = nowrapSegments(child.value);
      if (parts.length === 1 && !parts[0].nowrap) return [child];
      return parts.map((p) =>
        p.nowrap
          ? {
              type: 'element',
              tagName: 'span',
              properties: { className: ['nowrap'] },
              children: [{ type: 'text', value: p.text }],
            }
          : { type: 'text', value: p.text },
      );
    });
  };
  return () => (tree: HastNode) => visit(tree);
}
