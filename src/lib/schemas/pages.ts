import { z } from 'astro/zod';

/** A standing page (hotline, about): `content/pages/<mn|en>/<slug>.mdx`, same file name in both. */
export const pageSchema = z.object({
  /** Page heading and browser title. */
  title: z.string().trim().min(1, 'title must not be empty'),
  /** One or two sentences for search engines and link previews. */
  description: z.string().trim().min(1, 'description must not be empty'),
  /** Date the facts on the page were last checked, YYYY-MM-DD (optional). */
  reviewedDate: z.coerce.date().optional(),
});

export type PageData = z.infer<typeof pageSchema>;
