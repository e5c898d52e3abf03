import { hasCyrillic } from './normalize';

/**
 * The indexes a search of `typed` on a page of `locale` reads at once: the page's own, and on the
 * English page the Mongolian one too when Cyrillic letters are typed. (The Mongolian page reads the
 * English index only when its own finds nothing, so that one is not fetched ahead.)
 */
export const indexesFor = (typed: string, locale: 'mn' | 'en'): ('mn' | 'en')[] =>
  locale === 'en' && hasCyrillic(typed) ? ['en', 'mn'] : [locale];
