/**
 * What a field expects, in both languages. A schema names the rule it checks (`rule('slug')`) as
 * zod's message; the validator (src/lib/validate/) reads that name back from the issue and tells
 * the author the rule's words in both languages, and the editor's forms show the same words.
 */
export interface Bilingual {
  mn: string;
  en: string;
}

export const rules = {
  notEmpty: { mn: 'хоосон биш текст', en: 'some text (it must not be empty)' },
  oneSentence: { mn: 'нэг өгүүлбэр', en: 'one sentence' },
  slug: {
    mn: 'латин үсэг, тоо, зураасаар бичсэн нэр (a-z, 0-9, -), жишээ нь law-on-metrology-2019',
    en: 'a slug of Latin letters, digits and hyphens (a-z, 0-9, -), e.g. law-on-metrology-2019',
  },
  day: {
    mn: 'жинхэнэ огноо ОООО-СС-ӨӨ хэлбэрээр, жишээ нь 2026-10-14',
    en: 'a real date written YYYY-MM-DD, e.g. 2026-10-14',
  },
  yearOrDay: {
    mn: 'он (жишээ нь 2019) эсвэл жинхэнэ огноо ОООО-СС-ӨӨ',
    en: 'a year (e.g. 2019) or a real date written YYYY-MM-DD',
  },
  httpsUrl: { mn: 'https:// -ээр эхэлсэн бүтэн хаяг', en: 'a full address starting with https://' },
  officialSource: {
    mn: 'legalinfo.mn, old.legalinfo.mn эсвэл estandard.gov.mn дээрх https:// хаяг',
    en: 'an https:// address on legalinfo.mn, old.legalinfo.mn or estandard.gov.mn',
  },
  updatedAfterPub: {
    mn: 'pubDate-ээс өмнөхгүй огноо',
    en: 'a date on or after pubDate',
  },
  replacedByWithStatus: {
    mn: 'status: replaced үед л replacedBy бичнэ (хоёулаа хамт)',
    en: 'replacedBy together with status: replaced, and only then',
  },
  sitePath: {
    mn: 'энэ сайтын хуудасны хаяг, хэлгүйгээр, / -ээр эхэлж төгссөн, жишээ нь /hotline/',
    en: 'the address of a page of this site, without the language, starting and ending with /, e.g. /hotline/',
  },
  atLeastOne: { mn: 'дор хаяж нэг мөр', en: 'at least one item' },
  atLeastTwo: { mn: 'дор хаяж хоёр мөр', en: 'at least two items' },
  noRepeats: { mn: 'давхардаагүй үгс', en: 'each word only once' },
  directiveNumber: { mn: '1-ээс 10 хүртэлх бүхэл тоо', en: 'a whole number from 1 to 10' },
  alt: {
    mn: 'зургийг харахгүй уншигчид зориулсан тайлбар (alt)',
    en: 'a description of the picture for readers who cannot see it (alt)',
  },
  evidence: {
    mn: 'news, regulation, service эсвэл url-ын яг нэг нь; url бол title-тай',
    en: 'exactly one of news, regulation, service or url; a url with its title',
  },
  afterConference: {
    mn: '2020-01-23 (зөвлөгөөний өдөр)-өөс хойших огноо',
    en: 'a date on or after 2020-01-23, the day of the conference',
  },
} satisfies Record<string, Bilingual>;

export type RuleName = keyof typeof rules;

/** zod's message for a check: the rule's name, not its words, so no reader has to match wording. */
export const rule = (name: RuleName): RuleName => name;

/** The rule a zod issue names, if it names one of ours. */
export function ruleOf(issue: { message: string }): Bilingual | undefined {
  return Object.hasOwn(rules, issue.message) ? rules[issue.message as RuleName] : undefined;
}
