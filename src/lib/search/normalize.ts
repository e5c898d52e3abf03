/**
 * Query clean-up before matching: the ways Mongolian gets typed without a Mongolian keyboard.
 * Pure functions; the search page and the tests use them.
 */

// Letters people type for Ө and Ү when their keyboard lacks them (Ukrainian, Russian, Latin, old Cyrillic).
const confusables: Record<string, string> = {
  є: 'ө',
  ѳ: 'ө',
  ї: 'ү',
  ұ: 'ү',
  ё: 'е',
};

// Latin letters that look like Cyrillic ones, for words that are otherwise Cyrillic.
const latinLookalikes: Record<string, string> = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  x: 'х',
  y: 'у',
  k: 'к',
  m: 'м',
  h: 'н',
  t: 'т',
  b: 'в',
  v: 'ү',
};

const cyrillic = /[а-яёөүєѳїұ]/;
export const hasCyrillic = (s: string) => cyrillic.test(s.toLowerCase());
export const isLatinWord = (w: string) => /^[a-z]+$/.test(w);

/** Lower case, confusable letters mended; a Cyrillic word's Latin look-alikes (incl. V for Ү) made Cyrillic. */
function normalizeWord(raw: string): string {
  const lower = raw.toLowerCase();
  let word = [...lower].map((ch) => confusables[ch] ?? ch).join('');
  if (hasCyrillic(word) && /[a-z]/.test(word) && !/\d/.test(word)) {
    word = [...word].map((ch) => latinLookalikes[ch] ?? ch).join('');
  }
  return word;
}

/**
 * Tidy a whole query: fold white space, join document numbers written with spaces ("MNS 5565 : 2005"
 * → "mns 5565:2005", "А / 384" → "а/384"), and normalise each word.
 */
export function normalizeQuery(raw: string): string {
  const tidy = raw
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/(\d)\s*([:/])\s*(\d)/g, '$1$2$3')
    .replace(/(^|\s)([\p{L}])\s*\/\s*(\d)/gu, '$1$2/$3')
    .trim();
  return tidy
    .split(' ')
    .filter(Boolean)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean)
    .map(normalizeWord)
    .join(' ');
}
