import type { Dictionary, PluralForms } from './dictionary';
import { en } from './en';
import type { Locale } from './locales';
import { mn } from './mn';

export const dictionaries: Record<Locale, Dictionary> = { mn, en };

/** The interface words of one language. */
export function useTranslations(locale: Locale): Dictionary {
  return dictionaries[locale];
}

/** Pick the plural form for `n` by the language's own rules and put the number in. */
export function plural(locale: Locale, n: number, forms: PluralForms): string {
  const category = new Intl.PluralRules(locale).select(n);
  const form = category === 'one' ? forms.one : forms.other;
  return form.replace('{n}', String(n));
}
