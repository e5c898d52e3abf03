import type { Dictionary } from './dictionary';
import { en } from './en';
import type { Locale } from './locales';
import { mn } from './mn';

export const dictionaries: Record<Locale, Dictionary> = { mn, en };

/** The interface words of one language. */
export function useTranslations(locale: Locale): Dictionary {
  return dictionaries[locale];
}

export { plural } from './plural';
