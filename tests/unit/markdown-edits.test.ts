import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { markdownFormat } from '../../src/admin/formats';
import { applyFormat, linkAddress, type Edit, type Format } from '../../src/admin/markdown-edits';
import { markdownProcessor } from '../../src/lib/markdown';
import { validateContent } from '../../src/lib/validate';
import { contentTree } from '../helpers/content-fixture';

// The body's formatting buttons: what each writes around a selection, and a round trip: a text
// written with every button is accepted by the content check (as .md and as .mdx) and renders as
// the elements the officer meant.

/** A text with its selection marked by [[ ]] (or a cursor by ||). */
function sel(marked: string): Edit {
  if (marked.includes('||')) {
    const start = marked.indexOf('||');
    return { text: marked.replace('||', ''), start, end: start };
  }
  const start = marked.indexOf('[[');
  const text = marked.replace('[[', '').replace(']]', '');
  return { text, start, end: marked.indexOf(']]') - 2 };
}
const shown = (e: Edit) =>
  e.text.slice(0, e.start) + '[[' + e.text.slice(e.start, e.end) + ']]' + e.text.slice(e.end);
const apply = (format: Format, marked: string, arg?: string) => shown(applyFormat(format, sel(marked), arg));

describe('the formatting buttons', () => {
  it('puts bold and italic marks around the words chosen, leaving the spaces outside, and takes them off again', () => {
    expect(apply('bold', 'Зөвлөгөөн [[болов ]]өчигдөр')).toBe('Зөвлөгөөн **[[болов]]** өчигдөр');
    expect(apply('bold', 'Зөвлөгөөн **[[болов]]** өчигдөр')).toBe('Зөвлөгөөн [[болов]] өчигдөр');
    expect(apply('italic', 'a [[b]] c')).toBe('a *[[b]]* c');
    expect(apply('bold', 'a ||b')).toBe('a **[[]]**b');
  });

  it('writes a link to a site page or an https address, with the chosen words as its text', () => {
    expect(apply('link', 'Call the [[hotline]] now', '/en/hotline/')).toBe(
      'Call the [[[hotline]]](/en/hotline/) now',
    );
    expect(apply('link', 'See ||', 'estandard.gov.mn/standard')).toBe(
      'See [[[https://estandard.gov.mn/standard]]](https://estandard.gov.mn/standard)',
    );
    expect(apply('link', '[[a [b] c]]', '/x/')).toBe('[[[a \\[b\\] c]]](/x/)');
    expect(apply('link', 'a [[b]]', '  ')).toBe('a [[b]]');
    expect(linkAddress('https://legalinfo.mn/mn/detail?lawId=1')).toBe(
      'https://legalinfo.mn/mn/detail?lawId=1',
    );
    expect(linkAddress('/news/my page/')).toBe('/news/my%20page/');
  });

  it('makes the touched lines a heading, a list, a numbered list or a quote, replacing another such prefix', () => {
    expect(apply('heading2', 'Эхлэл\nАжил[[]]\nТөгсгөл')).toBe('Эхлэл\n[[## Ажил]]\nТөгсгөл');
    expect(apply('heading3', '## Ажил||')).toBe('[[### Ажил]]');
    expect(apply('heading2', '## Ажил||')).toBe('[[Ажил]]');
    expect(apply('bulleted', '[[нэг\nхоёр]]')).toBe('[[- нэг\n- хоёр]]');
    expect(apply('numbered', '[[- нэг\n\n- хоёр]]')).toBe('[[1. нэг\n\n2. хоёр]]');
    expect(apply('quote', 'a\n[[b]]')).toBe('a\n[[> b]]');
    expect(apply('quote', '[[> b]]')).toBe('[[b]]');
  });

  it('makes a table of lines pasted from a spreadsheet, or an empty one on its own lines', () => {
    expect(apply('table', 'Өмнө\n[[Нэр\tТоо\nА\t1]]\nДараа')).toBe(
      'Өмнө\n\n[[| Нэр | Тоо |\n| --- | --- |\n| А | 1 |]]\n\nДараа',
    );
    expect(apply('table', 'Текст||')).toBe('Текст\n\n| [[]] |  |\n| --- | --- |\n|  |  |');
    expect(apply('picture', 'Текст||\nДараа', '../images/a.jpg')).toBe(
      'Текст\n\n![[[]]](../images/a.jpg)\n\nДараа',
    );
  });
});

describe('what the buttons write, the check accepts and the page shows', () => {
  // Each button once, over text typed as an officer would.
  let edit: Edit = { text: '', start: 0, end: 0 };
  const type = (words: string) => {
    const text = edit.text + words;
    edit = { text, start: text.length, end: text.length };
  };
  const choose = (words: string) => {
    const start = edit.text.lastIndexOf(words);
    edit = { ...edit, start, end: start + words.length };
  };
  const press = (format: Format, arg?: string) => {
    edit = applyFormat(format, edit, arg);
    edit = { ...edit, start: edit.text.length, end: edit.text.length };
  };
  type('Ажлын тойм');
  choose('Ажлын тойм');
  press('heading2');
  type('\n\nЗөвлөгөөн амжилттай болов.');
  choose('амжилттай');
  press('bold');
  choose('болов');
  press('italic');
  type(' Дэлгэрэнгүйг лавлах утаснаас.');
  choose('лавлах утас');
  press('link', '/hotline/');
  type(' Стандарт');
  choose('Стандарт');
  press('link', 'https://estandard.gov.mn/');
  type('\n\nДэд хэсэг');
  choose('Дэд хэсэг');
  press('heading3');
  type('\n\nнэг\nхоёр');
  choose('нэг\nхоёр');
  press('bulleted');
  type('\n\nэхлэх\nдуусгах');
  choose('эхлэх\nдуусгах');
  press('numbered');
  type('\n\nИшлэл энд.');
  choose('Ишлэл энд.');
  press('quote');
  type('\n\nНэр\tТоо\nХэмжүүр\t12');
  choose('Нэр\tТоо\nХэмжүүр\t12');
  press('table');
  const body = edit.text;

  const trees: { cleanup(): void }[] = [];
  afterAll(() => trees.forEach((t) => t.cleanup()));
  const problems = (extension: 'md' | 'mdx') => {
    const file = markdownFormat(['title', 'description', 'body'], extension === 'mdx').toFile({
      title: 'Товч',
      description: 'Товч агуулга.',
      pubDate: '2020-01-25',
      body,
    });
    const tree = contentTree({ [`news/mn/buttons.${extension}`]: file });
    trees.push(tree);
    return validateContent(join(tree.root, '..'), { contentRoot: tree.root }).filter((p) => !p.warning);
  };

  it('is accepted by the check as Markdown and as MDX', () => {
    expect(problems('md')).toEqual([]);
    expect(problems('mdx')).toEqual([]);
  });

  it('renders as a heading, bold, italic, links, a subheading, lists, a quote and a table', async () => {
    const renderer = await markdownProcessor().createRenderer({});
    const { code } = await renderer.render(body);
    expect(code).toMatch(/<h2[^>]*>Ажлын тойм<\/h2>/);
    expect(code).toContain('<strong>амжилттай</strong>');
    expect(code).toContain('<em>болов</em>');
    expect(code).toContain('<a href="/hotline/">лавлах утас</a>');
    expect(code).toContain('<a href="https://estandard.gov.mn/">Стандарт</a>');
    expect(code).toMatch(/<h3[^>]*>Дэд хэсэг<\/h3>/);
    expect(code).toMatch(/<ul>\s*<li>нэг<\/li>\s*<li>хоёр<\/li>\s*<\/ul>/);
    expect(code).toMatch(/<ol>\s*<li>эхлэх<\/li>\s*<li>дуусгах<\/li>\s*<\/ol>/);
    expect(code).toMatch(/<blockquote>\s*<p>Ишлэл энд\.<\/p>\s*<\/blockquote>/);
    expect(code).toMatch(/<table>[\s\S]*<th>Нэр<\/th>[\s\S]*<td>Хэмжүүр<\/td>[\s\S]*<\/table>/);
    expect(body).not.toContain('\\[');
  });
});
