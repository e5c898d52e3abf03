import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { indexedText } from '../../src/lib/search/html-text';
import { separateForIndex } from '../../src/lib/search/separate';
import { indexedWords, tokenize } from '../../src/lib/search/words';
import { fixtureDist, distFiles } from '../helpers/dist';

/** The same words through a real HTML parser: what the word lists were built from before. */
function parsedWords(html: string): string[] | undefined {
  const body = parse(html).querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
  return tokenize(body.structuredText);
}

describe('the indexed text, read without a DOM', () => {
  it.each([
    ['<main data-pagefind-body><h1>Title</h1><p>One <strong>tw</strong>o</p></main>', 'title one two'],
    [
      '<main data-pagefind-body><nav data-pagefind-ignore><a>skip <b>me</b></a></nav><p>kept</p></main>',
      'kept',
    ],
    ['<main data-pagefind-body><div data-pagefind-ignore><div>a</div><div>b</div></div>c</main>', 'c'],
    ['<main data-pagefind-body><script>var x = "<p>no</p>";</script><p>yes</p></main>', 'yes'],
    ['<main data-pagefind-body><p>A &amp; B&nbsp;C &#1057;&#x422;</p><!-- <p>no</p> --></main>', 'a b c ст'],
    [
      '<main data-pagefind-body><p>in<br>two<img alt="x"/>words</p></main><footer>out</footer>',
      'in two words',
    ],
    ['<main data-pagefind-body><dl><dt>Kind</dt><dd>Law</dd></dl></main>', 'kind law'],
    ['<main><p>not indexed</p></main>', undefined],
  ])('%s', (html, words) => {
    const text = indexedText(html);
    expect(text === undefined ? undefined : tokenize(text).join(' ')).toBe(words);
  });

  it('finds the same words as an HTML parser on every built page', () => {
    const pages = distFiles().filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) {
      // The copy Pagefind indexes, whose table cells and list items are kept apart.
      const html = separateForIndex(readFileSync(join(fixtureDist, page), 'utf8'));
      expect(indexedWords(html)?.words, page).toEqual(parsedWords(html));
    }
  });
});
