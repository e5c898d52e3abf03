import { describe, expect, it } from 'vitest';
import { htmlPages, page, text } from '../helpers/dist';

// One spelling convention in English: British with -ize, as in the agency's own English name
// ("Standardization"). American forms that British English spells otherwise are refused.

const american: [RegExp, string][] = [
  [/\bprograms?\b/i, 'programme'],
  [/\bcent(er|ers)\b/i, 'centre'],
  [/\bcolors?\b/i, 'colour'],
  [/\bbehaviors?\b/i, 'behaviour'],
  [/\bcatalog\b/i, 'catalogue'],
  [/\blabor\b/i, 'labour'],
  [/\banalog\b/i, 'analogue'],
  // The unit only: a measuring instrument is a "meter" in British English too.
  [/(\d\s*|\b(square|cubic|kilo|centi|milli))meters?\b/i, 'metre (the unit)'],
  [/\bfulfill(s|ment)?\b/i, 'fulfil'],
  [/\benroll(s|ment)?\b/i, 'enrol'],
  [/\blicense\b(?= (to|for|was|is|holder))/i, 'licence (the noun)'],
  [/\bdefense\b/i, 'defence'],
  [/\banalyze[sd]?\b/i, 'analyse'],
  [/\bhonor\b/i, 'honour'],
];

const englishPages = htmlPages().filter((p) => p.startsWith('/en/'));

describe('English spelling', () => {
  it('checks the English pages', () => {
    expect(englishPages.length).toBeGreaterThan(30);
  });

  it.each(american)('never uses %s (British: %s)', (form) => {
    const found = englishPages.flatMap((path) => {
      const words = text(page(path).querySelector('body'));
      const m = words.match(form);
      return m ? [`${path}: ${m[0]}`] : [];
    });
    expect(found).toEqual([]);
  });
});
