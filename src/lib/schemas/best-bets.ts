import { z } from 'astro/zod';
import { fieldTexts } from './field-texts';
import { text } from './fields';
import { rule } from './rules';

/**
 * A page shown first for searches that ask for it (GOV.UK's "best bets"):
 * `content/best-bets/<name>.yaml`. The search page shows the page, in its own language, above all
 * other results when a search is one of the queries (in any case ending, Latin letters or ө/ү).
 */
export const bestBetSchema = z.strictObject({
  page: z
    .string()
    .regex(/^\/([a-z0-9-]+\/)*$/, rule('sitePath'))
    .register(fieldTexts, {
      label: { mn: 'Хуудас', en: 'Page' },
      hint: {
        mn: 'Эхэнд гаргах хуудасны хаяг, хэлгүйгээр, жишээ нь /hotline/',
        en: 'The address of the page to show first, without the language, e.g. /hotline/',
      },
    }),
  queries: z
    .array(text())
    .min(1, rule('atLeastOne'))
    .register(fieldTexts, {
      label: { mn: 'Хайлтууд', en: 'Searches' },
      hint: {
        mn: 'Энэ хуудсыг эхэнд гаргах хайлтууд, хүмүүсийн бичдэгээр, аль ч хэлээр, мөр бүрт нэг.',
        en: 'Searches that show this page first, as people type them, in either language, one a line.',
      },
    }),
});

export type BestBetData = z.infer<typeof bestBetSchema>;
