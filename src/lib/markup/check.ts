import type { Root, RootContent } from 'mdast';
import { parseFragment } from 'parse5';
import type { CollectionName } from '../content-layout';
import type { Bilingual } from '../schemas/rules';
import { allowedHtml, allowedSchemes } from './allowed';
import { codeInBraces, isModuleCode } from './code';
import { componentProblem, parseComponentTag } from './components';
import { parseMarkdown } from './parse';

// What makes a content body, or a text field, data and never code: Markdown and GFM, the content
// components, a few harmless HTML elements, safe addresses. Pure (no file system), so the browser
// editor runs the same checks before it saves.

/** One thing in a text that is refused, with its line in that text (1-based). */
export interface MarkupIssue {
  field: string;
  line: number;
  found: string;
  expected: Bilingual;
}

const htmlList = Object.entries(allowedHtml)
  .map(([tag, attrs]) => `<${tag}${Object.keys(attrs).map((a) => ` ${a}="…"`)}>`)
  .join(', ');

/** What each kind of refused markup should be instead (./mdx.ts says the same of MDX). */
export const markupRules = {
  element: {
    mn: `Markdown эсвэл зөвхөн энэ HTML: ${htmlList}. "<" тэмдэг бол ард нь зай авна: a < b`,
    en: `Markdown, or only this HTML: ${htmlList}. For the sign "<" put a space after it: a < b`,
  },
  comment: {
    mn: 'HTML тайлбаргүй (<!-- -->): хуудасны эх кодонд нийтлэгдэх тул устгана уу',
    en: 'no HTML comment (<!-- -->): it would be published in the page source; delete it',
  },
  code: {
    mn: 'код биш текст: {…} доторх код хэзээ ч ажиллахгүй. Хаалтыг текстээр харуулах бол \\{ гэж бичнэ',
    en: 'text, not code: what is inside {…} is never run. To show the braces as text, write \\{',
  },
  module: {
    mn: 'import/export биш текст: контентын файлд код бичихгүй, энэ мөрийг устгана уу',
    en: 'text, not an import/export statement: content files hold no code; delete this line',
  },
  placement: {
    mn: 'бүрэлдэхүүнийг дангаар нь, хоосон мөрүүдийн дунд тусдаа мөрөнд: <DirectiveList group="task" />',
    en: 'a component alone on its own line, between empty lines: <DirectiveList group="task" />',
  },
  address: {
    mn: 'https://, mailto:, tel: эсвэл сайтын хаяг (/hotline/); javascript:, data: зэрэг хаяг хэзээ ч болохгүй',
    en: 'https://, mailto:, tel: or a site address (/hotline/); javascript:, data: and the like never',
  },
  textOnly: {
    mn: 'HTML-гүй энгийн текст: энэ талбарт HTML хэрэглэгдэхгүй',
    en: 'plain text without HTML: this field never applies HTML',
  },
  mdxOnly: {
    mn: 'бүрэлдэхүүн зөвхөн .mdx файлд ажиллана: файлын нэрийг <нэр>.mdx болгож өөрчилнө үү',
    en: 'components work only in .mdx files: rename the file to <name>.mdx',
  },
} satisfies Record<string, Bilingual>;

export const attrRule = (tag: string): Bilingual => {
  const attrs = Object.keys(allowedHtml[tag] ?? {});
  return attrs.length
    ? { mn: `<${tag}> зөвхөн ${attrs.join(', ')} шинжтэй`, en: `<${tag}> with ${attrs.join(', ')} only` }
    : { mn: `<${tag}> шинжгүй`, en: `<${tag}> without attributes` };
};

type P5Node = {
  nodeName: string;
  tagName?: string;
  value?: string;
  data?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5Node[];
  content?: P5Node;
  sourceCodeLocation?: {
    startLine: number;
    startTag?: { startLine: number; startOffset: number; endOffset: number };
  } | null;
};

export const short = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}…` : s);

/**
 * Problems with a piece of raw HTML in a body (a tag, or a block of HTML), `line` being the line
 * it starts on. `textOnly`: a field where no HTML is applied at all.
 */
function htmlIssues(html: string, line: number, field: string, textOnly = false): MarkupIssue[] {
  const out: MarkupIssue[] = [];
  const add = (at: number, found: string, expected: Bilingual) =>
    out.push({
      field,
      line: line + at - 1,
      found: short(found),
      expected: textOnly ? markupRules.textOnly : expected,
    });
  const walk = (nodes: P5Node[] | undefined) => {
    for (const n of nodes ?? []) {
      const at = n.sourceCodeLocation?.startTag?.startLine ?? n.sourceCodeLocation?.startLine ?? 1;
      if (n.nodeName === '#text') {
        for (const c of codeInBraces(n.value ?? '')) add(at, c.text, markupRules.code);
      } else if (n.nodeName === '#comment') add(at, `<!--${n.data ?? ''}-->`, markupRules.comment);
      else if (n.nodeName === '#documentType') add(at, '<!DOCTYPE>', markupRules.element);
      else if (n.tagName) {
        const rule = allowedHtml[n.tagName];
        const tag = n.sourceCodeLocation?.startTag;
        if (!rule)
          add(at, tag ? html.slice(tag.startOffset, tag.endOffset) : `<${n.tagName}>`, markupRules.element);
        else
          for (const a of n.attrs ?? [])
            if (!rule[a.name]?.test(a.value))
              add(at, `<${n.tagName} ${a.name}="${a.value}">`, attrRule(n.tagName));
        walk(n.childNodes);
        if (n.content) walk(n.content.childNodes);
      }
    }
  };
  walk((parseFragment(html, { sourceCodeLocationInfo: true }) as unknown as P5Node).childNodes);
  // Tags the HTML parser drops in a fragment (<html>, <body onload=…>) are refused all the same.
  const lines = html.split('\n');
  lines.forEach((text, i) => {
    for (const m of text.matchAll(/<\/?([A-Za-z][A-Za-z0-9-]*)/g)) {
      const name = m[1].toLowerCase();
      const seen = out.some((o) => o.line === line + i && o.found.toLowerCase().startsWith(`<${name}`));
      if (!allowedHtml[name] && !seen) add(i + 1, `<${name}>`, markupRules.element);
    }
  });
  return out;
}

/** Whether a piece of raw HTML in a body is all allowed HTML. */
export const isAllowedHtml = (html: string) => htmlIssues(html, 1, '').length === 0;

/** Whether an address is one a page may link to or show: not javascript:, data:, another host's //. */
export function unsafeAddress(url: string): boolean {
  // As a browser reads it: spaces and control characters around it and tabs or line breaks inside
  // it are dropped, and a backslash counts as a slash.
  // eslint-disable-next-line no-control-regex
  const u = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  if (/^[\\/]{2}/.test(u)) return true;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(u)?.[1].toLowerCase();
  return scheme !== undefined && scheme !== 'http' && !allowedSchemes.includes(scheme);
}

type Node = Root | RootContent;

/**
 * Everything in a Markdown body that is not data: module statements, code in braces, HTML outside
 * the allowed list, comments, components misused, unsafe addresses. Lines are the body's own.
 * `components`: the text is written out as an .mdx body (the editor's MDX form), where a component
 * alone on its line is placed; in an .md file it would not be.
 */
export function markupIssues(
  tree: Root,
  text: string,
  collection: CollectionName,
  { components = false } = {},
): MarkupIssue[] {
  const out: MarkupIssue[] = [];
  const raw = (n: Node) => text.slice(n.position?.start.offset ?? 0, n.position?.end.offset ?? 0);
  const lineOf = (n: Node) => n.position?.start.line ?? 1;
  const visit = (n: Node, parent: Node | undefined) => {
    if (n.type === 'paragraph' && parent?.type === 'root' && isModuleCode(raw(n))) {
      out.push({
        field: 'body (code)',
        line: lineOf(n),
        found: short(raw(n).split('\n')[0]),
        expected: markupRules.module,
      });
      return;
    }
    if (n.type === 'html') {
      const use = parent?.type === 'root' ? parseComponentTag(n.value) : undefined;
      if (use) {
        // A component written right is still refused in an .md file: only an .mdx body, checked
        // on MDX's own tree (./mdx.ts), places one.
        const wrong = componentProblem(use, collection) ?? (components ? undefined : markupRules.mdxOnly);
        if (wrong)
          out.push({
            field: 'body (component)',
            line: lineOf(n),
            found: short(n.value.trim()),
            expected: wrong,
          });
      } else if (/<[A-Z]/.test(n.value)) {
        out.push({
          field: 'body (component)',
          line: lineOf(n),
          found: short(n.value.trim()),
          expected: markupRules.placement,
        });
      } else out.push(...htmlIssues(n.value, lineOf(n), 'body (HTML)'));
      return;
    }
    if (n.type === 'text') {
      const r = raw(n);
      for (const c of codeInBraces(r))
        out.push({
          field: 'body (code)',
          line: lineOf(n) + (r.slice(0, c.index).match(/\n/g)?.length ?? 0),
          found: short(c.text),
          expected: markupRules.code,
        });
      const tagLike = /(?<!\\)<[A-Z][A-Za-z0-9]*(?=[\s/>])/.exec(r);
      if (tagLike)
        out.push({
          field: 'body (component)',
          line: lineOf(n),
          found: short(r.slice(tagLike.index).split('\n')[0]),
          expected: markupRules.placement,
        });
    }
    if ((n.type === 'link' || n.type === 'image' || n.type === 'definition') && unsafeAddress(n.url)) {
      out.push({
        field: n.type === 'image' ? 'body (image)' : 'body (link)',
        line: lineOf(n),
        found: short(n.url),
        expected: markupRules.address,
      });
    }
    if (n.type === 'image' && n.alt)
      out.push(...textIssues(n.alt, 'body (image)').map((i) => ({ ...i, line: lineOf(n) })));
    if ('children' in n) for (const child of n.children) visit(child, n);
  };
  visit(tree, undefined);
  return out;
}

/** A text field (a title, a description, alt text): shown as text, so any HTML or code in it is refused. */
export function textIssues(value: string, field: string): MarkupIssue[] {
  if (!/[<{]|^(?:import|export)\b/.test(value)) return [];
  const tree = parseMarkdown(value);
  const out: MarkupIssue[] = [];
  const visit = (n: Node) => {
    if (n.type === 'html') out.push(...htmlIssues(n.value, n.position?.start.line ?? 1, field, true));
    else if (n.type === 'text') {
      const r = value.slice(n.position?.start.offset ?? 0, n.position?.end.offset ?? 0);
      for (const c of codeInBraces(r))
        out.push({
          field,
          line: n.position?.start.line ?? 1,
          found: short(c.text),
          expected: markupRules.code,
        });
    } else if (n.type === 'paragraph' && isModuleCode(value)) {
      out.push({ field, line: 1, found: short(value.split('\n')[0]), expected: markupRules.module });
      return;
    }
    if ('children' in n) for (const child of n.children) visit(child);
  };
  visit(tree);
  return out;
}
