import { z } from 'astro/zod';
import { isoDayPattern, parseIsoDay } from '../dates';
import { fieldTexts, halves } from './field-texts';
import { rule } from './rules';
import { slugPattern } from '../slug';

// Field types shared by the collections, each refusing what an author could mistype.

/** Non-empty text. */
export const text = () => z.string().trim().min(1, rule('notEmpty'));

/** A file name used as an identifier: content/<kind>/…/<slug>.md. */
export { slugPattern };
export const slug = () => z.string().regex(slugPattern, rule('slug'));

/**
 * A calendar day written YYYY-MM-DD. Read strictly: 2026-13-45 or 30 February is an error, never
 * rolled over to another day. (Astro's YAML reader hands over a Date it may already have rolled
 * over; the validator, which reads the raw text first, is what catches those.)
 */
export const day = () =>
  z.preprocess(
    (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
    z
      .string(rule('day'))
      .regex(isoDayPattern, rule('day'))
      .refine((s) => parseIsoDay(s) !== undefined, rule('day'))
      .transform((s) => parseIsoDay(s)!),
  );

/** A year alone (where the day is not verified) or a day. */
export const yearOrDay = () =>
  z.preprocess(
    (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
    z.union(
      [
        z.number().int().min(1900).max(2100),
        z
          .string()
          .regex(isoDayPattern)
          .refine((s) => parseIsoDay(s) !== undefined)
          .transform((s) => parseIsoDay(s)!),
      ],
      { error: rule('yearOrDay') },
    ),
  );

/** An address on the web; plain http:// is refused. */
export const httpsUrl = () => z.url({ protocol: /^https$/, error: rule('httpsUrl') });

/** The same text in both languages. */
export const bilingual = () =>
  z.strictObject({
    mn: text().register(fieldTexts, halves.mn),
    en: text().register(fieldTexts, halves.en),
  });

/** Search words: a list of non-empty text, each word or phrase once. */
export const keywords = () =>
  z
    .array(text())
    .refine((words) => new Set(words.map((w) => w.toLowerCase())).size === words.length, rule('noRepeats'));

/** Search words in both languages. */
export const bilingualKeywords = () =>
  z.strictObject({
    mn: keywords().register(fieldTexts, halves.mn),
    en: keywords().register(fieldTexts, halves.en),
  });

/** The number of one of the 2020 conference's ten directives. */
export const directiveNumber = () =>
  z
    .number(rule('directiveNumber'))
    .int(rule('directiveNumber'))
    .min(1, rule('directiveNumber'))
    .max(10, rule('directiveNumber'));
