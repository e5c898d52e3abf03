import GithubSlugger from 'github-slugger';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { CollectionName } from '../content-layout';
import type { Bilingual } from '../schemas/rules';
import type { Body } from '../validate/body';
import { allowedHtml, contentComponents } from './allowed';
import {
  attrRule,
  isAllowedHtml,
  markupRules,
  short,
  textIssues,
  unsafeAddress,
  type MarkupIssue,
} from './check';
import { isModuleCode } from './code';
import { componentProblem, parseComponentTag } from './components';

// An .mdx body is checked on MDX's own syntax tree, as @astrojs/mdx will read it, before anything
// compiles it: there `{…}` is JavaScript that runs, `<Name>` is a component and `import`/`export`
// is a module, so each is refused with a message unless it is a content component written as data
// or one of the few harmless HTML elements. What MDX cannot parse at all is refused too, with the
// way to write that text so that MDX reads it as text. Pure, like ./check.ts: the editor runs it.

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** MDX's syntax tree of a body. Throws MDX's own parse error (a VFileMessage with line and column). */
export const parseMdx = (text: string): Root => processor.parse(text);

type Node = Root | RootContent;
type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Elements that never hold anything: MDX wants them self-closed (`<br />`). */
const voidElements = new Set(['br']);

/** The allowed HTML as MDX wants it written: every tag closed. */
const htmlList = Object.entries(allowedHtml)
  .map(([tag, attrs]) => {
    const open = `<${tag}${Object.keys(attrs)
      .map((a) => ` ${a}="…"`)
      .join('')}`;
    return voidElements.has(tag) ? `${open} />` : `${open}>…</${tag}>`;
  })
  .join(', ');

const componentExample = '<DirectiveList group="task" />';

const mdxRules = {
  code: (fixed: string): Bilingual => ({
    mn: `код биш текст: MDX {…} доторхыг код болгон ажиллуулдаг тул контентод байхгүй. Хаалтыг текстээр харуулах бол \\{ ба \\} гэж бичнэ: ${fixed}`,
    en: `text, not code: MDX runs what is inside {…} as code, so content never holds it. To show the braces as text, write \\{ and \\}: ${fixed}`,
  }),
  jsx: {
    mn: `<>…</>, <a.b> зэрэг JSX код биш: Markdown, зөвшөөрөгдсөн HTML (${htmlList}) эсвэл бүрэлдэхүүн ${componentExample}`,
    en: `not JSX code such as <>…</> or <a.b>: Markdown, the allowed HTML (${htmlList}) or a component ${componentExample}`,
  },
  attribute: (example: string): Bilingual => ({
    mn: `шинжийн утга нь хашилтан доторх текст, {…} код биш: ${example}`,
    en: `an attribute's value is text in quotes, never code in {…}: ${example}`,
  }),
  element: (fixed: string): Bilingual => ({
    mn: `Markdown эсвэл зөвхөн энэ HTML: ${htmlList}. Шошгыг текстээр харуулах бол \\< гэж бичнэ: ${fixed}`,
    en: `Markdown, or only this HTML: ${htmlList}. To show the tag as text, write \\<: ${fixed}`,
  }),
  selfClosed: (name: string): Bilingual => ({
    mn: `бүрэлдэхүүн дотроо юу ч агуулахгүй, өөрөө хаагдана: <${name} … />`,
    en: `a component holds nothing inside it and closes itself: <${name} … />`,
  }),
  imageText: {
    mn: 'зургийн тайлбар (alt) нь энгийн текст: HTML, бүрэлдэхүүн, {…} байхгүй. Текстэд "<" бол \\<, "{" бол \\{ гэж бичнэ',
    en: 'a picture\'s description (alt) is plain text: no HTML, component or {…}. In text write "<" as \\< and "{" as \\{',
  },
  lessThan: (fixed: string): Bilingual => ({
    mn: `MDX энд "<" тэмдгийг шошгын (<нэр …>) эхлэл гэж уншсан. Бага тэмдгийг текстээр бичихдээ \\< (эсвэл &lt;) гэж бичнэ: ${fixed}`,
    en: `MDX read "<" here as the start of a tag (<name …>). To write a less-than sign as text, write \\< (or &lt;): ${fixed}`,
  }),
  tag: (tag: string, fixed: string): Bilingual => ({
    mn: `MDX энд "${tag}"-г шошго гэж уншсан боловч хаагдаагүй эсвэл буруу хаагдсан. MDX-д шошго бүр хаагдана: <sub>2</sub>, <br />, ${componentExample}. Текст бол ингэж бичнэ: ${fixed}`,
    en: `MDX read "${tag}" here as a tag that is not closed, or closed wrongly. In MDX every tag is closed: <sub>2</sub>, <br />, ${componentExample}. If it is text, write: ${fixed}`,
  }),
  autolink: (fixed: string): Bilingual => ({
    mn: `MDX <…> хэлбэрийн холбоос уншихгүй: [текст](хаяг) гэж бичнэ: ${fixed}`,
    en: `MDX has no <…> links: write [text](address): ${fixed}`,
  }),
  comment: {
    mn: 'HTML тайлбаргүй (<!-- -->): MDX үүнийг уншиж чадахгүй, устгана уу. Текстээр харуулах бол \\<!-- гэж бичнэ',
    en: 'no HTML comment (<!-- -->): MDX cannot read it; delete it. To show it as text, write \\<!--',
  },
  brace: (fixed: string): Bilingual => ({
    mn: `MDX энд "{" хаалтыг кодын эхлэл гэж уншсан (хаалтууд хосгүй, эсвэл доторх нь код биш). Хаалтыг текстээр бичихдээ \\{ ба \\} гэж бичнэ: ${fixed}`,
    en: `MDX read "{" here as the start of code (the braces do not pair up, or what is inside is not code). To write braces as text, write \\{ and \\}: ${fixed}`,
  }),
  prose: (word: string, fixed: string): Bilingual => ({
    mn: `MDX мөрийн эхэнд "${word} " гэж эхэлсэн догол мөрийг код (${word}) гэж уншдаг. Текст бол эхний үсгийг тэмдэгтийн кодоор бичнэ: ${fixed}`,
    en: `MDX reads a paragraph that starts a line with "${word} " as code (an ${word} statement). For text, write its first letter as a character reference: ${fixed}`,
  }),
  unreadable: (line: number): Bilingual => ({
    mn: `MDX ${line}-р мөрийг уншиж чадсангүй: энгийн Markdown текст болгоно. Текстэд "<" бол \\<, "{" бол \\{, "}" бол \\} гэж бичнэ`,
    en: `MDX could not read line ${line}: make it plain Markdown text. In text write "<" as \\<, "{" as \\{ and "}" as \\}`,
  }),
};

const offsetOf = (n: { position?: { start: { offset?: number } } }) => n.position?.start.offset ?? 0;
const endOf = (n: { position?: { end: { offset?: number } } }) => n.position?.end.offset ?? 0;
const lineOf = (n: { position?: { start: { line: number } } }) => n.position?.start.line ?? 1;
const escapeBraces = (s: string) => s.replace(/[{}]/g, '\\$&');

/** The opening tag of an element as written, `<span lang="en">` (quotes and braces respected). */
function openingTag(text: string, start: number): string {
  let quote = '';
  let depth = 0;
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (quote) quote = c === quote ? '' : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === '>' && depth <= 0) return text.slice(start, i + 1);
  }
  return text.slice(start);
}

/** What is wrong with one JSX element: a fragment, a member name, a component or an HTML element. */
function jsxIssues(n: JsxElement, parent: Node | undefined, text: string, collection: CollectionName) {
  const out: MarkupIssue[] = [];
  const tag = openingTag(text, offsetOf(n));
  const add = (field: string, found: string, expected: Bilingual) =>
    out.push({ field, line: lineOf(n), found: short(found.split('\n')[0]), expected });
  if (n.name === null || n.name.includes('.')) {
    add('body (code)', tag, mdxRules.jsx);
    return out;
  }
  // Attributes as text, or the code they hold (a spread {...props}, a value {…}).
  const literal: Record<string, string> = {};
  const attributeCode: string[] = [];
  for (const a of n.attributes) {
    const raw = text.slice(offsetOf(a), endOf(a));
    if (a.type === 'mdxJsxExpressionAttribute') attributeCode.push(raw || `{${a.value}}`);
    else if (a.value !== null && typeof a.value === 'object') attributeCode.push(raw || `${a.name}={…}`);
    // A name without a value is true in JSX: never the text an attribute must have.
    else literal[a.name] = a.value ?? '';
  }
  const codeIssues = (example: string) =>
    attributeCode.forEach((c) => add('body (code)', c, mdxRules.attribute(example)));

  if (/^[A-Z]/.test(n.name)) {
    const rule = contentComponents[n.name];
    if (!rule || !rule.collections.includes(collection)) {
      // Unknown here: the whole tag goes, so its attributes are not gone through.
      add('body (component)', tag, componentProblem({ name: n.name, attributes: {} }, collection)!);
      return out;
    }
    if (n.type === 'mdxJsxTextElement' || parent?.type !== 'root')
      add('body (component)', tag, markupRules.placement);
    const values = Object.entries(rule.attributes).map(([a, v]) => ` ${a}="${v.join('|')}"`);
    codeIssues(`<${n.name}${values.join('')} />`);
    const wrong = componentProblem({ name: n.name, attributes: literal }, collection);
    if (wrong && !(attributeCode.length && Object.keys(literal).length === 0))
      add('body (component)', tag, wrong);
    if (n.children.length) add('body (component)', tag, mdxRules.selfClosed(n.name));
    return out;
  }
  const rule = allowedHtml[n.name];
  if (!rule) {
    add('body (HTML)', tag, mdxRules.element(`\\${escapeBraces(tag)}`));
    return out;
  }
  codeIssues(
    `<${n.name}${Object.keys(rule)
      .map((a) => ` ${a}="…"`)
      .join('')}>`,
  );
  for (const [name, value] of Object.entries(literal))
    if (!rule[name]?.test(value)) add('body (HTML)', `<${n.name} ${name}="${value}">`, attrRule(n.name));
  return out;
}

/** The text between `![` and its `]` in an image as written (a description MDX reads as phrasing). */
function imageLabel(raw: string): string {
  let depth = 0;
  for (let i = 2; i < raw.length; i++) {
    if (raw[i] === '\\') i++;
    else if (raw[i] === '[') depth++;
    else if (raw[i] === ']' && depth-- === 0) return raw.slice(2, i);
  }
  return raw.slice(2);
}

/**
 * MDX turns whatever it read inside an image's description into the alt text, dropping the code and
 * tags in it without a word: the description is read again on its own so that none goes unsaid.
 */
function hiddenInLabel(label: string): 'code' | 'tag' | undefined {
  if (!/[{<]/.test(label)) return undefined;
  let tree: Root;
  try {
    // A letter first keeps it phrasing, as in the image, and never a module statement.
    tree = parseMdx(`x${label}`);
  } catch {
    return undefined;
  }
  let found: 'code' | 'tag' | undefined;
  const visit = (n: Node) => {
    if (n.type === 'mdxTextExpression' || n.type === 'mdxFlowExpression') found ??= 'code';
    else if (n.type.startsWith('mdx')) found ??= 'tag';
    if ('children' in n) for (const child of n.children) visit(child);
  };
  visit(tree);
  return found;
}

/** Problems in a parsed MDX body: code, JSX beyond the content components and allowed HTML, addresses. */
function treeIssues(tree: Root, text: string, collection: CollectionName): MarkupIssue[] {
  const out: MarkupIssue[] = [];
  const raw = (n: Node) => text.slice(offsetOf(n), endOf(n));
  const visit = (n: Node, parent: Node | undefined) => {
    switch (n.type) {
      case 'mdxjsEsm':
        out.push({
          field: 'body (code)',
          line: lineOf(n),
          found: short(raw(n).split('\n')[0]),
          expected: markupRules.module,
        });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        out.push({
          field: 'body (code)',
          line: lineOf(n),
          found: short(raw(n)),
          expected: mdxRules.code(short(escapeBraces(raw(n)))),
        });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        out.push(...jsxIssues(n, parent, text, collection));
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (unsafeAddress(n.url))
          out.push({
            field: n.type === 'image' ? 'body (image)' : 'body (link)',
            line: lineOf(n),
            found: short(n.url),
            expected: markupRules.address,
          });
    }
    if (n.type === 'image' || n.type === 'imageReference') {
      const hidden = hiddenInLabel(imageLabel(raw(n)));
      const label = short(imageLabel(raw(n)));
      if (hidden === 'code')
        out.push({
          field: 'body (image)',
          line: lineOf(n),
          found: label,
          expected: mdxRules.code(escapeBraces(label)),
        });
      else if (hidden === 'tag')
        out.push({ field: 'body (image)', line: lineOf(n), found: label, expected: mdxRules.imageText });
      else if (n.alt) out.push(...textIssues(n.alt, 'body (image)').map((i) => ({ ...i, line: lineOf(n) })));
    }
    if ('children' in n) for (const child of n.children) visit(child, n);
  };
  visit(tree, undefined);
  return out;
}

// --- MDX's parse errors, said as what MDX read and how to write it as text -------------------

interface ParseError {
  reason?: string;
  message?: string;
  line?: number;
  column?: number;
  source?: string;
  place?: { line?: number; column?: number; start?: { line: number; column: number } };
}

const lineStarts = (text: string) => {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
};

/** Where in the text a parse error is, as an offset: the tag it names, else the place it gives. */
function errorOffset(e: ParseError, text: string, starts: number[]): number {
  const at = (line: number, column: number) =>
    Math.min(text.length, (starts[line - 1] ?? text.length) + Math.max(column - 1, 0));
  const reason = String(e.reason ?? e.message ?? '');
  // "Expected a closing tag for `<sub>` (1:2-1:7) before the end of `paragraph`": the tag itself.
  const open = /Expected a closing tag for `[^`]*` \((\d+):(\d+)/.exec(reason);
  if (open) return at(Number(open[1]), Number(open[2]));
  const place = e.place?.start ?? e.place;
  if (place?.line) return at(place.line, place.column ?? 1);
  if (e.line) return at(e.line, e.column ?? 1);
  const any = /\((\d+):(\d+)/.exec(reason);
  return any ? at(Number(any[1]), Number(any[2])) : 0;
}

/** The text with code spans and fenced code blanked out (same length), so no `<` or `{` in code is taken for the one MDX meant. */
function withoutCode(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  let out = '';
  let fence: string | undefined;
  for (const line of text.split(/(?<=\n)/)) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      out += blank(line);
      if (
        marker &&
        marker[0] === fence[0] &&
        marker.length >= fence.length &&
        !line.trim().slice(marker.length)
      )
        fence = undefined;
    } else if (marker) {
      fence = marker;
      out += blank(line);
    } else out += line.replace(/(`+)[^`]*?\1(?!`)/g, blank);
  }
  return out;
}

const escapedAt = (text: string, i: number) => {
  let n = 0;
  while (i - n - 1 >= 0 && text[i - n - 1] === '\\') n++;
  return n % 2 === 1;
};

/**
 * The part of a line written anew that is around what was at `column` in the line as it was: all of
 * a short line, some forty characters of a long one. The new line has only gained characters
 * (escapes) or had a few rewritten, so the two are followed side by side.
 */
function around(line: string, written: string, column: number): string {
  let j = 0;
  for (let i = 0; i < column && j < written.length; j++) if (written[j] === line[i]) i++;
  if (written.length <= 70) return written;
  const from = Math.max(0, written.lastIndexOf(' ', Math.max(0, j - 25)) + 1);
  const to = written.indexOf(' ', Math.min(written.length, j + 35));
  return `${from > 0 ? '…' : ''}${written.slice(from, to === -1 ? undefined : to)}${to === -1 ? '' : '…'}`;
}

/** The one issue for a body MDX cannot parse: at the line of the `<`, `{` or statement it stumbled on. */
function parseErrorIssue(e: ParseError, text: string): MarkupIssue {
  const starts = lineStarts(text);
  const lineAt = (offset: number) => {
    let line = 1;
    while (line < starts.length && starts[line] <= offset) line++;
    return line;
  };
  const lineText = (line: number) => text.slice(starts[line - 1], (starts[line] ?? text.length + 1) - 1);
  /** The issue at an offset: its line as found (around that place), and what to write. */
  const issue = (offset: number, expected: (written: (forced?: boolean) => string) => Bilingual) => {
    const line = lineAt(offset);
    const column = offset - starts[line - 1];
    const typed = lineText(line);
    // The line written as MDX reads text; `forced`: with the sign at the offset escaped too.
    const written = (forced = false) =>
      around(typed, escapeUntilRead(typed, new Set(forced ? [column] : [])), column);
    return {
      field: 'body (MDX)',
      line,
      found: around(typed, typed, column).trim(),
      expected: expected(written),
    };
  };
  const offset = errorOffset(e, text, starts);
  const plain = withoutCode(text);
  const source = e.source ?? '';

  if (source.includes('esm')) {
    // A module statement, or a paragraph of text that starts with the word import or export.
    let line = lineAt(offset);
    while (line > 1 && !/^(?:import|export) /.test(lineText(line))) line--;
    const block = text.slice(starts[line - 1]).split(/\n[ \t]*\n/)[0];
    const word = /^(import|export) /.exec(block)?.[1];
    if (!word) return issue(starts[line - 1], () => mdxRules.unreadable(line));
    if (isModuleCode(block))
      return { ...issue(starts[line - 1], () => markupRules.module), field: 'body (code)' };
    return issue(starts[line - 1], (written) => mdxRules.prose(word, written()));
  }

  if (source.includes('expression')) {
    // The brace MDX was reading: the outermost one still open where it stopped.
    const open: number[] = [];
    for (let i = 0; i < Math.min(offset, plain.length); i++) {
      if (plain[i] === '{' && !escapedAt(plain, i)) open.push(i);
      else if (plain[i] === '}' && !escapedAt(plain, i)) open.pop();
    }
    const brace = open[0] ?? plain.lastIndexOf('{', offset);
    return issue(brace < 0 ? offset : brace, (written) => mdxRules.brace(written()));
  }

  if (source.includes('jsx')) {
    // The "<" MDX was reading: the last one before where it stopped.
    let lt = Math.min(offset, plain.length - 1);
    while (lt > 0 && !(plain[lt] === '<' && !escapedAt(plain, lt))) lt--;
    if (plain[lt] !== '<') return issue(offset, () => mdxRules.unreadable(lineAt(offset)));
    const rest = text.slice(lt, starts[lineAt(lt)] ?? text.length);
    if (rest.startsWith('<!')) return issue(lt, () => mdxRules.comment);
    if (autolinkAt.test(rest)) return issue(lt, (written) => mdxRules.autolink(written()));
    const tag = /^<\/?[A-Za-z_$][^\s/>]*|^<\/?>?/.exec(rest)![0];
    if (/^<[A-Za-z_$/>]/.test(rest)) return issue(lt, (written) => mdxRules.tag(tag, written(true)));
    return issue(lt, (written) => mdxRules.lessThan(written(true)));
  }
  return issue(offset, () => mdxRules.unreadable(lineAt(offset)));
}

/**
 * Everything in an .mdx body that is not data, each at its line in the body (1-based), and MDX's
 * tree of it when MDX can parse it. Never throws: what MDX cannot read is one issue at its line.
 */
export function mdxIssues(text: string, collection: CollectionName): { tree?: Root; markup: MarkupIssue[] } {
  let tree: Root;
  try {
    tree = parseMdx(text);
  } catch (e) {
    try {
      return { markup: [parseErrorIssue(e as ParseError, text)] };
    } catch {
      // Said in general terms, should working out the way to write it fail.
      const line = (e as ParseError).line ?? 1;
      return { markup: [{ field: 'body (MDX)', line, found: '', expected: mdxRules.unreadable(line) }] };
    }
  }
  return { tree, markup: treeIssues(tree, text, collection) };
}

// --- What the checks need of a body (as ../validate/body.ts gives for Markdown) --------------

function walk(node: Node, visit: (n: Node) => void) {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

/** An .mdx body's links and pictures (with lines), heading ids and what in it is not data. */
export function mdxBody(text: string, collection: CollectionName): Body {
  const { tree, markup } = mdxIssues(text, collection);
  const references: Body['references'] = [];
  const headingIds: string[] = [];
  if (tree) {
    const slugger = new GithubSlugger();
    walk(tree, (n) => {
      const line = n.position?.start.line;
      if (n.type === 'link' || n.type === 'definition') references.push({ kind: 'link', url: n.url, line });
      else if (n.type === 'image') references.push({ kind: 'image', url: n.url, alt: n.alt, line });
      else if (n.type === 'heading') headingIds.push(slugger.slug(toString(n)));
    });
  }
  return { references, headingIds, markup };
}

// --- Markdown typed as text, written as MDX that publishes the same ---------------------------

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** An allowed HTML tag written as MDX reads it, or undefined: `<sub>`, `</sub>`, `<br>` (as `<br />`). */
function allowedTag(tag: string): string | undefined {
  const m = /^<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z][a-z0-9-]*=(?:"[^"]*"|'[^']*'))*)\s*(\/?)>$/.exec(tag);
  if (!m) return undefined;
  const [, close, name, attrs, selfClose] = m;
  const rule = allowedHtml[name];
  if (!rule || (close && (attrs || selfClose))) return undefined;
  for (const [, a, double, single] of attrs.matchAll(/([a-z][a-z0-9-]*)=(?:"([^"]*)"|'([^']*)')/g))
    if (!rule[a]?.test(double ?? single ?? '')) return undefined;
  if (voidElements.has(name)) return close ? undefined : `<${name}${attrs} />`;
  return selfClose ? undefined : tag;
}

/** How a line starts a quote, heading, list, break, table row or footnote (in MDX, at any indent). */
const blockStart = /^(?:[>#+=|:-]|\*[ \t]|(?:\*[ \t]*){3,}$|(?:_[ \t]*){3,}$|\[\^[^\]]*\]:)/;

/** An autolink as Markdown has it: `<https://…>`, `<name@host>`. */
const autolinkAt =
  /^<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)>/;

const tagAt = /<\/?[A-Za-z][A-Za-z0-9]*(?:\s+[A-Za-z][A-Za-z0-9-]*=(?:"[^"]*"|'[^']*'))*\s*\/?>/y;

/**
 * Markdown as ./parse.ts reads it, but without GFM's late search for bare addresses in text: the
 * addresses it would find there MDX finds the same way in the same text, escapes or not, and the
 * pieces it cuts the text into have no place in it to escape.
 */
type FromMarkdownExtension = { transforms?: unknown[] } | FromMarkdownExtension[];
const withoutTransforms = (e: FromMarkdownExtension): FromMarkdownExtension =>
  Array.isArray(e) ? e.map(withoutTransforms) : { ...e, transforms: [] };
const markdownAsTyped = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(function () {
    const data = this.data() as { fromMarkdownExtensions?: FromMarkdownExtension[] };
    data.fromMarkdownExtensions = data.fromMarkdownExtensions?.map(withoutTransforms);
  });

/**
 * One reading of a Markdown text as MDX: `<`, `{`, `}` in text escaped, allowed tags kept (but
 * those at `forced`, input offsets), code left alone, the Markdown that MDX lacks rewritten.
 * Returns the MDX and where each kept tag is in it.
 */
function escapeText(text: string, forced: ReadonlySet<number>) {
  /** Offsets a backslash goes before. */
  const escapes = new Set<number>();
  /** Where code and addresses are: no address in them is escaped out of being one. */
  const code: [number, number][] = [];
  /** Text rewritten: tags written the MDX way, code fenced, links in brackets. */
  const rewrites: Edit[] = [];
  const kept: number[] = [];
  const escape = (i: number, own = false) => {
    if (own || !escapedAt(text, i)) escapes.add(i);
  };
  // MDX reads https://…, www.… or x@y.z as a bare link where Markdown did not (or not as far),
  // with a backslash after it taken into the address: such an address is escaped out of being
  // one. GFM still finds it in the text afterwards, as it found it in Markdown.
  const unlink = (from: number, to: number) => {
    // The ":" of "://", the "." of "www.", an "@"; none in code, where a backslash would show.
    for (const m of text.slice(from, to).matchAll(/:(?=\/\/)|(?<=\b[Ww]{3})\.|@/g))
      if (!code.some(([s, e]) => s <= from + m.index && from + m.index < e)) escape(from + m.index);
  };
  /**
   * A link made of an address alone that MDX needs written in brackets: `<https://…>`, which MDX
   * does not have, or a bare https://… or www.… with a character to escape right after it (GFM
   * would take the backslash into the address). Other bare addresses MDX reads as Markdown does.
   */
  const isAutolink = (n: Node) =>
    n.type === 'link' &&
    (text[offsetOf(n)] === '<' ||
      (text[offsetOf(n)] !== '[' && /^[^\s<{}]*[<{}]/.test(text.slice(endOf(n)))));
  const besideAutolink = (parent: Node | undefined) =>
    !!parent && 'children' in parent && parent.children.some(isAutolink);

  const escapeRange = (
    start: number,
    end: number,
    keepTags: boolean,
    special = /[<{}]/,
    skip?: ReadonlySet<number>,
  ) => {
    // The address a backslash could run into may start before the node (no space between).
    let run = start;
    while (run > 0 && !/\s/.test(text[run - 1])) run--;
    for (let i = start; i < end; i++) {
      const c = text[i];
      if (/\s/.test(c)) run = i + 1;
      // A backslash before the node is not its own (GFM takes one after an address into it).
      if (!special.test(c) || skip?.has(i)) continue;
      if (escapedAt(text.slice(start, i + 1), i - start)) {
        // Escaped already: still, no address may take that backslash.
        unlink(run, i - 1);
        run = i + 1;
        continue;
      }
      if (c === '<' && keepTags && !forced.has(i)) {
        tagAt.lastIndex = i;
        const tag = tagAt.exec(text)?.[0];
        const written = tag && i + tag.length <= end ? allowedTag(tag) : undefined;
        if (tag && written !== undefined) {
          if (written !== tag) rewrites.push({ start: i, end: i + tag.length, text: written });
          kept.push(i);
          i += tag.length - 1;
          run = i + 1;
          continue;
        }
      }
      unlink(run, i);
      run = i + 1;
      escape(i, true);
    }
  };

  // A line that goes on a paragraph is text to Markdown however it starts, when indented four
  // spaces or more; MDX has no indented code, so there it would start a quote, a heading, a
  // list… The characters that would start it are escaped (they are text either way).
  const continuationLines = (n: Node, quotes: number) => {
    const spans: [number, number][] = [];
    walk(n, (c) => {
      if (c.type === 'inlineCode') spans.push([offsetOf(c), endOf(c)]);
    });
    const prefix = new RegExp(`(?:[ ]{0,3}>[ ]?){0,${quotes}}[ \\t]*`, 'y');
    for (
      let nl = text.indexOf('\n', offsetOf(n));
      nl !== -1 && nl < endOf(n);
      nl = text.indexOf('\n', nl + 1)
    ) {
      prefix.lastIndex = nl + 1;
      prefix.exec(text);
      const at = prefix.lastIndex;
      const line = text.slice(at, text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at));
      // A line in code (or starting one) is the code span's, below.
      if (at >= endOf(n) || spans.some(([s, e]) => s <= at && at < e)) continue;
      const fence = /^(?:`{3,}|~{3,})/.exec(line)?.[0];
      if (fence) for (let i = 0; i < fence.length; i++) escape(at + i);
      else if (/^\d{1,9}[.)]/.test(line)) escape(at + /^\d+/.exec(line)![0].length);
      else if (blockStart.test(line)) escape(at);
    }
  };

  const visit = (n: Node, parent: Node | undefined, quotes: number, inLink: boolean) => {
    const start = offsetOf(n);
    const end = endOf(n);
    const raw = text.slice(start, end);
    // MDX reads a block that starts a line with "import " or "export " as a module statement.
    if (parent?.type === 'root' && /^(?:import|export) /.test(raw) && n.position?.start.column === 1)
      rewrites.push({ start, end: start + 1, text: `&#${raw.charCodeAt(0)};` });
    if (n.type === 'paragraph') continuationLines(n, quotes);
    switch (n.type) {
      case 'text':
        // Beside a link written anew in brackets, a bracket of the text could join it.
        if (besideAutolink(parent)) {
          unlink(start, end);
          escapeRange(start, end, false, /[<{}[\]]/);
        } else escapeRange(start, end, false);
        return;
      case 'inlineCode':
        // Code that goes on to a line MDX would read first as something else (a tag, code, a
        // quote…): the line break (and quote marks) written as the space a code span shows for
        // it, the indent kept as Markdown keeps it.
        for (const m of raw.matchAll(new RegExp(`\\n(?:[ ]{0,3}>[ ]?){0,${quotes}}([ \\t]*)([^\\n]*)`, 'g')))
          if (/^[<{]|^`{3}|^~{3}|^\d{1,9}[.)]/.test(m[2]) || blockStart.test(m[2]))
            rewrites.push({
              start: start + m.index,
              end: start + m.index + m[0].length - m[1].length - m[2].length,
              text: ' ',
            });
        return;
      case 'code': {
        if (/^[ \t]/.test(raw)) {
          // Indented code, which MDX does not have: the same code block, fenced. Each later line
          // starts with the first line's containers: quote marks, and spaces for list markers
          // (with the space a quote mark takes after it, where the line had none).
          const lineStart = text.lastIndexOf('\n', start - 1) + 1;
          const prefix = text
            .slice(lineStart, start)
            .replace(/>(?=[^\s>])/g, '> ')
            .replace(/[^>\s]/g, ' ');
          const ticks = Math.max(3, ...[...n.value.matchAll(/`+/g)].map((m) => m[0].length + 1));
          const fence = '`'.repeat(ticks);
          const body = n.value.split('\n').map((l) => `${prefix}${l}`);
          rewrites.push({ start, end, text: `${fence}\n${body.join('\n')}\n${prefix}${fence}` });
        }
        return;
      }
      case 'html': {
        // A content component alone on its line stays one (the checks decide if it may be there).
        const use = parseComponentTag(n.value);
        const at = start + n.value.indexOf('<');
        if (use && contentComponents[use.name] && !forced.has(at)) kept.push(at);
        else {
          // Allowed HTML keeps its tags; any other is text, all of it, tags and all.
          escapeRange(start, end, isAllowedHtml(n.value));
          // As text, a line of it that starts "import " or "export " would be a module to MDX.
          if (parent?.type === 'root')
            for (const m of raw.matchAll(/(?<=^|\n)(?:import|export) /g))
              rewrites.push({
                start: start + m.index,
                end: start + m.index + 1,
                text: `&#${m[0].charCodeAt(0)};`,
              });
        }
        return;
      }
      case 'link': {
        const bare = text[start] !== '[';
        if (bare && (isAutolink(n) || besideAutolink(parent))) {
          // Beside one, every bare address is rewritten too: the escaped brackets of the text
          // around it would otherwise go into the address. Inside a link, it is its text.
          const label = toString(n).replace(/[!-/:-@[-`{-~]/g, '\\$&');
          if (inLink) {
            rewrites.push({ start, end, text: label });
            return;
          }
          // A "!" before it would make it a picture, a lone "\\" an escaped "[", an address
          // just before would run into it.
          if ('!\\'.includes(text[start - 1] ?? 'x')) escape(start - 1);
          let run = start;
          while (run > 0 && !/\s/.test(text[run - 1])) run--;
          unlink(run, start);
          const url = n.url.replace(/[()<>&\\\s]/g, '\\$&');
          rewrites.push({ start, end, text: `[${label}](${url})` });
          return;
        }
        // A bare address stays as it is: MDX takes the braces in it into the address, as Markdown does.
        if (bare) return;
        break;
      }
      case 'image':
      case 'imageReference': {
        // The description is phrasing to MDX: escaped as text, code spans in it left alone, an
        // <https://…> in it (which MDX does not have) its address.
        const label = imageLabel(raw);
        const masked = withoutCode(label);
        const skip = new Set<number>();
        for (let i = 0; i < label.length; i++) {
          if (masked[i] !== label[i]) skip.add(start + 2 + i);
          const link = autolinkAt.exec(masked.slice(i))?.[0];
          if (!link || escapedAt(label, i)) continue;
          const address = link.slice(1, -1).replace(/[!-/:-@[-`{-~]/g, '\\$&');
          rewrites.push({ start: start + 2 + i, end: start + 2 + i + link.length, text: address });
          for (let j = 0; j < link.length; j++) skip.add(start + 2 + i + j);
        }
        escapeRange(start + 2, start + 2 + label.length, false, undefined, skip);
        return;
      }
    }
    if ('children' in n)
      for (const child of n.children)
        visit(
          child,
          n,
          quotes + (n.type === 'blockquote' ? 1 : 0),
          inLink || n.type === 'link' || n.type === 'linkReference',
        );
  };
  const tree = markdownAsTyped.parse(text);
  walk(tree, (n) => {
    if (n.type === 'inlineCode' || n.type === 'code') code.push([offsetOf(n), endOf(n)]);
    // And a link's address: MDX reads it as Markdown does, no backslash is taken into it.
    else if ((n.type === 'link' && text[offsetOf(n)] === '[') || n.type === 'linkReference') {
      const label = n.children.length ? endOf(n.children[n.children.length - 1]) : offsetOf(n);
      code.push([label, endOf(n)]);
    } else if (n.type === 'image' || n.type === 'imageReference')
      code.push([offsetOf(n) + 2 + imageLabel(text.slice(offsetOf(n), endOf(n))).length, endOf(n)]);
    else if (n.type === 'definition') code.push([offsetOf(n), endOf(n)]);
  });
  visit(tree, undefined, 0, false);

  // Escapes and rewrites in order; an escape of text that is rewritten goes with it. Each kept
  // tag is followed to where it is in the result.
  const rewritten = new Set(rewrites.filter((e) => e.end > e.start).map((e) => e.start));
  const escaping = [...escapes].filter((i) => !rewritten.has(i));
  const edits = [...rewrites, ...escaping.map((i) => ({ start: i, end: i, text: '\\' }))].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
  const tags = kept.sort((a, b) => a - b);
  const moved: { input: number; output: number }[] = [];
  let out = '';
  let last = 0;
  const copyTo = (to: number) => {
    for (; moved.length < tags.length && tags[moved.length] < to;)
      moved.push({ input: tags[moved.length], output: out.length + tags[moved.length] - last });
    out += text.slice(last, to);
    last = to;
  };
  for (const e of edits) {
    if (e.start < last) continue;
    copyTo(e.start);
    out += e.text;
    // A tag rewritten (<br> as <br />) starts where its rewrite does.
    if (e.end > e.start && tags[moved.length] === e.start)
      moved.push({ input: e.start, output: out.length - e.text.length });
    last = e.end;
  }
  copyTo(text.length);
  return { text: out, kept: moved };
}

/**
 * What an officer typed (Markdown meant as text) as MDX that publishes exactly as typed: `{`, `}`
 * and `<` in text escaped (`\{`, `\}`, `\<`) unless the `<` starts an allowed HTML tag or a content
 * component written right; code spans and code blocks as they are; the Markdown MDX lacks
 * (indented code, `<https://…>` links, raw HTML) rewritten in the MDX way.
 */
export const escapeForMdx = (text: string): string => escapeUntilRead(text, new Set());

/** escapeText until MDX reads the result: each kept tag MDX stumbles on is escaped after all. */
function escapeUntilRead(text: string, forced: Set<number>): string {
  for (;;) {
    const { text: out, kept } = escapeText(text, forced);
    let error: ParseError;
    try {
      parseMdx(out);
      return out;
    } catch (e) {
      error = e as ParseError;
    }
    // A kept tag MDX could not pair up (`<sub>` never closed) is text after all.
    const at = errorOffset(error, out, lineStarts(out));
    const tag = kept.filter((t) => t.output <= at && !forced.has(t.input)).at(-1);
    if (!tag) return out;
    forced.add(tag.input);
  }
}

/** Raw HTML or an autolink as Markdown reads it at a "<" (CommonMark's raw HTML, in short). */
const markdownTagAt =
  /^<(?:[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|\/[A-Za-z][A-Za-z0-9-]*\s*>|!--|\?|![A-Za-z]|!\[CDATA\[|[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9][A-Za-z0-9.-]*>)/;

/**
 * An .mdx body as an officer edits it (Markdown meant as text): the escapes escapeForMdx adds
 * taken out where Markdown does without them, `\{` and `\}` as `{` and `}`, `\<` as `<` unless
 * Markdown would read a tag there, `&#105;mport` at the start of a line as `import`. What it
 * rewrote otherwise (links in brackets, fenced code, `<br />`) shows the same and stays.
 * escapeForMdx of the result is the MDX again. A body MDX cannot parse is returned as it is.
 */
export function unescapeMdx(mdx: string): string {
  let tree: Root;
  try {
    tree = parseMdx(mdx);
  } catch {
    return mdx;
  }
  const drop = new Set<number>();
  const rewrites: Edit[] = [];
  const unescapeRange = (start: number, end: number, skip?: (i: number) => boolean) => {
    for (let i = start + 1; i < end; i++) {
      const c = mdx[i];
      if (!'{}<'.includes(c) || skip?.(i) || mdx[i - 1] !== '\\' || !escapedAt(mdx, i)) continue;
      // A backslash right after an address stays: without it, the address would run on.
      const before = /\S*$/.exec(mdx.slice(start, i - 1))![0];
      if (/:\/\/|www\.|@/i.test(before)) continue;
      if (c !== '<' || !markdownTagAt.test(mdx.slice(i))) drop.add(i - 1);
    }
  };
  walk(tree, (n) => {
    const start = offsetOf(n);
    if (n.type === 'text') {
      unescapeRange(start, endOf(n));
      const ref = /^&#(105|101);(?=mport |xport )/.exec(mdx.slice(start));
      if (ref && (start === 0 || mdx[start - 1] === '\n'))
        rewrites.push({ start, end: start + ref[0].length, text: String.fromCharCode(Number(ref[1])) });
    } else if (n.type === 'image' || n.type === 'imageReference') {
      const label = imageLabel(mdx.slice(start, endOf(n)));
      const masked = withoutCode(label);
      unescapeRange(
        start + 2,
        start + 2 + label.length,
        (i) => masked[i - start - 2] !== label[i - start - 2],
      );
    }
  });
  const edits = [...rewrites, ...[...drop].map((i) => ({ start: i, end: i + 1, text: '' }))].sort(
    (a, b) => a.start - b.start,
  );
  let out = '';
  let last = 0;
  for (const e of edits) {
    if (e.start < last) continue;
    out += mdx.slice(last, e.start) + e.text;
    last = e.end;
  }
  return out + mdx.slice(last);
}
