import { z } from 'astro/zod';
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
  /** 1–10, in the order of the article's two lists. */
  number: directiveNumber(),
  /** Which of the article's lists it stands in. */
  group: z.enum(directiveGroups),
  /** The directive's words: Mongolian exactly as in the article, and the site's English translation. */
  text: bilingual(),
  /** Slug of the news article that set it (the file name under content/news/<locale>/). */
  article: slug(),
});

export type DirectiveData = z.infer<typeof directiveSchema>;
