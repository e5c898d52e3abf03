import { z } from 'astro/zod';
import { fieldTexts } from './field-texts';
import { day, text } from './fields';
import { rule } from './rules';

/**
 * A news item: `content/news/<mn|en>/<slug>.md`. The English translation of a Mongolian item
 * uses the same file name. `image` is Astro's image() helper; the validator and tests pass a
 * stand-in that takes the path as text. Each field's label and hint are registered on it.
 */
export function newsSchema<Img extends z.ZodType>(image: () => Img) {
  // Registered apart: zod's typing of register() cannot see through the type parameter.
  const picture = image();
  fieldTexts.add(picture as z.ZodType, {
    label: { mn: 'Зургийн файл', en: 'Picture file' },
    hint: {
      mn: 'Компьютерээс оруулах эсвэл өмнө оруулснаас сонгоно. Латин нэртэй файл, жишээ нь hural-2026.jpg.',
      en: 'Upload one from the computer or choose one uploaded before. A Latin file name, e.g. conference-2026.jpg.',
    },
  });
  return z
    .strictObject({
      title: text().register(fieldTexts, {
        label: { mn: 'Гарчиг', en: 'Title' },
        hint: { mn: 'Мэдээний гарчиг, файлын хэлээр.', en: 'Headline, in the language of the file.' },
      }),
      description: text().register(fieldTexts, {
        label: { mn: 'Товч агуулга', en: 'Description' },
        hint: {
          mn: 'Жагсаалт, RSS, хайлтын системд зориулсан нэг хоёр өгүүлбэр.',
          en: 'One or two sentences for listings, feeds and search engines.',
        },
      }),
      pubDate: day().register(fieldTexts, {
        label: { mn: 'Нийтлэх огноо', en: 'Publication date' },
        hint: {
          mn: 'ОООО-СС-ӨӨ; хоёр хэлэнд ижил. Ирээдүйн огноо бол тэр өдөр нийтлэгдэнэ.',
          en: 'Publication date, YYYY-MM-DD; the same in both languages. A future date schedules the item.',
        },
      }),
      updatedDate: day()
        .optional()
        .register(fieldTexts, {
          label: { mn: 'Шинэчилсэн огноо', en: 'Updated' },
          hint: {
            mn: 'Текстэд бодит өөрчлөлт оруулсан сүүлийн огноо, ОООО-СС-ӨӨ (заавал биш).',
            en: 'Date of the last real change to the text, YYYY-MM-DD (optional).',
          },
        }),
      hero: z
        .strictObject({
          // In the file: ../images/<name> (content/news/images/, both languages) or ./<name>.
          src: picture,
          alt: z
            .string(rule('alt'))
            .trim()
            .min(1, rule('alt'))
            .register(fieldTexts, {
              label: { mn: 'Зургийн тайлбар (alt)', en: 'Picture description (alt)' },
              hint: {
                mn: 'Зурагт юу харагдаж байгааг харж чадахгүй уншигчид зориулж бичнэ.',
                en: 'What the picture shows, for readers who cannot see it.',
              },
            }),
        })
        .optional()
        .register(fieldTexts, {
          label: { mn: 'Нүүр зураг', en: 'Picture' },
          hint: {
            mn: 'Мэдээний дээд талын зураг: нэг удаа сонгоход хоёр хэлэнд гарна; тайлбарыг хэл тус бүрээр бичнэ.',
            en: 'Picture at the top: chosen once, it shows in both languages; its description is written in each.',
          },
        }),
      tags: z
        .array(text())
        .default([])
        .register(fieldTexts, {
          label: { mn: 'Шошго', en: 'Tags' },
          hint: { mn: 'Сэдвүүд, файлын хэлээр.', en: 'Topics, in the language of the file.' },
        }),
      draft: z
        .boolean()
        .default(false)
        .register(fieldTexts, {
          label: { mn: 'Ноорог', en: 'Draft' },
          hint: {
            mn: 'Сонгосон (true) бол нийтийн сайтад гарахгүй; урьдчилан харахад «Ноорог» гэж тэмдэглэгдэнэ.',
            en: 'Ticked (true): kept off the public site; the preview marks it "Draft".',
          },
        }),
    })
    .refine((d) => !d.updatedDate || d.updatedDate >= d.pubDate, {
      error: rule('updatedAfterPub'),
      path: ['updatedDate'],
    });
}

export type NewsData = z.infer<ReturnType<typeof newsSchema>>;
