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

/** Put values into a dictionary string's {placeholders}: fill('Page {n} of {total}', { n: 2, total: 5 }). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
