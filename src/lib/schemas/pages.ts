import { z } from 'astro/zod';
import { fieldTexts } from './field-texts';
import { day, text } from './fields';

/** A standing page (hotline, about): `content/pages/<mn|en>/<slug>.md`, same file name in both. */
export const pageSchema = z.strictObject({
  title: text().register(fieldTexts, {
    label: { mn: 'Гарчиг', en: 'Title' },
    hint: { mn: 'Хуудасны гарчиг, хөтчийн гарчиг.', en: 'Page heading and browser title.' },
  }),
  description: text().register(fieldTexts, {
    label: { mn: 'Товч агуулга', en: 'Description' },
    hint: {
      mn: 'Хайлтын систем, холбоосны урьдчилсан харагдацад зориулсан нэг хоёр өгүүлбэр.',
      en: 'One or two sentences for search engines and link previews.',
    },
  }),
  reviewedDate: day()
    .optional()
    .register(fieldTexts, {
      label: { mn: 'Шалгасан огноо', en: 'Reviewed' },
      hint: {
        mn: 'Хуудасны баримтыг сүүлд шалгасан огноо, ОООО-СС-ӨӨ (заавал биш).',
        en: 'Date the facts on the page were last checked, YYYY-MM-DD (optional).',
      },
    }),
});

export type PageData = z.infer<typeof pageSchema>;
