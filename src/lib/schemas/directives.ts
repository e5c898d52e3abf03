import { z } from 'astro/zod';
import { fieldTexts } from './field-texts';
import { bilingual, directiveNumber, slug } from './fields';
import { reportStatuses } from './reports';

/** The two lists of the conference article: six mandated tasks, four points for special attention. */
export const directiveGroups = ['task', 'attention'] as const;
export type DirectiveGroup = (typeof directiveGroups)[number];

/** A directive's current status: the latest published report's, or "no-report-yet". */
export const directiveStatuses = ['no-report-yet', ...reportStatuses] as const;
export type DirectiveStatus = (typeof directiveStatuses)[number];

/** A directive of the 2020 conference: `content/directives/<nn>.yaml`, both languages in one file. */
export const directiveSchema = z.strictObject({
  number: directiveNumber().register(fieldTexts, {
    label: { mn: 'Дугаар', en: 'Number' },
    hint: {
      mn: '1–10, өгүүллийн хоёр жагсаалтын дарааллаар.',
      en: "1–10, in the order of the article's two lists.",
    },
  }),
  group: z.enum(directiveGroups).register(fieldTexts, {
    label: { mn: 'Жагсаалт', en: 'List' },
    hint: { mn: 'Өгүүллийн аль жагсаалтад орсон.', en: "Which of the article's lists it stands in." },
  }),
  text: bilingual().register(fieldTexts, {
    label: { mn: 'Текст', en: 'Text' },
    hint: {
      mn: 'Үүрэг даалгаврын үг: монголоор өгүүлэлд байгаагаар, англиар сайтын орчуулга.',
      en: "The directive's words: Mongolian exactly as in the article, and the site's English translation.",
    },
  }),
  article: slug().register(fieldTexts, {
    label: { mn: 'Өгүүлэл', en: 'Article' },
    hint: {
      mn: 'Үүнийг тогтоосон мэдээ (content/news/<хэл>/ доторх файлын нэр).',
      en: 'Slug of the news article that set it (the file name under content/news/<locale>/).',
    },
  }),
});

export type DirectiveData = z.infer<typeof directiveSchema>;
