import type { Locale } from '../../i18n/locales';
import type { Bilingual } from '../schemas/rules';

// Wording the site keeps the same everywhere: one term for each thing (the law's and the agency's
// terms, ../shared/FACTS.md), British spelling in English, and nothing that says the agency does
// metrology work it was assigned only until 25 December 2022. Checked in every content text of
// the language it applies to, like any other content rule.

interface WordingRule {
  locale: Locale;
  refused: RegExp;
  expected: Bilingual;
}

const term = (refused: RegExp, preferred: string, what: string): WordingRule => ({
  locale: 'mn',
  refused,
  expected: { mn: `«${preferred}» (${what})`, en: `"${preferred}" (${what} in Mongolian)` },
});

const british = (refused: RegExp, spelling: string): WordingRule => ({
  locale: 'en',
  refused,
  expected: { mn: `${spelling} (Британи бичлэг)`, en: `${spelling} (British spelling)` },
});

const after2022 = {
  mn: 'хуулиар 2022 оны 12 дугаар сарын 25 хүртэл хийх үүрэгтэй байсныг; одоо хэн хийдэг нь тодорхойгүй (1800-2525)',
  en: 'what the law assigned until 25 December 2022; who does the work now is not known (1800-2525)',
};

export const wordingRules: WordingRule[] = [
  term(/хэв шинж/i, 'загварын туршилт', 'type testing'),
  term(/үечилсэн/i, 'ээлжит баталгаажуулалт', 'periodic verification'),
  term(
    /олон улсын стандартаас авсан/i,
    'олон улсын стандартыг нэвтрүүлсэн',
    'adopted international standard',
  ),
  term(/шингэрүүлсэн хий(?!\S)/i, 'шингэрүүлсэн шатдаг хий', 'liquefied petroleum gas'),
  term(/(?<!Монгол Улсын )үндэсний стандарт \(MNS\)/i, 'Монгол Улсын үндэсний стандарт (MNS)', 'MNS'),
  term(/байгууллагад \(ISO\)/i, 'Олон улсын стандартчиллын байгууллага (ISO)-д', 'ISO'),
  term(/Баталгаажаагүй/i, 'Тодорхойгүй', 'status not known'),
  term(/Шинэ нь эхэндээ|Хуучин нь эхэндээ/i, 'Шинээс нь эхлэн / Хуучнаас нь эхлэн', 'newest or oldest first'),
  {
    locale: 'en',
    refused: /\bnot verified\b/i,
    expected: { mn: 'Not known', en: '"Not known" (a status not known)' },
  },
  british(/\bprograms?\b/i, 'programme'),
  british(/\bcent(?:er|ers)\b/i, 'centre'),
  british(/\bcolors?\b/i, 'colour'),
  british(/\bbehaviors?\b/i, 'behaviour'),
  british(/\bcatalog\b/i, 'catalogue'),
  british(/\blabor\b/i, 'labour'),
  british(/\banalog\b/i, 'analogue'),
  // The unit only: a measuring instrument is a "meter" in British English too.
  british(/(?:\d\s*|\b(?:square|cubic|kilo|centi|milli))meters?\b/i, 'metre (the unit)'),
  british(/\bfulfill(?:s|ment)?\b/i, 'fulfil'),
  british(/\benroll(?:s|ment)?\b/i, 'enrol'),
  british(/\blicense\b(?= (?:to|for|was|is|holder)\b)/i, 'licence (the noun)'),
  british(/\bdefense\b/i, 'defence'),
  british(/\banalyze[sd]?\b/i, 'analyse'),
  british(/\bhonor\b/i, 'honour'),
  {
    locale: 'mn',
    refused:
      /Газар[^.]*(?:хэмжих хэрэгсл[^.]*(?:баталгаажуулж|баталгаажуулдаг|туршиж баталдаг|батлах[^.]*ажлыг хийдэг)|шалгалт тохируулга хийдэг)/,
    expected: after2022,
  },
  {
    locale: 'en',
    refused:
      /\b(?:the agency|we)\b[^.]*\b(?:verifies|calibrates|tests and approves|carries out[^.]*(?:verification|calibration|type))/i,
    expected: after2022,
  },
];

/** Fields that hold the words people search with, not the site's own wording ("catalog" is searched too). */
export const searchWordFields = /(?:^|\.)keywords(?:\.|$)/;

/** The wording in a text of one language that the site does not use, with what to write instead. */
export function wordingIssues(text: string, locale: Locale): { found: string; expected: Bilingual }[] {
  return wordingRules.flatMap((r) => {
    if (r.locale !== locale) return [];
    const m = r.refused.exec(text);
    return m ? [{ found: m[0].length > 60 ? `${m[0].slice(0, 57)}…` : m[0], expected: r.expected }] : [];
  });
}
