import { z } from 'astro/zod';
import { day, text } from './fields';

/** A standing page (hotline, about): `content/pages/<mn|en>/<slug>.md`, same file name in both. */
export const pageSchema = z.strictObject({
  /** Page heading and browser title. */
  title: text(),
  /** One or two sentences for search engines and link previews. */
  description: text(),
  /** Date the facts on the page were last checked, YYYY-MM-DD (optional). */
  reviewedDate: day().optional(),
});

export type PageData = z.infer<typeof pageSchema>;
