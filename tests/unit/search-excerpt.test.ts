import { describe, expect, it } from 'vitest';
import { keywordsMark, ownExcerpt } from '../../src/lib/search/excerpt';

// A result's excerpt comes from the page's own text, never from its search words.
describe('excerpts', () => {
  const content = `A title. The page's own first sentence, which says what it is. More text here. ${keywordsMark} alpha, beta, gamma`;

  it('keeps a match in the page text, cut where the search words start', () => {
    const pagefind = `own first <mark>sentence,</mark> which says what it is. More text here. ${keywordsMark} alpha, beta`;
    expect(ownExcerpt(pagefind, content, 'A title')).toBe(
      'own first <mark>sentence,</mark> which says what it is. More text here.',
    );
  });

  it("shows the page's opening when only its search words matched, as text", () => {
    const pagefind = `More text here. ${keywordsMark} <mark>alpha,</mark> beta, gamma`;
    expect(ownExcerpt(pagefind, content, 'A title.')).toBe(
      "The page's own first sentence, which says what it is. More text here.",
    );
    expect(ownExcerpt(`${keywordsMark} <mark>x</mark>`, 'T. a < b & c', 'T.')).toBe('a &lt; b &amp; c');
  });

  it('leaves an excerpt of a page without search words alone', () => {
    expect(ownExcerpt('some <mark>word</mark> here', 'some word here')).toBe('some <mark>word</mark> here');
  });
});
