import { z } from 'astro/zod';
import { day, httpsUrl, keywords, slug, text } from './fields';
import { rules } from './rules';

export const serviceCategories = [
  'standardization',
  'verification-calibration',
  'type-approval',
  'certification',
  'registration',
  'precious-metals',
  'standards-catalogue',
] as const;
export type ServiceCategory = (typeof serviceCategories)[number];

/** One way to apply: in person (at the address on the About page), online (with a link), or by phone. */
const applyMethod = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('in-person') }),
  z.strictObject({ method: z.literal('online'), url: httpsUrl() }),
  z.strictObject({ method: z.literal('phone') }),
]);

/** A public service: `content/services/<mn|en>/<slug>.md`, same file name in both languages. */
export const serviceSchema = z.strictObject({
  /** The task, as a citizen would say it. */
  title: text(),
  /** One plain sentence: what the service does. */
  summary: text().refine((s) => !/[.!?]\s+\S/.test(s), rules.oneSentence.en),
  /** Which group of services it belongs to. */
  category: z.enum(serviceCategories),
  /** Everyday words people search with that name what the page names (e.g. [алт, мөнгө]); searched, not shown. */
  keywords: keywords().default([]),
  /** Who needs it. */
  audience: text(),
  /** What happens, in order. */
  steps: z.array(text()).min(1, rules.atLeastOne.en),
  /** Documents to bring, where known; left out otherwise (the page then says to call the hotline). */
  documents: z.array(text()).default([]),
  /** How to apply: in-person, online (with url) or phone. */
  apply: z.array(applyMethod).min(1, rules.atLeastOne.en),
  /** The fee, only from an official fee table (none has been verified: leave it out). */
  fee: text().optional(),
  /** How long it takes, only where verified. */
  processingTime: text().optional(),
  /** Slugs of the regulations it rests on (content/regulations/<slug>.yaml). */
  legalBasis: z.array(slug()).default([]),
  /** Where a law gave the work to the state body only until a day, that day: the page then names no current provider. */
  assignedUntil: day().optional(),
  /** When the page's facts were last checked, YYYY-MM-DD. */
  reviewed: day(),
});

export type ServiceData = z.infer<typeof serviceSchema>;
