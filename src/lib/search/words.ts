import { indexedText } from './html-text';

/** Words as the search module compares them: lower case, letters and digits only. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The words of a built page's indexed content (what Pagefind indexes: the data-pagefind-body
 * element without data-pagefind-ignore parts), for the search word lists, and the page's language.
 */
export function indexedWords(html: string): { lang: string; words: string[] } | undefined {
  const text = indexedText(html);
  if (text === undefined) return undefined;
  const lang = /<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1] ?? 'mn';
  return { lang, words: tokenize(text) };
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
