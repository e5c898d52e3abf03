import type { PluralForms } from './dictionary';
import type { Locale } from './locales';

/** Pick the plural form for `n` by the language's own rules and put the number in. */
export function plural(locale: Locale, n: number, forms: PluralForms): string {
  const category = new Intl.PluralRules(locale).select(n);
  const form = category === 'one' ? forms.one : forms.other;
  return form.replace('{n}', String(n));
}
