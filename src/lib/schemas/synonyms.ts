import { z } from 'astro/zod';
import { text } from './fields';
import { rules } from './rules';

/**
 * Words that mean the same to someone searching: `content/synonyms/<name>.yaml`, one group a file.
 * A search for any of them also finds what the others find (the search page reads them).
 */
export const synonymSchema = z.strictObject({
  /** Two or more words or phrases, in either language, as people type them. */
  words: z.array(text()).min(2, rules.atLeastTwo.en),
});

export type SynonymData = z.infer<typeof synonymSchema>;
