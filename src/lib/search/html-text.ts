/**
 * The text Pagefind indexes from a built page, without building a DOM: the build reads every page
 * (20,000 at 10,000 bilingual items) and a full parse cost most of the word lists' time. It reads
 * the `data-pagefind-body` element, skips `data-pagefind-ignore` elements, scripts and styles, and
 * separates the text of block elements (as a DOM's structured text does). `words.ts` checks it
 * against a real parser on every built page (tests/unit/search-words.test.ts).
 */
const voidElements = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));
const inlineElements = new Set(
  'a abbr b bdi bdo cite code data dfn em i kbd mark q s samp small span strong sub sup time u var'.split(
    ' ',
  ),
);
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (entities[e.toLowerCase()] ?? ' '),
  );

const tag = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/** The indexed text of a page, or undefined when it has no `data-pagefind-body` element. */
export function indexedText(html: string): string | undefined {
  const open = /<([a-zA-Z][\w-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*\sdata-pagefind-body\b[^>]*>/.exec(html);
  if (!open) return undefined;
  const out: string[] = [];
  const stack: string[] = [open[1].toLowerCase()];
  let ignoreAt = 0; // stack depth at which an ignored element opened; 0: not ignoring
  let raw: string | undefined; // inside <script> or <style>: skip to its end tag
  tag.lastIndex = open.index + open[0].length;
  let from = tag.lastIndex;
  for (let m = tag.exec(html); m && stack.length; m = tag.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (raw && !(m[1] && name === raw)) continue;
    if (!raw && !ignoreAt) out.push(decode(html.slice(from, m.index)));
    from = tag.lastIndex;
    if (!name) continue; // a comment
    raw = undefined;
    const block = !inlineElements.has(name);
    if (m[1]) {
      // A closing tag closes the nearest open element of its name (and any left open inside it).
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      if (ignoreAt && stack.length < ignoreAt) ignoreAt = 0;
    } else if (!voidElements.has(name) && !m[3].trimEnd().endsWith('/')) {
      stack.push(name);
      if (!ignoreAt && /\sdata-pagefind-ignore\b/.test(m[3])) ignoreAt = stack.length;
      if (name === 'script' || name === 'style') raw = name;
    }
    if (block) out.push('\n');
  }
  return out.join('');
}
