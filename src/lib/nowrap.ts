// Numbers a reader must see whole: the hotline, standard and order numbers, dates. The pass over
// each rendered page below (src/middleware.ts) keeps each on one line wherever it appears: no
// hand-typed non-breaking spaces in content, nothing for a layout to remember.

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
/** All the patterns as one, for a test that looks for them in a browser. */
export const numberPattern = any.source;

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

/** Elements whose text is not shown as page text, or is shown as written. */
const rawText = new Set(['script', 'style', 'title', 'textarea', 'code', 'pre', 'template', 'svg']);
const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const tags = /<!--[\s\S]*?-->|<![^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const nowrapClass = /\bclass\s*=\s*(?:"[^"]*\bnowrap\b[^"]*"|'[^']*\bnowrap\b[^']*')/;
const hasNumber = new RegExp(any.source);

/**
 * A whole built page with each such number in its text wrapped in `<span class="nowrap">`: every
 * heading, list, table, body and component at once, so no layout has to remember it. Tags,
 * attributes, scripts, styles, the title and code are left as they are, and so is a number
 * already inside a `nowrap` element.
 */
export function keepNumbersInHtml(html: string): string {
  const out: string[] = [];
  // The open elements, each with whether it keeps its text on one line already.
  const open: { name: string; nowrap: boolean }[] = [];
  let raw = 0;
  let kept = 0;
  let last = 0;
  const text = (t: string) => {
    if (!t || raw || kept || !hasNumber.test(t)) return void out.push(t);
    for (const p of nowrapSegments(t)) out.push(p.nowrap ? `<span class="nowrap">${p.text}</span>` : p.text);
  };
  for (const m of html.matchAll(tags)) {
    text(html.slice(last, m.index));
    out.push(m[0]);
    last = m.index + m[0].length;
    const [, closing, tagName, attributes] = m;
    if (!tagName) continue;
    const name = tagName.toLowerCase();
    if (rawText.has(name)) {
      raw = Math.max(0, raw + (closing ? -1 : 1));
    } else if (!closing) {
      if (voidElements.has(name) || m[0].endsWith('/>')) continue;
      const nowrap = nowrapClass.test(attributes);
      open.push({ name, nowrap });
      if (nowrap) kept++;
    } else {
      // The innermost open element of that name ends, and any left open inside it.
      let at = open.length - 1;
      while (at >= 0 && open[at].name !== name) at--;
      if (at >= 0) for (const closed of open.splice(at)) if (closed.nowrap) kept--;
    }
  }
  text(html.slice(last));
  return out.join('');
}
