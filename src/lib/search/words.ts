import { parse } from 'node-html-parser';

/** Words as the search module compares them: lower case, letters and digits only. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The words of a built page's indexed content (what Pagefind indexes: the data-pagefind-body
 * element without data-pagefind-ignore parts), for the search word lists. Only the `<main>`
 * element is parsed (the layout puts data-pagefind-body there): the header, navigation and
 * footer are most of a page's markup, and the build parses every page, 20,000 at 10,000 items.
 */
export function indexedWords(html: string): { lang: string; words: string[] } | undefined {
  const start = html.search(/<main[\s>]/i);
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < start) return undefined;
  const doc = parse(html.slice(start, end + 7));
  const body = doc.querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
  const lang = /<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1] ?? 'mn';
  // structuredText puts breaks between block elements, so words of adjacent blocks stay apart.
  return { lang, words: tokenize(body.structuredText) };
}

/** Which words a language's list keeps: Cyrillic words on the Mongolian pages, Latin words on the English ones. */
export const listed: Record<string, (word: string) => boolean> = {
  mn: (w) => /[а-яёөү]/.test(w),
  en: (w) => /^[a-z]+$/.test(w),
};

/** Count words, keeping those the language's list keeps. */
export function countWords(into: Map<string, number>, words: Iterable<string>, lang: string) {
  const keep = listed[lang];
  if (!keep) return;
  for (const w of words) if (keep(w)) into.set(w, (into.get(w) ?? 0) + 1);
}
