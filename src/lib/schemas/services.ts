import { z } from 'astro/zod';

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

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One way to apply: in person (at the address on the About page), online (with a link), or by phone. */
const applyMethod = z.discriminatedUnion('method', [
  z.object({ method: z.literal('in-person') }),
  z.object({ method: z.literal('online'), url: z.url({ protocol: /^https$/ }) }),
  z.object({ method: z.literal('phone') }),
]);

/** A public service: `content/services/<mn|en>/<slug>.mdx`, same file name in both languages. */
export const serviceSchema = z.object({
  /** The task, as a citizen would say it. */
  title: z.string().trim().min(1, 'title must not be empty'),
  /** One plain sentence: what the service does. */
  summary: z
    .string()
    .trim()
    .min(1, 'summary must not be empty')
    .refine((s) => !/[.!?]\s+\S/.test(s), 'summary must be one sentence'),
  /** Which group of services it belongs to. */
  category: z.enum(serviceCategories),
  /** Who needs it. */
  audience: z.string().trim().min(1, 'audience must not be empty'),
  /** What happens, in order. */
  steps: z.array(z.string().trim().min(1)).min(1, 'steps needs at least one step'),
  /** Documents to bring, where known; left out otherwise (the page then says to call the hotline). */
  documents: z.array(z.string().trim().min(1)).default([]),
  /** How to apply. */
  apply: z.array(applyMethod).min(1, 'apply needs at least one way'),
  /** The fee, only from an official fee table (none has been verified: leave it out). */
  fee: z.string().trim().min(1).optional(),
  /** How long it takes, only where verified. */
  processingTime: z.string().trim().min(1).optional(),
  /** Slugs of the regulations it rests on (content/regulations/<slug>.yaml); checked at build. */
  legalBasis: z.array(z.string().regex(slug, 'legalBasis entries must be regulation slugs')).default([]),
  /** When the page's facts were last checked, YYYY-MM-DD. */
  reviewed: z.coerce.date(),
});

export type ServiceData = z.infer<typeof serviceSchema>;
