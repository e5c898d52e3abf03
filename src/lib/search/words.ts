import { parse } from 'node-html-parser';

/** Words as the search module compares them: lower case, letters and digits only. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The Mongolian words of a built page's indexed content (what Pagefind indexes: the
 * data-pagefind-body element without data-pagefind-ignore parts), for the search vocabulary.
 */
export function indexedWords(html: string): { lang: string; words: string[] } | undefined {
  const doc = parse(html);
  const body = doc.querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
  const lang = doc.querySelector('html')?.getAttribute('lang') ?? 'mn';
  // structuredText puts breaks between block elements, so words of adjacent blocks stay apart.
  return { lang, words: tokenize(body.structuredText) };
}

/** A sorted word list, one entry per word, Cyrillic words only (the ones that need help to be found). */
export function vocabulary(words: Iterable<string>): string[] {
  return [...new Set([...words].filter((w) => /[а-яёөү]/.test(w)))].sort();
}
