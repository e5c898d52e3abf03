import type { PluralForms } from './dictionary';
import type { Locale } from './locales';

// One rule set per language for the whole build: making one is costly and pages use many.
const rules = new Map<Locale, Intl.PluralRules>();

/** Pick the plural form for `n` by the language's own rules and put the number in. */
export function plural(locale: Locale, n: number, forms: PluralForms): string {
  let pluralRules = rules.get(locale);
  if (!pluralRules) rules.set(locale, (pluralRules = new Intl.PluralRules(locale)));
  const category = pluralRules.select(n);
  const form = category === 'one' ? forms.one : forms.other;
  return form.replace('{n}', String(n));
}
