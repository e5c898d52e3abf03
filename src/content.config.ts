import { defineCollection } from 'astro:content';
import { CONTENT_ROOT } from '../site.config.mjs';
import { contentLoader } from './lib/content-loader';
import { collectionLayout, layoutPattern, type CollectionName } from './lib/content-layout';
import { directiveSchema } from './lib/schemas/directives';
import { newsSchema } from './lib/schemas/news';
import { pageSchema } from './lib/schemas/pages';
import { regulationSchema } from './lib/schemas/regulations';
import { reportSchema } from './lib/schemas/reports';
import { serviceSchema } from './lib/schemas/services';
import { synonymSchema } from './lib/schemas/synonyms';

// The schemas live in src/lib/schemas/ so that the validator and tests can use them without Astro.

const loader = (name: CollectionName) =>
  contentLoader({ pattern: layoutPattern[collectionLayout[name]], base: `${CONTENT_ROOT}/${name}` });

export const collections = {
  news: defineCollection({ loader: loader('news'), schema: ({ image }) => newsSchema(image) }),
  pages: defineCollection({ loader: loader('pages'), schema: pageSchema }),
  services: defineCollection({ loader: loader('services'), schema: serviceSchema }),
  directives: defineCollection({ loader: loader('directives'), schema: directiveSchema }),
  regulations: defineCollection({ loader: loader('regulations'), schema: regulationSchema }),
  reports: defineCollection({ loader: loader('reports'), schema: reportSchema }),
  synonyms: defineCollection({ loader: loader('synonyms'), schema: synonymSchema }),
};
