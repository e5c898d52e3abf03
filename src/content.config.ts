import { defineCollection } from 'astro:content';
import { contentLoader } from './lib/content-loader';
import { directiveSchema } from './lib/schemas/directives';
import { newsSchema } from './lib/schemas/news';
import { pageSchema } from './lib/schemas/pages';
import { regulationSchema } from './lib/schemas/regulations';
import { reportSchema } from './lib/schemas/reports';
import { serviceSchema } from './lib/schemas/services';
import { synonymSchema } from './lib/schemas/synonyms';
import { bestBetSchema } from './lib/schemas/best-bets';

// The schemas live in src/lib/schemas/ so that the validator and tests can use them without Astro;
// every collection reads the one content session (src/lib/content-loader.ts).

export const collections = {
  news: defineCollection({ loader: contentLoader('news'), schema: ({ image }) => newsSchema(image) }),
  pages: defineCollection({ loader: contentLoader('pages'), schema: pageSchema }),
  services: defineCollection({ loader: contentLoader('services'), schema: serviceSchema }),
  directives: defineCollection({ loader: contentLoader('directives'), schema: directiveSchema }),
  regulations: defineCollection({ loader: contentLoader('regulations'), schema: regulationSchema }),
  reports: defineCollection({ loader: contentLoader('reports'), schema: reportSchema }),
  synonyms: defineCollection({ loader: contentLoader('synonyms'), schema: synonymSchema }),
  'best-bets': defineCollection({ loader: contentLoader('best-bets'), schema: bestBetSchema }),
};
