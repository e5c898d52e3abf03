import { describe, expect, it } from 'vitest';
import { isPlainMarkdown } from '../../src/lib/plain-markdown';

describe('plain Markdown bodies (rendered while loading, not bundled)', () => {
  it.each([
    [
      '## Heading\n\nText with a [link](/hotline/), **bold**, a table:\n\n| a | b |\n| - | - |\n| 1 | 2 |\n',
      true,
    ],
    ['Text.[^1]\n\n[^1]: A note.\n', true],
    ['- item\n  continued\n', true],
    ['<DirectiveList directives={props.directives} />\n', false],
    ['Text with an {expression}.\n', false],
    ["import Note from './note.astro';\n\nText.\n", false],
    ['export const x = 1;\n', false],
    ['<!-- a comment -->\n', false],
    ['Paragraph.\n\n    indented: code in Markdown, text in MDX\n', false],
    ['Paragraph.\n\n\ttab-indented\n', false],
  ])('%j → %s', (body, plain) => {
    expect(isPlainMarkdown(body)).toBe(plain);
  });
});
