import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { separateForIndex } from '../../src/lib/search/separate';
import { indexedWords, tokenize } from '../../src/lib/search/words';
import { distFiles, fixtureDist } from '../helpers/dist';

/** The same words through a real HTML parser: what the word lists were built from before. */
function parsedWords(html: string): string[] | undefined {
  const body = parse(html).querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
  return tokenize(body.structuredText);
}

describe('the words the search index lists', () => {
  it('are the same words as an HTML parser finds, on every built page', () => {
    const pages = distFiles().filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    const differ = pages.filter((page) => {
      // The copy Pagefind indexes, whose table cells and list items are kept apart.
      const html = separateForIndex(readFileSync(join(fixtureDist, page), 'utf8'));
      return JSON.stringify(indexedWords(html)?.words) !== JSON.stringify(parsedWords(html));
    });
    expect(differ).toEqual([]);
  });
});
