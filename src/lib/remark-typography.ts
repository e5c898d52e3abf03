import type { Root, RootContent } from 'mdast';

/**
 * Typographic punctuation in the text of Markdown bodies: straight quotes become curly
 * (“ ” ‘ ’, the apostrophe ’), `--` an em dash, `...` an ellipsis, ``` `` ``` and `''` curly double
 * quotes. What remark-smartypants does with the default options, without its natural-language
 * parser, which took half of the time of rendering each entry (docs/decisions/2026-11-25-build-at-scale.md).
 * Quotes are decided over a whole block, so that a quote before a link or bold text still opens.
 */

type Node = Root | RootContent;
const blocks = new Set(['paragraph', 'heading', 'tableCell']);
// Before an opening quote: nothing, a space, or punctuation that opens.
const opensAfter = /[\s([{“‘\-–—/]/;

/**
 * The curly form of each straight quote in `text`, of the same length so that it can be cut back
 * into the text nodes it came from (`''` closes a ``` `` ``` quote: ” and a NUL that is dropped later).
 */
function curlQuotes(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const prev = i === 0 ? ' ' : out[i - 1];
    const next = text[i + 1] ?? ' ';
    if (ch === "'" && next === "'") {
      out += '”\0';
      i++;
    } else if (ch === '"') out += opensAfter.test(prev) ? '“' : '”';
    else if (ch === "'") {
      // An apostrophe inside or after a word ("sector's", "90s'"), or before a year ('90s).
      const opening = opensAfter.test(prev) && !/\d/.test(next);
      out += opening ? '‘' : '’';
    } else out += ch;
  }
  return out;
}

/** Dashes, ellipses and backtick quotes (these change the text's length, so after the quotes). */
function dashesAndEllipses(text: string): string {
  return text
    .replace(/``/g, '“')
    .replace(/\0/g, '')
    .replace(/--/g, '—')
    .replace(/\.\.\.|\. \. \./g, '…');
}

function collect(node: Node, inBlock: boolean, out: { block: Node[]; texts: Node[][] }) {
  if (blocks.has(node.type)) {
    const texts: Node[] = [];
    out.texts.push(texts);
    for (const child of 'children' in node ? node.children : [])
      collect(child, true, { ...out, block: texts });
    return;
  }
  if (inBlock && (node.type === 'text' || node.type === 'inlineCode')) out.block.push(node);
  // Code is not text.
  if (node.type === 'code' || node.type === 'inlineCode') return;
  if ('children' in node) for (const child of node.children) collect(child, inBlock, out);
}

export function remarkTypography() {
  return (tree: Root) => {
    const out = { block: [] as Node[], texts: [] as Node[][] };
    collect(tree, false, out);
    for (const texts of out.texts) {
      // One string per block; code stands in as letters so that quotes around it close.
      const joined = texts.map((n) =>
        n.type === 'text' ? n.value : 'x'.repeat((n as { value: string }).value.length),
      );
      const curled = curlQuotes(joined.join(''));
      let at = 0;
      texts.forEach((n, i) => {
        if (n.type === 'text') n.value = dashesAndEllipses(curled.slice(at, at + joined[i].length));
        at += joined[i].length;
      });
    }
  };
}
