import { z } from 'astro/zod';
import { fieldTexts } from './field-texts';
import { text } from './fields';
import { rule } from './rules';

/**
 * Words that mean the same to someone searching: `content/synonyms/<name>.yaml`, one group a file.
 * A search for any of them also finds what the others find (the search page reads them).
 */
export const synonymSchema = z.strictObject({
  words: z
    .array(text())
    .min(2, rule('atLeastTwo'))
    .register(fieldTexts, {
      label: { mn: 'Үгс', en: 'Words' },
      hint: {
        mn: 'Хоёр ба түүнээс олон үг, хэллэг, аль ч хэлээр, хүмүүсийн бичдэгээр.',
        en: 'Two or more words or phrases, in either language, as people type them.',
      },
    }),
});

export type SynonymData = z.infer<typeof synonymSchema>;
