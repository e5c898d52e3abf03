import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formProblems } from '../../src/admin/form-problems';
import { escapeForMdx, mdxIssues } from '../../src/lib/markup/mdx';
import { validateContent } from '../../src/lib/validate/index';
import { page, text } from '../helpers/dist';
import { checkContent, contentTree, fixtureProject, type Changes } from '../helpers/content-fixture';
import { lookAlikes } from '../helpers/fixture-content';
import { contentMessages } from '../helpers/output';

// Content is data: a body or a text field that would run code, put script on a page or link
// where it must not is refused with its file and line, by check:content, the build and the editor;
// text that only looks like code is published as text.

const FILE = 'news/en/hostile.md';
const fields = 'title: Hostile\ndescription: A test item.\npubDate: 2020-02-01';
/** A news file whose body is `body`; the body's first line is line 9 of the file. */
const item = (body: string, front = fields) => `---\n${front}\n---\n\nIntro.\n\n${body}\n`;
const BODY_LINE = 9;

// [what, body, line of the problem within the body (1 = first)]
const bodies: [string, string, number][] = [
  ['an ES import', "import fs from 'node:fs';\n\nHost: {fs.readFileSync('/etc/hostname', 'utf8')}", 1],
  ['an environment variable', 'Key: {process.env.DEPLOY_TOKEN}', 1],
  ['a file read on the third line', "Text.\n\nHost: {fs.readFileSync('/etc/hostname', 'utf8')}", 3],
  ['an ES export', 'export const token = process.env.DEPLOY_TOKEN;', 1],
  ['an export default', 'export default function Page() { return 1 }', 1],
  ['an import right above text', "import x from './x.js'\nSome text after it.", 1],
  ['a script element', '<script>alert(1)</script>', 1],
  ['a picture with onerror', 'Text <img src="x" onerror="alert(1)"> more.', 1],
  ['an iframe', '<iframe src="https://example.com/"></iframe>', 1],
  ['a style element', '<style>body { display: none }</style>', 1],
  ['an object', '<object data="https://example.com/x.swf"></object>', 1],
  ['an embed', '<embed src="https://example.com/x.swf">', 1],
  ['a form with an input', '<form action="https://example.com/"><input name="p"></form>', 1],
  ['a stylesheet link', '<link rel="stylesheet" href="https://example.com/x.css">', 1],
  ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://example.com/">', 1],
  ['a base element', '<base href="https://example.com/">', 1],
  ['inline SVG with script', '<svg><script>alert(1)</script></svg>', 1],
  ['inline SVG with onload', 'Text <svg onload="alert(1)"></svg>', 1],
  ['a javascript: link', '[Click](javascript:alert(1))', 1],
  ['a javascript: link in capitals', '[Click](JaVaScRiPt:alert(1))', 1],
  ['an entity-encoded javascript: link', '[Click](&#106;avascript:alert(1))', 1],
  ['a vbscript: link', '[Click](vbscript:msgbox(1))', 1],
  ['a data: picture', '![A dot](data:image/svg+xml;base64,PHN2Zz4=)', 1],
  ['a javascript: link definition', 'See [the page][x].\n\n[x]: javascript:alert(1)', 3],
  ['an element link to javascript:', '<a href="javascript:alert(1)">x</a>', 1],
  ['an entity-encoded element link', '<a href="&#x6A;avascript:alert(1)">x</a>', 1],
  ['an on* attribute on an allowed element', 'E = mc<sup onclick="alert(1)">2</sup>', 1],
  ['a style attribute', '<span style="position: fixed">x</span>', 1],
  ['an entity-encoded attribute escape', '<span lang="en&quot; onmouseover=&quot;alert(1)">x</span>', 1],
  ['script nested in an allowed element', 'x<sup><script>alert(1)</script></sup>', 1],
  ['a picture nested in an abbreviation', '<abbr title="x"><img src=x onerror=alert(1)></abbr>', 1],
  ['HTML in a heading', '## Title <img src=x onerror=alert(1)>', 1],
  ['script in link text', '[<script>alert(1)</script>](/en/hotline/)', 1],
  ['HTML in picture alt text', '![<img src=x onerror=alert(1)>](../mn/photo.png)', 1],
  ['code in picture alt text', '![{process.env.DEPLOY_TOKEN}](../mn/photo.png)', 1],
  ['script in a table cell', '| A |\n| - |\n| <script>alert(1)</script> |', 3],
  ['code in a list item', '- one\n- {globalThis.process.env.DEPLOY_TOKEN}', 2],
  ['code in a quotation', "> Quoted {eval('1 + 1')}", 1],
  ['code in a footnote', 'Text.[^1]\n\n[^1]: {require("fs")}', 3],
  ['an HTML comment', '<!-- {process.env.DEPLOY_TOKEN} -->', 1],
  ['an MDX comment', '{/* a note */}', 1],
  ['a body tag with onload', '<body onload="alert(1)">', 1],
  ['a component with an expression', '<DirectiveList group={process.env.X} />', 1],
  ['a component with an unknown attribute', '<DirectiveList group="task" onload="alert(1)" />', 1],
  ['a component with an unknown value', '<DirectiveList group="everything" />', 1],
  ['a component inside a sentence', 'See <DirectiveList group="task" /> here.', 1],
  ['an unknown component with spread props', '<Secret {...props} />', 1],
  ['a link to another host by backslash', '[Home](/\\example.com/)', 1],
];

// [what, front matter, field, line]
const frontMatter: [string, string, string, number][] = [
  [
    'a title that closes the JSON-LD script',
    'title: "</script><script>alert(1)</script>"\ndescription: A test item.\npubDate: 2020-02-01',
    'title',
    2,
  ],
  [
    'code in a description',
    'title: Hostile\ndescription: "{process.env.DEPLOY_TOKEN}"\npubDate: 2020-02-01',
    'description',
    3,
  ],
  [
    'HTML in a tag',
    'title: Hostile\ndescription: A test item.\npubDate: 2020-02-01\ntags: ["<img src=x onerror=alert(1)>"]',
    'tags.0',
    5,
  ],
];

const MDX = 'news/en/hostile.mdx';
// Only MDX can hold these; each refused at its line: [what, body, line within the body].
const mdxOnly: [string, string, number][] = [
  ['an expression in an attribute', '<DirectiveList group={process.env.X} />', 1],
  ['a spread attribute', '<DirectiveList {...props} />', 1],
  ['an unknown component', '<Secret />', 1],
  ['a fragment', '<>text</>', 1],
  ['a member expression as a name', '<a.b />', 1],
  ['lower-case HTML in JSX form', '<img src="x" onError="alert(1)" />', 1],
  ['an iframe in JSX form', 'Text.\n\n<iframe src="https://example.com/" />', 3],
  ['a component inside a component', '<DirectiveList group="task">\n  <DirectiveList group="attention" />\n</DirectiveList>', 1],
  ['a component with children text', '<DirectiveList group="task">more</DirectiveList>', 1],
  ['an expression in a heading', '## Title {globalThis.x}', 1],
  ['an export after text', 'Text.\n\nexport const x = 1', 3],
];

describe('hostile content', () => {
  const trees: { cleanup: () => void }[] = [];
  afterAll(() => trees.forEach((t) => t.cleanup()));
  const validate = (files: Changes) => {
    const tree = contentTree(files);
    trees.push(tree);
    return validateContent(join(tree.root, '..'), { contentRoot: tree.root });
  };

  it('has at least thirty cases', () => {
    expect(bodies.length + frontMatter.length).toBeGreaterThanOrEqual(30);
  });

  it.each(bodies)('%s in a body is refused at its line, by the validator and the editor', (_, body, line) => {
    const problems = validate({ [FILE]: item(body) });
    const here = problems.filter((p) => p.file === `content/${FILE}`).map((p) => `${p.line} ${p.field}`);
    expect(here).toContainEqual(expect.stringMatching(new RegExp(`^${BODY_LINE + line - 1} body`)));
    for (const p of problems) expect(p.expected.mn && p.expected.en).toBeTruthy();
    expect(formProblems('news', { en: { ...{ title: 'T' }, body } })).not.toEqual([]);
  });

  it.each([...bodies, ...mdxOnly])(
    '%s in an .mdx body is refused at its line, by the validator and the editor',
    (_, body, line) => {
      const problems = validate({ [MDX]: item(body) });
      const here = problems.filter((p) => p.file === `content/${MDX}`).map((p) => `${p.line} ${p.field}`);
      expect(here).toContainEqual(expect.stringMatching(new RegExp(`^${BODY_LINE + line - 1} body`)));
      for (const p of problems) expect(p.expected.mn && p.expected.en).toBeTruthy();
      // The editor's MDX form checks what the officer typed, as text: it refuses it, or writes it as
      // MDX that shows it as typed (a fragment, say, is only text there).
      const refused = formProblems('news', { en: { title: 'T', body } }, { components: true }).length > 0;
      expect(refused || mdxIssues(escapeForMdx(body), 'news').markup.length === 0).toBe(true);
    },
  );

  it.each(frontMatter)('%s is refused at its field and line', (_, front, field, line) => {
    const problems = validate({ [FILE]: item('Text.', front) });
    expect(problems.map((p) => `${p.file}:${p.line} ${p.field}`)).toContain(
      `content/${FILE}:${line} ${field}`,
    );
    const data = Object.fromEntries(
      front.split('\n').map((l) => [l.split(':')[0], l.slice(l.indexOf(':') + 2)]),
    );
    expect(formProblems('news', { en: data })).not.toEqual([]);
  });

  it('refuses a component in a kind of page that has none', () => {
    const problems = validate({
      'services/en/verification.md': ['---\n\nText.', '---\n\nText.\n\n<DirectiveList group="task" />'],
    });
    expect(problems.map((p) => `${p.file}:${p.line} ${p.field}`)).toContain(
      'content/services/en/verification.md:16 body (component)',
    );
  });

  it('refuses a component in a .md file, naming the .mdx name to use', () => {
    const problems = validate({ [FILE]: item('<DirectiveList group="task" />') });
    const p = problems.find((x) => x.file === `content/${FILE}`);
    expect(p?.line).toBe(BODY_LINE);
    expect(p?.expected.en).toContain('.mdx');
  });

  it('refuses a published link to a draft or to an item published later, not the other way round', () => {
    const draft = item('Text.', 'title: Draft\ndescription: A draft.\npubDate: 2020-02-01\ndraft: true');
    const later = item('Text.', 'title: Later\ndescription: Later.\npubDate: 2999-01-01');
    const links = (date: string, extra = '') =>
      item(
        'See [the draft](/en/news/draft/) and [the later one](/en/news/later/).',
        `title: Links\ndescription: Links.\npubDate: ${date}${extra}`,
      );
    const refused = (linking: string) =>
      validate({ 'news/en/draft.md': draft, 'news/en/later.md': later, [FILE]: linking })
        .filter((p) => p.file === `content/${FILE}`)
        .map((p) => `${p.line} ${p.found}`);
    expect(refused(links('2020-02-01'))).toEqual(['9 "/en/news/draft/"', '9 "/en/news/later/"']);
    // Published after the later item: only the draft is a broken link.
    expect(refused(links('2999-02-01'))).toEqual(['9 "/en/news/draft/"']);
    // A draft itself is checked again when it is published.
    expect(refused(links('2020-02-01', '\ndraft: true'))).toEqual([]);
  });
});

// Text that only looks like code: each is published as written (the fixture site has them).
describe('harmless look-alikes', () => {
  it('typed into an .mdx file, each is published as typed or refused at its line with the way to write it', () => {
    const shown = Object.keys(lookAlikes);
    const tree = contentTree({ 'news/en/look-alikes.mdx': item(shown.join('\n\n')) });
    const problems = validateContent(join(tree.root, '..'), { contentRoot: tree.root }).filter((p) => !p.warning);
    tree.cleanup();
    for (const p of problems) {
      expect(p.line).toBeGreaterThanOrEqual(BODY_LINE);
      // The way to write it as text: escaped with \ or as an entity.
      expect(p.expected.en).toMatch(/\\[<{}]|&#\d+;|&lt;/);
    }
    expect(problems.length).toBeLessThan(shown.length);
  });

  it('written by the editor as MDX, pass the validator and show as typed', () => {
    const paragraphs = page('/en/news/look-alikes-mdx/').querySelectorAll('article p').map((p) => text(p));
    expect(Object.keys(lookAlikes).filter((shown) => !paragraphs.includes(shown))).toEqual([]);
  });

  const body = Object.values(lookAlikes).join('\n\n');

  it('pass the validator and the editor', () => {
    const tree = contentTree({ 'news/en/look-alikes.md': item(body) });
    expect(validateContent(join(tree.root, '..'), { contentRoot: tree.root }).filter((p) => !p.warning)).toEqual([]);
    tree.cleanup();
    expect(formProblems('news', { en: { title: 'T', body } })).toEqual([]);
  });

  it('build and show as text', () => {
    const paragraphs = page('/en/news/look-alikes/').querySelectorAll('article p').map((p) => text(p));
    expect(Object.keys(lookAlikes).filter((shown) => !paragraphs.includes(shown))).toEqual([]);
  });
});

describe('an example through check:content and the build', () => {
  it('in .mdx is refused by both at its lines, nothing is written and the secret is never printed', async () => {
    const body = 'Key: {process.env.DEPLOY_TOKEN}\n\n<DirectiveList group={process.env.DEPLOY_TOKEN} />';
    const tree = contentTree({ [MDX]: item(body) });
    const secret = 'not-a-real-token-8d1e';
    process.env.DEPLOY_TOKEN = secret;
    try {
      const project = fixtureProject();
      const build = await project.build(tree.root);
      const check = await project.check();
      expect(check.status).toBe(1);
      expect(check.output).toContain(`content/${MDX}:9  [body (code)]`);
      expect(check.output).toContain(`content/${MDX}:11  [body (code)]`);
      expect(build.status).not.toBe(0);
      expect(contentMessages(build.output)).toEqual(contentMessages(check.output));
      expect(build.output + check.output).not.toContain(secret);
      expect(existsSync(project.dist)).toBe(false);
      project.cleanup();
    } finally {
      delete process.env.DEPLOY_TOKEN;
      tree.cleanup();
    }
  });

  it('is refused by both, nothing is written and the secret is never printed', async () => {
    const body =
      "import fs from 'node:fs';\n\nKey: {process.env.DEPLOY_TOKEN}\n\nHost: {fs.readFileSync('/etc/hostname', 'utf8')}";
    const tree = contentTree({ [FILE]: item(body) });
    const secret = 'not-a-real-token-5f2c';
    process.env.DEPLOY_TOKEN = secret;
    try {
      const check = await checkContent(tree.root);
      expect(check.status).toBe(1);
      expect(check.output).toContain(`content/${FILE}:9  [body (code)]`);
      expect(check.output).toContain(`content/${FILE}:11  [body (code)]`);
      const project = fixtureProject();
      const build = await project.build(tree.root);
      expect(build.status).not.toBe(0);
      expect(build.output).toContain(`content/${FILE}:13`);
      expect(build.output).not.toContain(secret);
      expect(existsSync(project.dist)).toBe(false);
      project.cleanup();
    } finally {
      delete process.env.DEPLOY_TOKEN;
      tree.cleanup();
    }
  });
});
