import { z } from 'astro/zod';
import { bilingual, bilingualKeywords, directiveNumber, slug, text, yearOrDay } from './fields';
import { rules } from './rules';

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
const officialHosts = ['legalinfo.mn', 'old.legalinfo.mn', 'estandard.gov.mn'];

/**
 * A law, resolution, technical regulation, order or national standard:
 * `content/regulations/<slug>.yaml`, both languages in one file.
 */
export const regulationSchema = z
  .strictObject({
    /** What kind of act it is. */
    kind: z.enum(regulationKinds),
    /** Official number where there is one (e.g. "344", "А/384", "MNTR 1:2008", "MNS 3015:2014"). */
    number: text().optional(),
    /** Official title, and its English rendering. */
    title: bilingual(),
    /** Who issued it, where known (left out otherwise). */
    issuer: bilingual().optional(),
    /** Adoption date, YYYY-MM-DD; or only the year where the day is not verified. */
    adopted: yearOrDay(),
    /** "in-force", "replaced" (name what replaced it in replacedBy) or "repealed"; left out where not verified. */
    status: z.enum(regulationStatuses).optional(),
    /** Slug of the regulation that replaced this one (only with status "replaced"). */
    replacedBy: slug().optional(),
    /** The official text: legalinfo.mn or estandard.gov.mn. */
    source: z
      .url({ protocol: /^https$/, error: rules.officialSource.en })
      .refine((u) => officialHosts.includes(new URL(u).hostname), rules.officialSource.en),
    /** One or two sentences on what it covers, in both languages. */
    summary: bilingual(),
    /** Numbers of the 2020 conference's directives that concern it. */
    relatedDirectives: z.array(directiveNumber()).default([]),
    /** Everyday words people search with that name what the act names, { mn: [...], en: [...] }; searched, not shown. */
    keywords: bilingualKeywords().optional(),
  })
  .refine((r) => (r.status === 'replaced') === Boolean(r.replacedBy), {
    message: rules.replacedByWithStatus.en,
    path: ['replacedBy'],
  });

export type RegulationData = z.infer<typeof regulationSchema>;

/** The adoption year, whether the full date is known or not. */
export function adoptionYear(adopted: RegulationData['adopted']): number {
  return typeof adopted === 'number' ? adopted : adopted.getUTCFullYear();
}
