import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkLineBreaks } from '../../src/lib/markup/remark-line-breaks';

const tree = (markdown: string) => {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkLineBreaks);
  return processor.runSync(processor.parse(markdown)) as Root;
};
/** Each paragraph's children as a compact string: text, and | for a line break. */
const paragraphs = (markdown: string) =>
  tree(markdown).children.map((p) =>
    'children' in p
      ? p.children.map((c) => (c.type === 'break' ? '|' : 'value' in c ? c.value : `<${c.type}>`)).join('')
      : p.type,
  );

describe('line breaks typed in a paragraph', () => {
  it('are kept as breaks; a blank line still starts a new paragraph', () => {
    expect(paragraphs('Мөр нэг\nМөр хоёр\n\nШинэ догол мөр')).toEqual(['Мөр нэг|Мөр хоёр', 'Шинэ догол мөр']);
  });

  it('inside emphasis and links too, without the spaces around them', () => {
    const [p] = tree('**тод  \nүг** ба [нэг\nхоёр](/x/)').children;
    expect(JSON.stringify(p)).toContain('"type":"break"');
    expect(paragraphs('a   \n  b')).toEqual(['a|b']);
  });

  it('leave code, and text without a line break, as they are', () => {
    expect(paragraphs('```\nнэг\nхоёр\n```')).toEqual(['code']);
    expect(JSON.stringify(tree('`нэг\nхоёр`').children[0])).not.toContain('break');
    expect(paragraphs('нэг мөр')).toEqual(['нэг мөр']);
  });
});
