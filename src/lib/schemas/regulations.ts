import { z } from 'astro/zod';
import { fieldTexts } from './field-texts';
import { bilingual, bilingualKeywords, directiveNumber, slug, text, yearOrDay } from './fields';
import { rule } from './rules';

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
    kind: z.enum(regulationKinds).register(fieldTexts, {
      label: { mn: 'Төрөл', en: 'Kind' },
      hint: { mn: 'Ямар төрлийн акт вэ.', en: 'What kind of act it is.' },
    }),
    number: text()
      .optional()
      .register(fieldTexts, {
        label: { mn: 'Дугаар', en: 'Number' },
        hint: {
          mn: 'Албан ёсны дугаар байгаа бол (жишээ нь "344", "А/384", "MNTR 1:2008", "MNS 3015:2014").',
          en: 'Official number where there is one (e.g. "344", "А/384", "MNTR 1:2008", "MNS 3015:2014").',
        },
      }),
    title: bilingual().register(fieldTexts, {
      label: { mn: 'Нэр', en: 'Title' },
      hint: { mn: 'Албан ёсны нэр, англи орчуулгатай.', en: 'Official title, and its English rendering.' },
    }),
    issuer: bilingual()
      .optional()
      .register(fieldTexts, {
        label: { mn: 'Баталсан байгууллага', en: 'Issuer' },
        hint: {
          mn: 'Хэн баталсан, мэдэгдэж байгаа бол (үгүй бол хоосон).',
          en: 'Who issued it, where known (left out otherwise).',
        },
      }),
    adopted: yearOrDay().register(fieldTexts, {
      label: { mn: 'Баталсан огноо', en: 'Adopted' },
      hint: {
        mn: 'ОООО-СС-ӨӨ; өдөр нь баталгаажаагүй бол зөвхөн он.',
        en: 'Adoption date, YYYY-MM-DD; or only the year where the day is not verified.',
      },
    }),
    status: z
      .enum(regulationStatuses)
      .optional()
      .register(fieldTexts, {
        label: { mn: 'Хүчин төгөлдөр байдал', en: 'Status' },
        hint: {
          mn: '"in-force", "replaced" (орлуулсныг replacedBy-д) эсвэл "repealed"; баталгаажаагүй бол хоосон.',
          en: '"in-force", "replaced" (name what replaced it in replacedBy) or "repealed"; left out where not verified.',
        },
      }),
    replacedBy: slug()
      .optional()
      .register(fieldTexts, {
        label: { mn: 'Орлуулсан акт', en: 'Replaced by' },
        hint: {
          mn: 'Энэ актыг орлуулсан акт (зөвхөн status "replaced" үед).',
          en: 'Slug of the regulation that replaced this one (only with status "replaced").',
        },
      }),
    source: z
      .url({ protocol: /^https$/, error: rule('officialSource') })
      // An address the check above refused is not read again here (new URL() would throw on it).
      .refine((u) => !URL.canParse(u) || officialHosts.includes(new URL(u).hostname), rule('officialSource'))
      .register(fieldTexts, {
        label: { mn: 'Албан ёсны эх', en: 'Official text' },
        hint: {
          mn: 'Албан ёсны эх: legalinfo.mn эсвэл estandard.gov.mn.',
          en: 'The official text: legalinfo.mn or estandard.gov.mn.',
        },
      }),
    summary: bilingual().register(fieldTexts, {
      label: { mn: 'Товч', en: 'Summary' },
      hint: {
        mn: 'Юуг хамардаг тухай нэг хоёр өгүүлбэр, хоёр хэлээр.',
        en: 'One or two sentences on what it covers, in both languages.',
      },
    }),
    relatedDirectives: z
      .array(directiveNumber())
      .default([])
      .register(fieldTexts, {
        label: { mn: 'Холбогдох үүрэг даалгавар', en: 'Related directives' },
        hint: {
          mn: '2020 оны зөвлөгөөний холбогдох үүрэг даалгаврууд.',
          en: "Numbers of the 2020 conference's directives that concern it.",
        },
      }),
    keywords: bilingualKeywords()
      .optional()
      .register(fieldTexts, {
        label: { mn: 'Хайлтын үгс', en: 'Search words' },
        hint: {
          mn: 'Актад нэрлэгдсэн зүйлийг хүмүүсийн хайдаг өдөр тутмын үгс, хоёр хэлээр; хайлтад орно, харагдахгүй.',
          en: 'Everyday words people search with that name what the act names, { mn: [...], en: [...] }; searched, not shown.',
        },
      }),
  })
  .refine((r) => (r.status === 'replaced') === Boolean(r.replacedBy), {
    error: rule('replacedByWithStatus'),
    path: ['replacedBy'],
  });

export type RegulationData = z.infer<typeof regulationSchema>;

/** The adoption year, whether the full date is known or not. */
export function adoptionYear(adopted: RegulationData['adopted']): number {
  return typeof adopted === 'number' ? adopted : adopted.getUTCFullYear();
}
