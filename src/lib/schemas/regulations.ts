import { z } from 'astro/zod';

export const regulationKinds = [
  'law',
  'government-resolution',
  'technical-regulation',
  'order',
  'national-standard',
] as const;
export type RegulationKind = (typeof regulationKinds)[number];

export const regulationStatuses = ['in-force', 'replaced', 'repealed'] as const;
export type RegulationStatus = (typeof regulationStatuses)[number];

/** Where official texts are published; a source elsewhere is refused. */
export const officialHosts = ['legalinfo.mn', 'old.legalinfo.mn', 'estandard.gov.mn'];

const bilingual = (field: string) =>
  z.object({
    mn: z.string().trim().min(1, `${field}.mn must not be empty`),
    en: z.string().trim().min(1, `${field}.en must not be empty`),
  });

/**
 * A law, resolution, technical regulation, order or national standard:
 * `content/regulations/<slug>.yaml`, both languages in one file.
 */
export const regulationSchema = z
  .object({
    /** What kind of act it is. */
    kind: z.enum(regulationKinds),
    /** Official number where there is one (e.g. "344", "А/384", "MNTR 1:2008", "MNS 3015:2014"). */
    number: z.string().trim().min(1).optional(),
    /** Official title, and its English rendering. */
    title: bilingual('title'),
    /** Who issued it, where known (left out otherwise). */
    issuer: bilingual('issuer').optional(),
    /** Adoption date, YYYY-MM-DD; or only the year where the day is not verified. */
    adopted: z.union([z.number().int().min(1900).max(2100), z.coerce.date()]),
    /** "in-force", "replaced" (name what replaced it in replacedBy) or "repealed"; left out where not verified. */
    status: z.enum(regulationStatuses).optional(),
    /** Slug of the regulation that replaced this one (only with status "replaced"). */
    replacedBy: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'replacedBy must be a regulation slug')
      .optional(),
    /** The official text: legalinfo.mn or estandard.gov.mn. */
    source: z
      .url({ protocol: /^https$/, error: 'source must be an https URL' })
      .refine((u) => officialHosts.includes(new URL(u).hostname), {
        message: `source must be on ${officialHosts.join(', ')}`,
      }),
    /** One or two sentences on what it covers, in both languages. */
    summary: bilingual('summary'),
    /** Numbers of the 2020 conference's directives that concern it. */
    relatedDirectives: z.array(z.number().int().min(1).max(10)).default([]),
  })
  .refine((r) => (r.status === 'replaced') === Boolean(r.replacedBy), {
    message: 'replacedBy is required with status "replaced", and only then',
    path: ['replacedBy'],
  });

export type RegulationData = z.infer<typeof regulationSchema>;

/** The adoption year, whether the full date is known or not. */
export function adoptionYear(adopted: RegulationData['adopted']): number {
  return typeof adopted === 'number' ? adopted : adopted.getUTCFullYear();
}
