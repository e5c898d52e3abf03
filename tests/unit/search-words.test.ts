import { describe, expect, it } from 'vitest';
import { indexedText } from '../../src/lib/search/html-text';
import { tokenize } from '../../src/lib/search/words';

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
});
