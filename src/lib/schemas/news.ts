import { z } from 'astro/zod';
import { day, text } from './fields';
import { rules } from './rules';

/**
 * A news item: `content/news/<mn|en>/<slug>.md`. The English translation of a Mongolian item
 * uses the same file name. `image` is Astro's image() helper; the validator and tests pass a
 * stand-in that takes the path as text.
 */
export function newsSchema<Img extends z.ZodType>(image: () => Img) {
  return z
    .strictObject({
      /** Headline, in the language of the file. */
      title: text(),
      /** One or two sentences for listings, feeds and search engines. */
      description: text(),
      /** Publication date, YYYY-MM-DD; the same in both languages. A future date schedules the item. */
      pubDate: day(),
      /** Date of the last real change to the text, YYYY-MM-DD (optional). */
      updatedDate: day().optional(),
      /** Picture at the top: chosen once, it shows in both languages; its description is written in each. */
      hero: z
        .strictObject({
          // In the file: ../images/<name> (content/news/images/, both languages) or ./<name>.
          /** Upload one from the computer or choose one uploaded before. A Latin file name, e.g. conference-2026.jpg. */
          src: image(),
          /** What the picture shows, for readers who cannot see it. */
          alt: z.string(rules.alt.en).trim().min(1, rules.alt.en),
        })
        .optional(),
      /** Topics, in the language of the file. */
      tags: z.array(text()).default([]),
      /** true keeps the item out of the published site (it still shows in `npm run dev`). */
      draft: z.boolean().default(false),
    })
    .refine((d) => !d.updatedDate || d.updatedDate >= d.pubDate, {
      message: rules.updatedAfterPub.en,
      path: ['updatedDate'],
    });
}

export type NewsData = z.infer<ReturnType<typeof newsSchema>>;
