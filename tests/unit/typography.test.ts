import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkTypography } from '../../src/lib/remark-typography';

const typeset = (markdown: string) => {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkTypography);
  const tree = processor.runSync(processor.parse(markdown));
  return toString(tree, { includeHtml: false });
};

describe('typographic punctuation in bodies', () => {
  it.each([
    ["the sector's work", 'the sector’s work'],
    ['"Year of Change"', '“Year of Change”'],
    ["'single' quotes", '‘single’ quotes'],
    ["in the '90s", 'in the ’90s'],
    ['(see "the law")', '(see “the law”)'],
    ['a "**bold**" word', 'a “bold” word'],
    ['"[the law](/regulations/x/)" says', '“the law” says'],
    ['2019--2020 and more...', '2019—2020 and more…'],
    ["``old style'' quotes", '“old style” quotes'],
    ['«Монгол» бичвэр хэвээр', '«Монгол» бичвэр хэвээр'],
  ])('%j → %j', (markdown, expected) => {
    expect(typeset(markdown)).toBe(expected);
  });

  it('leaves code alone but still closes the quote around it', () => {
    const tree = unified().use(remarkParse).parse('"`a--b`" and\n\n```\n"x" -- y...\n```\n');
    unified().use(remarkTypography).runSync(tree);
    expect(toString(tree)).toBe('“a--b” and"x" -- y...');
  });

  it('opens a quote at the start of each cell and heading', () => {
    expect(typeset('| "a" | "b" |\n| - | - |\n| "c" | d |\n')).toBe('“a”“b”“c”d');
    expect(typeset('## "Heading"\n\n"Text"')).toBe('“Heading”“Text”');
  });
});
