/**
 * Excerpts from a page's own text. A page's search words (keywords) are indexed after this mark, at
 * the end of its text; Pagefind's excerpt is a window of the text around the matches, so it may
 * reach into them. The search page cuts the excerpt at the mark; when nothing of the page's own
 * text matched, it shows the page's opening words instead.
 */
export const keywordsMark = '⁂';

/** Words of the page's opening shown when only its search words matched. */
const openingWords = 30;

/**
 * The excerpt to show: Pagefind's (HTML with <mark>), cut where the search words start; or, when
 * no match is left in it, the start of the page's text after its title.
 */
export function ownExcerpt(excerpt: string, content: string, title = ''): string {
  const at = excerpt.indexOf(keywordsMark);
  const cut = (at >= 0 ? excerpt.slice(0, at) : excerpt).trimEnd();
  if (cut.includes('<mark>')) return cut;
  let text = content.split(keywordsMark)[0].trim();
  if (title && text.startsWith(title)) text = text.slice(title.length).replace(/^[\s.:]+/, '');
  const words = text.split(/\s+/);
  const opening = words.slice(0, openingWords).join(' ');
  return escapeHtml(words.length > openingWords ? `${opening} …` : opening);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
