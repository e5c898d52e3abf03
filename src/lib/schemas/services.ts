import { z } from 'astro/zod';
import { fieldTexts } from './field-texts';
import { day, httpsUrl, keywords, slug, text } from './fields';
import { rule } from './rules';

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
  z.strictObject({
    method: z.literal('online'),
    url: httpsUrl().register(fieldTexts, { label: { mn: 'Цахим хаяг', en: 'Online address' } }),
  }),
  z.strictObject({ method: z.literal('phone') }),
]);

/** A public service: `content/services/<mn|en>/<slug>.md`, same file name in both languages. */
export const serviceSchema = z.strictObject({
  title: text().register(fieldTexts, {
    label: { mn: 'Гарчиг', en: 'Title' },
    hint: { mn: 'Иргэний хэлдгээр бичсэн ажил.', en: 'The task, as a citizen would say it.' },
  }),
  summary: text()
    .refine((s) => !/[.!?]\s+\S/.test(s), rule('oneSentence'))
    .register(fieldTexts, {
      label: { mn: 'Товч', en: 'Summary' },
      hint: {
        mn: 'Үйлчилгээ юу хийдгийг энгийн нэг өгүүлбэрээр.',
        en: 'One plain sentence: what the service does.',
      },
    }),
  category: z.enum(serviceCategories).register(fieldTexts, {
    label: { mn: 'Ангилал', en: 'Category' },
    hint: { mn: 'Аль бүлгийн үйлчилгээ вэ.', en: 'Which group of services it belongs to.' },
  }),
  keywords: keywords()
    .default([])
    .register(fieldTexts, {
      label: { mn: 'Хайлтын үгс', en: 'Search words' },
      hint: {
        mn: 'Хуудсанд нэрлэгдсэн зүйлийг хүмүүсийн хайдаг өдөр тутмын үгс (жишээ нь алт, мөнгө); хайлтад орно, харагдахгүй.',
        en: 'Everyday words people search with that name what the page names (e.g. [алт, мөнгө]); searched, not shown.',
      },
    }),
  audience: text().register(fieldTexts, {
    label: { mn: 'Хэнд зориулсан', en: 'Audience' },
    hint: { mn: 'Хэнд хэрэгтэй вэ.', en: 'Who needs it.' },
  }),
  steps: z
    .array(text())
    .min(1, rule('atLeastOne'))
    .register(fieldTexts, {
      label: { mn: 'Алхмууд', en: 'Steps' },
      hint: { mn: 'Юу болдог, дарааллаар.', en: 'What happens, in order.' },
    }),
  documents: z
    .array(text())
    .default([])
    .register(fieldTexts, {
      label: { mn: 'Бүрдүүлэх бичиг баримт', en: 'Documents' },
      hint: {
        mn: 'Мэдэгдэж байгаа бол авчрах бичиг баримт; үгүй бол хоосон (хуудас утсаар лавлахыг зөвлөнө).',
        en: 'Documents to bring, where known; left out otherwise (the page then says to call the hotline).',
      },
    }),
  apply: z
    .array(applyMethod)
    .min(1, rule('atLeastOne'))
    .register(fieldTexts, {
      label: { mn: 'Хэрхэн хандах', en: 'How to apply' },
      hint: {
        mn: 'Биечлэн, цахимаар (хаягтай) эсвэл утсаар.',
        en: 'How to apply: in-person, online (with url) or phone.',
      },
    }),
  fee: text()
    .optional()
    .register(fieldTexts, {
      label: { mn: 'Төлбөр', en: 'Fee' },
      hint: {
        mn: 'Зөвхөн албан ёсны төлбөрийн хүснэгтээс (баталгаажсан нь алга: хоосон үлдээнэ).',
        en: 'The fee, only from an official fee table (none has been verified: leave it out).',
      },
    }),
  processingTime: text()
    .optional()
    .register(fieldTexts, {
      label: { mn: 'Хугацаа', en: 'Processing time' },
      hint: {
        mn: 'Хэр удаан үргэлжлэх, зөвхөн баталгаажсан бол.',
        en: 'How long it takes, only where verified.',
      },
    }),
  legalBasis: z
    .array(slug())
    .default([])
    .register(fieldTexts, {
      label: { mn: 'Эрх зүйн үндэслэл', en: 'Legal basis' },
      hint: {
        mn: 'Үндэслэсэн эрх зүйн актууд (content/regulations/-аас сонгоно).',
        en: 'Slugs of the regulations it rests on (content/regulations/<slug>.yaml).',
      },
    }),
  assignedUntil: day()
    .optional()
    .register(fieldTexts, {
      label: { mn: 'Эрх олгосон хугацаа', en: 'Assigned until' },
      hint: {
        mn: 'Хуулиар төрийн байгууллагад тухайн өдөр хүртэл л олгосон бол тэр өдөр: хуудас одоогийн гүйцэтгэгчийг нэрлэхгүй.',
        en: 'Where a law gave the work to the state body only until a day, that day: the page then names no current provider.',
      },
    }),
  reviewed: day().register(fieldTexts, {
    label: { mn: 'Шалгасан огноо', en: 'Reviewed' },
    hint: {
      mn: 'Хуудасны баримтыг сүүлд шалгасан огноо, ОООО-СС-ӨӨ.',
      en: "When the page's facts were last checked, YYYY-MM-DD.",
    },
  }),
});

export type ServiceData = z.infer<typeof serviceSchema>;
