import { z } from 'astro/zod';

/**
 * A news item: `content/news/<mn|en>/<slug>.mdx`. The English translation of a Mongolian item
 * uses the same file name. `image` is Astro's image() helper; tests pass a stand-in.
 */
export function newsSchema<Img extends z.ZodType>(image: () => Img) {
  return z
    .object({
      /** Headline, in the language of the file. */
      title: z.string().trim().min(1, 'title must not be empty'),
      /** One or two sentences for listings, feeds and search engines. */
      description: z.string().trim().min(1, 'description must not be empty'),
      /** Publication date, YYYY-MM-DD. A future date schedules the item: it appears once built on or after that day. */
      pubDate: z.coerce.date(),
      /** Date of the last real change to the text, YYYY-MM-DD (optional). */
      updatedDate: z.coerce.date().optional(),
      /** Picture at the top: a file next to the article, and a description of it for blind readers. */
      hero: z
        .object({
          src: image(),
          alt: z.string().trim().min(1, 'hero.alt must describe the picture'),
        })
        .optional(),
      /** Topics, in the language of the file. */
      tags: z.array(z.string().trim().min(1)).default([]),
      /** true keeps the item out of the published site (it still shows in `npm run dev`). */
      draft: z.boolean().default(false),
    })
    .refine((d) => !d.updatedDate || d.updatedDate >= d.pubDate, {
      message: 'updatedDate must not be before pubDate',
      path: ['updatedDate'],
    });
}

export type NewsData = z.infer<ReturnType<typeof newsSchema>>;
