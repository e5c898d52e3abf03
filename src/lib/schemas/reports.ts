import { z } from 'astro/zod';
import { fieldTexts } from './field-texts';
import { day, directiveNumber, httpsUrl, slug, text } from './fields';
import { rule } from './rules';

/** Where a directive's implementation stands, as a report tells it. */
export const reportStatuses = ['not-started', 'in-progress', 'done'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/** The conference whose directives the reports follow up; no report can predate it. */
const conferenceDate = new Date(Date.UTC(2020, 0, 23));

/** Evidence: a page of this site by its file name, or an outside https:// page with its title. */
const evidence = z
  .strictObject({
    news: slug()
      .optional()
      .register(fieldTexts, {
        label: { mn: 'Мэдээ', en: 'News item' },
        hint: {
          mn: 'Мэдээ (content/news/ доторх файлын нэр).',
          en: 'A news item (file name under content/news/).',
        },
      }),
    regulation: slug()
      .optional()
      .register(fieldTexts, {
        label: { mn: 'Эрх зүйн акт', en: 'Regulation' },
        hint: {
          mn: 'Эрх зүйн акт (content/regulations/ доторх файлын нэр).',
          en: 'A regulation (file name under content/regulations/).',
        },
      }),
    service: slug()
      .optional()
      .register(fieldTexts, {
        label: { mn: 'Үйлчилгээ', en: 'Service' },
        hint: {
          mn: 'Үйлчилгээ (content/services/ доторх файлын нэр).',
          en: 'A service (file name under content/services/).',
        },
      }),
    url: httpsUrl()
      .optional()
      .register(fieldTexts, {
        label: { mn: 'Гадаад хуудас', en: 'Outside page' },
        hint: {
          mn: 'Гадаад хуудас, зөвхөн https://, гарчигтай.',
          en: 'An outside page, https:// only, with `title`.',
        },
      }),
    title: text()
      .optional()
      .register(fieldTexts, {
        label: { mn: 'Гадаад хуудасны гарчиг', en: 'Outside page title' },
        hint: {
          mn: 'Гадаад хуудасны гарчиг, файлын хэлээр (зөвхөн хаягтай үед).',
          en: "The outside page's title, in the language of the file (only with url).",
        },
      }),
  })
  .refine(
    (e) =>
      [e.news, e.regulation, e.service, e.url].filter(Boolean).length === 1 &&
      Boolean(e.url) === Boolean(e.title),
    rule('evidence'),
  );
export type Evidence = z.infer<typeof evidence>;

/**
 * An implementation report on one of the conference's directives:
 * `content/reports/<mn|en>/<slug>.md`, the same file name in both languages. The body says what
 * was done.
 */
export const reportSchema = z.strictObject({
  title: text().register(fieldTexts, {
    label: { mn: 'Гарчиг', en: 'Title' },
    hint: { mn: 'Гарчиг, файлын хэлээр.', en: 'Headline, in the language of the file.' },
  }),
  directive: directiveNumber().register(fieldTexts, {
    label: { mn: 'Үүрэг даалгавар', en: 'Directive' },
    hint: {
      mn: 'Тайлагнаж буй үүрэг даалгаврын дугаар (1–10).',
      en: 'The number of the directive it reports on (1–10).',
    },
  }),
  pubDate: day()
    .refine((d) => d >= conferenceDate, rule('afterConference'))
    .register(fieldTexts, {
      label: { mn: 'Нийтлэх огноо', en: 'Publication date' },
      hint: {
        mn: 'ОООО-СС-ӨӨ, хоёр хэлэнд ижил; 2020-01-23-аас өмнө биш. Ирээдүйн огноо бол тэр өдөр нийтлэгдэнэ.',
        en: 'Publication date of the report, YYYY-MM-DD, the same in both languages; not before 2020-01-23. A future date schedules it.',
      },
    }),
  unit: text().register(fieldTexts, {
    label: { mn: 'Нэгж', en: 'Unit' },
    hint: {
      mn: 'Тайлагнаж буй нэгж, файлын хэлээр.',
      en: 'The unit that reports, in the language of the file.',
    },
  }),
  status: z.enum(reportStatuses).register(fieldTexts, {
    label: { mn: 'Төлөв', en: 'Status' },
    hint: { mn: 'not-started, in-progress эсвэл done.', en: 'not-started, in-progress or done.' },
  }),
  reopened: text()
    .optional()
    .register(fieldTexts, {
      label: { mn: 'Дахин нээсэн шалтгаан', en: 'Reopened because' },
      hint: {
        mn: 'Хийгдсэн гэж тайлагнасан ажлыг яагаад дахин эхлээгүй гэж тайлагнаж байгаа (тэр үед л заавал).',
        en: 'Why a directive reported done is reported not started again (required then, and only then).',
      },
    }),
  evidence: z
    .array(evidence)
    .default([])
    .register(fieldTexts, {
      label: { mn: 'Нотолгоо', en: 'Evidence' },
      hint: {
        mn: 'Ажлыг харуулах холбоос: сайтын мэдээ, эрх зүйн акт, үйлчилгээ эсвэл https:// хуудас.',
        en: 'Links that show the work: news, regulation or service of the site, or an https:// page.',
      },
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
});

export type ReportData = z.infer<typeof reportSchema>;
