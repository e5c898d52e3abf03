import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { markupIssues, type MarkupIssue } from '../../src/lib/markup/check';
import { escapeForMdx, mdxBody, mdxIssues, parseMdx, unescapeMdx } from '../../src/lib/markup/mdx';
import { parseMarkdown } from '../../src/lib/markup/parse';
import { lookAlikes } from '../helpers/fixture-content';

// An .mdx body is checked on MDX's own syntax tree before anything compiles it: code (ESM,
// expressions, JSX beyond the content components and the allowed HTML) is refused at its line
// with a message in both languages, and so is text MDX cannot parse, with the way to write it.
// What an officer types is written as MDX that publishes as typed (escapeForMdx).

/** Every body starts with this paragraph, so that lines in the body are counted, not assumed. */
const INTRO = 'Intro.\n\n';
const at = (line: number) => line + 2;
const check = (body: string, collection: 'news' | 'services' = 'news') =>
  mdxIssues(`${INTRO}${body}`, collection).markup;

/** Both languages said, and neither is the MDX library's own English. */
function expectBilingual(issues: MarkupIssue[]) {
  for (const i of issues) {
    expect(i.expected.mn).toMatch(/[а-яөүё]/i);
    expect(i.expected.en).not.toBe(i.expected.mn);
    expect(`${i.expected.en} ${i.expected.mn}`).not.toMatch(/Unexpected|acorn|U\+00|expected a /);
  }
}

// [what, body, line of the problem within the body (1 = first)]
const hostile: [string, string, number][] = [
  ['an ES import', "import fs from 'node:fs';\n\nHost: {fs.readFileSync('/etc/hostname', 'utf8')}", 1],
  [
    'an expression after an import',
    "import fs from 'node:fs';\n\nHost: {fs.readFileSync('/etc/hostname', 'utf8')}",
    3,
  ],
  ['an ES export', 'export const token = process.env.DEPLOY_TOKEN;', 1],
  ['an export default', 'export default function Page() { return 1 }', 1],
  ['an import right above text', "import x from './x.js'\nSome text after it.", 1],
  ['an environment variable in text', 'Key: {process.env.DEPLOY_TOKEN}', 1],
  ['a file read on the third line', "Text.\n\nHost: {fs.readFileSync('/etc/hostname', 'utf8')}", 3],
  ['an expression alone on its line', '{process.env.DEPLOY_TOKEN}', 1],
  ['an MDX comment', '{/* a note */}', 1],
  ['an MDX comment in a sentence', 'Text {/* a note */} more.', 1],
  ['code in a list item', '- one\n- {globalThis.process.env.DEPLOY_TOKEN}', 2],
  ['code in a quotation', "> Quoted {eval('1 + 1')}", 1],
  ['code in a footnote', 'Text.[^1]\n\n[^1]: {require("fs")}', 3],
  ['code in a table cell', '| A |\n| - |\n| {process.env.X} |', 3],
  ['code in a heading', '## Title {process.env.X}', 1],
  ['code in link text', '[{process.env.X}](/hotline/)', 1],
  ['code in picture alt text', '![{process.env.DEPLOY_TOKEN}](../mn/photo.png)', 1],
  ['a tag in picture alt text', '![<script>alert(1)</script>](../mn/photo.png)', 1],
  ['a component in picture alt text', '![<DirectiveList group="task" />](../mn/photo.png)', 1],
  ['an expression as a component value', '<DirectiveList group={process.env.X} />', 1],
  ['spread attributes on a component', '<DirectiveList {...props} />', 1],
  ['an unknown component with spread props', '<Secret {...props} />', 1],
  ['an unknown component', '<Secret />', 1],
  ['a component with an unknown attribute', '<DirectiveList group="task" onload="alert(1)" />', 1],
  ['a component with an unknown value', '<DirectiveList group="everything" />', 1],
  ['a component without its value', '<DirectiveList />', 1],
  ['a component with a valueless attribute', '<DirectiveList group />', 1],
  ['a component inside a sentence', 'See <DirectiveList group="task" /> here.', 1],
  ['a component in a list item', '- <DirectiveList group="task" />', 1],
  ['a component holding text', '<DirectiveList group="task">list</DirectiveList>', 1],
  [
    'nested components',
    '<DirectiveList group="task">\n\n<DirectiveList group="attention" />\n\n</DirectiveList>',
    3,
  ],
  ['a fragment', '<>text</>', 1],
  ['a member expression', '<motion.div />', 1],
  ['a script element', '<script>alert(1)</script>', 1],
  ['a style element', '<style>{`body { display: none }`}</style>', 1],
  ['an iframe', '<iframe src="https://example.com/"></iframe>', 1],
  ['a picture with onError code', '<img src="x" onError={alert} />', 1],
  ['a picture with onerror text', 'Text <img src="x" onerror="alert(1)" /> more.', 1],
  ['a div with onClick', '<div onClick={() => alert(1)}>x</div>', 1],
  ['inline SVG with script', '<svg><script>alert(1)</script></svg>', 1],
  ['a namespaced element', '<svg:script>alert(1)</svg:script>', 1],
  ['a body element with onLoad', '<body onLoad="alert(1)" />', 1],
  ['an element link to javascript:', '<a href="javascript:alert(1)">x</a>', 1],
  ['an on* attribute on an allowed element', 'E = mc<sup onclick="alert(1)">2</sup>', 1],
  ['an expression attribute on an allowed element', '<span lang={navigator.language}>x</span>', 1],
  ['code on a later line of an allowed tag', 'Text.\n\n<span\n  lang={x}\n>y</span>', 3],
  ['a style attribute', '<span style="position: fixed">x</span>', 1],
  ['an entity-encoded attribute escape', '<span lang="en&quot; onmouseover=&quot;alert(1)">x</span>', 1],
  ['script nested in an allowed element', 'x<sup><script>alert(1)</script></sup>', 1],
  ['a javascript: link', '[Click](javascript:alert(1))', 1],
  ['a javascript: link in capitals', '[Click](JaVaScRiPt:alert(1))', 1],
  ['an entity-encoded javascript: link', '[Click](&#106;avascript:alert(1))', 1],
  ['a vbscript: link', '[Click](vbscript:msgbox(1))', 1],
  ['a data: picture', '![A dot](data:image/svg+xml;base64,PHN2Zz4=)', 1],
  ['a javascript: link definition', 'See [the page][x].\n\n[x]: javascript:alert(1)', 3],
  ['a link to another host by backslash', '[Home](/\\example.com/)', 1],
  ['an HTML comment', '<!-- {process.env.DEPLOY_TOKEN} -->', 1],
  ['an HTML tag left open', 'Text <img src="x" onerror="alert(1)"> more.', 1],
  ['an HTML comment on the fourth line', 'One.\n\nTwo.\n<!-- note -->', 4],
];

describe('an .mdx body that holds code', () => {
  it('has at least fifty cases', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(50);
  });

  it.each(hostile)('%s is refused at its line, in both languages', (_, body, line) => {
    const issues = check(body);
    expect(issues.map((i) => i.line)).toContain(at(line));
    for (const i of issues) expect(i.field).toMatch(/^body \((code|component|HTML|link|image|MDX)\)$/);
    expectBilingual(issues);
  });

  it('says what each kind of code is and how to write it instead', () => {
    const said = (body: string) => check(body).map((i) => `${i.field} ${i.expected.en}`);
    expect(said("import fs from 'node:fs'")).toEqual([
      expect.stringMatching(/^body \(code\) .*import\/export/),
    ]);
    expect(said('Key: {process.env.X}')).toEqual([
      expect.stringMatching(/^body \(code\) .*MDX runs .*\\\{process\.env\.X\\\}$/),
    ]);
    expect(said('<DirectiveList group={process.env.X} />')).toEqual([
      expect.stringMatching(/^body \(code\) .*in quotes.*<DirectiveList group="task\|attention" \/>$/),
    ]);
    expect(said('See <DirectiveList group="task" /> here.')).toEqual([
      expect.stringMatching(/^body \(component\) a component alone on its own line/),
    ]);
    expect(said('<Secret />')).toEqual([
      expect.stringMatching(/^body \(component\) only these components.*DirectiveList/),
    ]);
    expect(said('<script>alert(1)</script>')).toEqual([
      expect.stringMatching(/^body \(HTML\) .*\\<script>$/),
    ]);
    expect(said('<>text</>')).toEqual([expect.stringMatching(/^body \(code\) not JSX code/)]);
    expect(said('<span style="x">y</span>')).toEqual([
      expect.stringMatching(/^body \(HTML\) <span> with lang only/),
    ]);
    expect(said('[Click](javascript:alert(1))')).toEqual([
      expect.stringMatching(/^body \(link\) .*javascript:/),
    ]);
  });

  it('refuses an HTML comment, which MDX cannot read, in both languages', () => {
    const [issue, ...more] = check('<!-- a note for editors -->');
    expect(more).toEqual([]);
    expect(issue).toMatchObject({ line: at(1), field: 'body (MDX)', found: '<!-- a note for editors -->' });
    expect(issue.expected.mn).toContain('HTML тайлбаргүй (<!-- -->)');
    expect(issue.expected.en).toContain('no HTML comment (<!-- -->)');
  });

  it('refuses a component in a kind of page that has none', () => {
    const issues = check('<DirectiveList group="task" />', 'services');
    expect(issues.map((i) => [i.line, i.field])).toEqual([[at(1), 'body (component)']]);
    expect(issues[0].expected.en).toMatch(/^no components \(DirectiveList\) in this kind of file/);
  });

  it('never throws, and says every problem in both languages', () => {
    const pieces = [
      '<',
      '{',
      '}',
      ' ',
      '\n',
      'a',
      'A',
      '1',
      '=',
      '/',
      '>',
      '!',
      '-',
      '`',
      '\\',
      '"',
      '.',
      'import ',
      '*',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: 1 + (next() % 10) }, () => pieces[next() % pieces.length]).join('');
      const { markup } = mdxIssues(text, 'news');
      for (const i of markup) expect(i.line).toBeGreaterThanOrEqual(1);
      expectBilingual(markup);
    }
  });
});

describe('an .mdx body that is data', () => {
  it.each([
    ['a component alone on its line', 'Before.\n\n<DirectiveList group="task" />\n\nAfter.'],
    ['both groups', '<DirectiveList group="task" />\n\n## Points\n\n<DirectiveList group="attention" />'],
    ['a component written over lines', '<DirectiveList\n  group="task"\n/>'],
    ['a subscript', 'CO<sub>2</sub> and m<sup>2</sup>'],
    ['a span in another language', 'The <span lang="en">National Quality Programme</span> was adopted.'],
    ['an abbreviation', '<abbr title="Mongolian National Standard">MNS</abbr> 5000'],
    ['a line break', 'Line one<br />line two'],
    ['a GFM table', '| Хэмжээ | Утга |\n| --- | ---: |\n| Жин | 5 кг |'],
    ['a footnote', 'Text.[^note]\n\n[^note]: The note.'],
    [
      'strikethrough, a task list and a bare address',
      '~~old~~ new\n\n- [x] done\n\nSee https://legalinfo.mn/ too.',
    ],
    [
      'links and a picture',
      '[The hotline](/hotline/), [mail](mailto:info@masm.gov.mn)\n\n![A scale](../images/x.jpg)',
    ],
    ['braces and signs written as text', 'The set \\{1, 2\\}; a \\< b; 5 &lt;= 6; a < b.'],
    ['code', 'Write `{process.env.X}` or:\n\n```js\nimport x from "y";\n<Secret {...props} />\n```'],
  ])('passes: %s', (_, body) => {
    expect(check(body)).toEqual([]);
  });

  it('gives MDX’s tree, where the component is a block element', () => {
    const { tree, markup } = mdxIssues('<DirectiveList group="task" />', 'news');
    expect(markup).toEqual([]);
    const node = tree?.children[0] as MdxJsxFlowElement;
    expect([
      node.type,
      node.name,
      node.attributes.map((a) => [a.type, 'name' in a && a.name, a.value]),
    ]).toEqual(['mdxJsxFlowElement', 'DirectiveList', [['mdxJsxAttribute', 'group', 'task']]]);
  });
});

describe('text that MDX reads as code', () => {
  // [typed, the way to write it, what of it the message gives if not all]
  const lookAlikes: [string, string, string?][] = [
    ['We know that 5 <= 6.', 'We know that 5 \\<= 6.'],
    ['A cable of x<y metres.', 'A cable of x\\<y metres.'],
    ['Scores a <3 b.', 'Scores a \\<3 b.'],
    ['The set {1, 2} has two members.', 'The set \\{1, 2\\} has two members.', '\\{1, 2\\}'],
    ['The set {1, 2 is not closed.', 'The set \\{1, 2 is not closed.'],
    ['Braces {like this} hold words.', 'Braces \\{like this\\} hold words.'],
    ['import duties were discussed at the meeting.', '&#105;mport duties were discussed at the meeting.'],
    ['export of meters grew.', '&#101;xport of meters grew.'],
    ['See <https://legalinfo.mn/>.', 'See [https\\:\\/\\/legalinfo\\.mn\\/](https://legalinfo.mn/).'],
    ['Write to <info@masm.gov.mn>.', 'Write to [info\\@masm\\.gov\\.mn](mailto:info@masm.gov.mn).'],
    ['Line one<br>line two', 'Line one\\<br>line two'],
  ];

  it.each(lookAlikes)('"%s" is refused with the exact way to write it', (typed, fix, said = fix) => {
    const issues = check(typed);
    expect(issues).toHaveLength(1);
    expect(issues[0].line).toBe(at(1));
    expectBilingual(issues);
    expect(issues[0].expected.en.endsWith(`: ${said}`)).toBe(true);
    expect(issues[0].expected.mn.endsWith(`: ${said}`)).toBe(true);
    // …and that way passes and shows what was typed.
    expect(check(fix)).toEqual([]);
    expect(toString(parseMdx(fix))).toBe(toString(parseMarkdown(typed)));
  });

  it('shows the part of a long line around the sign, as found and written', () => {
    const line = `${'Words of a long paragraph, '.repeat(4)}where 5 <= 6 holds, ${'and more words follow it. '.repeat(4)}`;
    const [issue] = check(line);
    expect(issue.found).toBe('…long paragraph, where 5 <= 6 holds, and more words follow it.…');
    expect(issue.expected.en).toMatch(
      /: …long paragraph, where 5 \\<= 6 holds, and more words follow it\.…$/,
    );
  });

  it('says which sign MDX read, in the message', () => {
    expect(check('5 <= 6')[0].expected.en).toMatch(
      /^MDX read "<" here as the start of a tag.*\\< \(or &lt;\)/,
    );
    expect(check('{1, 2')[0].expected.en).toMatch(/^MDX read "\{" here as the start of code.*\\\{ and \\\}/);
    expect(check('x<y')[0].expected.en).toMatch(/^MDX read "<y" here as a tag that is not closed/);
    expect(check('<br>')[0].expected.en).toMatch(/^MDX read "<br" here as a tag.*<br \/>/);
  });

  it('puts a parse error at the line of the sign, not where MDX gave up', () => {
    expect(check('Text.\n\n{1, 2\nand more\n\nlines').map((i) => i.line)).toEqual([at(3)]);
    expect(check('One.\n\n<span lang="en">x\n\nTwo.').map((i) => i.line)).toEqual([at(3)]);
  });

  it('lets through what MDX reads as text: "<" before a space', () => {
    for (const text of [
      'A tolerance of < 0.5 % is allowed.',
      'If a < b then b is larger.',
      'We know that 2 > 1.',
    ]) {
      expect(check(text)).toEqual([]);
      expect(toString(parseMdx(text))).toBe(text);
    }
  });
});

describe('parseMdx', () => {
  it('throws MDX’s own error, with its line', () => {
    expect(() => parseMdx('One.\n\nTwo <3')).toThrow(expect.objectContaining({ line: 3 }));
  });
});

describe('mdxBody', () => {
  it('gives links and pictures with their lines, and heading ids', () => {
    const body = mdxBody(
      '# Хэмжил зүй\n\nSee [the hotline](/hotline/#call).\n\n![A scale](../images/scale.jpg)\n\n## Хэмжил зүй\n\n[x]: https://legalinfo.mn/',
      'news',
    );
    expect(body).toEqual({
      references: [
        { kind: 'link', url: '/hotline/#call', line: 3 },
        { kind: 'image', url: '../images/scale.jpg', alt: 'A scale', line: 5 },
        { kind: 'link', url: 'https://legalinfo.mn/', line: 9 },
      ],
      headingIds: ['хэмжил-зүй', 'хэмжил-зүй-1'],
      markup: [],
    });
  });

  it('gives only the problem for a body MDX cannot read', () => {
    const body = mdxBody('# Title\n\n[a](/a/) 5 <= 6', 'news');
    expect([body.references, body.headingIds, body.markup.map((i) => i.line)]).toEqual([[], [], [3]]);
  });
});

describe('a component in a Markdown (.md) body', () => {
  const mdIssues = (text: string, collection: 'news' | 'services' = 'news') =>
    markupIssues(parseMarkdown(text), text, collection);

  it('is refused, naming the .mdx file to write', () => {
    const issues = mdIssues('Intro.\n\n<DirectiveList group="task" />\n');
    expect(issues.map((i) => [i.line, i.field, i.found])).toEqual([
      [3, 'body (component)', '<DirectiveList group="task" />'],
    ]);
    expect(Object.keys(issues[0].expected)).toEqual(['mn', 'en']);
    expect(issues[0].expected.mn).toContain('<нэр>.mdx');
    expect(issues[0].expected.en).toBe('components work only in .mdx files: rename the file to <name>.mdx');
  });

  it('passes where the text is written out as .mdx (the editor’s MDX form)', () => {
    const text = 'Intro.\n\n<DirectiveList group="task" />\n';
    expect(markupIssues(parseMarkdown(text), text, 'news', { components: true })).toEqual([]);
    const wrong = '<DirectiveList group="everything" />';
    expect(markupIssues(parseMarkdown(wrong), wrong, 'news', { components: true })).toHaveLength(1);
  });

  it('keeps its other messages', () => {
    expect(mdIssues('<DirectiveList group="everything" />')[0].expected.en).toMatch(/^allowed values only/);
    expect(mdIssues('<DirectiveList group="task" />', 'services')[0].expected.en).toMatch(/^no components/);
    expect(mdIssues('See <DirectiveList group="task" /> here.')[0].expected.en).toMatch(/^a component alone/);
  });
});

// Both renderings to HTML: Markdown as the site reads it, MDX with its JSX elements as plain
// elements (the allowed HTML is all an escaped text keeps).
const jsxElement = (
  state: { all(n: unknown): unknown[]; patch(a: unknown, b: unknown): void },
  node: MdxJsxFlowElement | MdxJsxTextElement,
) => {
  const result = {
    type: 'element',
    tagName: node.name,
    properties: Object.fromEntries(node.attributes.map((a) => ['name' in a ? a.name : '', a.value])),
    children: state.all(node),
  };
  state.patch(node, result);
  return result;
};
const markdownHtml = (text: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeStringify, { allowDangerousHtml: true })
      .processSync(text),
  );
const mdxHtml = (text: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkGfm)
      .use(remarkRehype, {
        handlers: { mdxJsxFlowElement: jsxElement, mdxJsxTextElement: jsxElement } as never,
      })
      .use(rehypeStringify)
      .processSync(text),
  );

describe('escapeForMdx', () => {
  // What officers type, meant as text.
  const typed = [
    'A tolerance of < 0.5 % is allowed.',
    'If a < b then b is larger.',
    'The set {1, 2} has two members.',
    'x<y and 5 <= 6, 3 <4 and 2 > 1',
    'Braces as text: {process.env.HOME}, a } alone and a { alone.',
    '🎉 Баяр хүргэе! 😀 <3',
    'Стандартчилал, хэмжил зүйн газар: {тайлбар} < 5 %',
    '| Хэмжээ | Утга |\n| --- | --- |\n| < 0.5 % | {a} |\n| x<y | 5 <= 6 |',
    '- нэг < хоёр\n- {x}\n  1. a <b\n  2. c',
    'See [the page < 2](/hotline/) and [a {b}](https://example.mn/a?b={c}), https://legalinfo.mn/x<y too.',
    'Write `a < b` and `{x}` as code; outside: a<b',
    '```\n{x} <y\nimport z from "z";\n```\n\nafter {z}',
    '# Title {x} <y\n\nText',
    '> quote < a {b}',
    'H<sub>2</sub>O and m<sup>2</sup>, <abbr title="Mongolian National Standard">MNS</abbr>, <span lang="en">word</span><br>next',
    'Already escaped: a \\< b and \\{x\\}',
    '![Зураг {1, 2} < 5 %](../images/x.jpg)',
    'Text[^1]\n\n[^1]: A note {x} < y.',
    '&lt;script&gt; and &#123;',
    '**bold < x** and _{y}_',
    'line one  \nline two <x',
    'x <\ny',
    'import duties were discussed at the meeting.\n\nexport of meters grew.',
    'See <https://legalinfo.mn/law/details/14440> or <info@masm.gov.mn>.',
    'Text\n\n    indented <x> {y}\n    code',
    'One\n    > not a quote\n    # not a heading',
  ];

  it.each(typed)('writes %j as MDX with no problem that shows as typed', (text) => {
    const mdx = escapeForMdx(text);
    expect(mdxIssues(mdx, 'news').markup).toEqual([]);
    expect(mdxHtml(mdx)).toBe(markdownHtml(text));
  });

  it.each(typed)('reads %j back as it shows, and writes it the same again', (text) => {
    const mdx = escapeForMdx(text);
    const back = unescapeMdx(mdx);
    // <br> is written <br />: the same element.
    expect(markdownHtml(back).replaceAll('<br />', '<br>')).toBe(markdownHtml(text));
    expect(escapeForMdx(back)).toBe(mdx);
  });

  it('gives back what was typed, exactly, where it needed only escapes', () => {
    // Not so: links in angle brackets or right before a "<", indented code, <br>, and
    // backslashes typed where Markdown does without them (each shows the same).
    const plain = typed.filter((t) => !/<https|<info|https:\/\/legalinfo\.mn\/x<|    |<br>|\\/.test(t));
    expect(plain.length).toBeGreaterThan(15);
    expect(plain.filter((t) => unescapeMdx(escapeForMdx(t)) !== t)).toEqual([]);
  });

  it.each(Object.entries(lookAlikes))(
    'writes the fixture site’s look-alike %j so that it shows the same',
    (shown, typed) => {
      const mdx = escapeForMdx(typed);
      expect(mdxIssues(mdx, 'news').markup).toEqual([]);
      expect(toString(parseMdx(mdx))).toBe(shown);
    },
  );

  it('keeps a component alone on its line, and allowed HTML, as they are', () => {
    const text = 'Before.\n\n<DirectiveList group="task" />\n\nCO<sub>2</sub>';
    expect(escapeForMdx(text)).toBe(text);
  });

  it('writes HTML outside the allowed list, and an unclosed tag, as text', () => {
    for (const [text, shown] of [
      ['<script>alert(1)</script>', '<script>alert(1)</script>'],
      ['Text <img src=x onerror=alert(1)> more.', 'Text <img src=x onerror=alert(1)> more.'],
      ['<!-- a note -->', '<!-- a note -->'],
      ['a <sub>2 never closed', 'a <sub>2 never closed'],
    ]) {
      const mdx = escapeForMdx(text);
      const { tree, markup } = mdxIssues(mdx, 'news');
      expect(markup).toEqual([]);
      const jsx: string[] = [];
      const walk = (n: Root | Root['children'][number]) => {
        if (n.type.startsWith('mdx')) jsx.push(n.type);
        if ('children' in n) n.children.forEach(walk);
      };
      walk(tree!);
      expect([jsx, toString(tree)]).toEqual([[], shown]);
    }
  });

  it('leaves no problem in any text made of signs MDX reads, and shows it as Markdown does', () => {
    const pieces = [
      '<',
      '{',
      '}',
      ' ',
      '\n',
      'a',
      'Ж',
      '1',
      '=',
      '-',
      '_',
      '`',
      '>',
      '\\',
      '#',
      '[',
      ']',
      '(',
      ')',
      '|',
      '!',
      '😀',
      '&lt;',
      'import ',
      '. ',
    ];
    let seed = 11;
    const next = () => (seed = (seed * 48271) % 2147483647);
    const differ: string[] = [];
    for (let n = 0; n < 400; n++) {
      const text = Array.from({ length: 1 + (next() % 12) }, () => pieces[next() % pieces.length]).join('');
      const mdx = escapeForMdx(text);
      expect(mdxIssues(mdx, 'news').markup).toEqual([]);
      if (!/<[a-z/!]/i.test(text) && mdxHtml(mdx) !== markdownHtml(text)) differ.push(text);
    }
    expect(differ).toEqual([]);
  });
});
