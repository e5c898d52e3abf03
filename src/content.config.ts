import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { directiveSchema } from './lib/schemas/directives';
import { newsSchema } from './lib/schemas/news';
import { pageSchema } from './lib/schemas/pages';
import { regulationSchema } from './lib/schemas/regulations';
import { serviceSchema } from './lib/schemas/services';

// The schemas live in src/lib/schemas/ so that tests can import them without Astro's runtime.
const news = defineCollection({
  loader: glob({ pattern: '{mn,en}/*.mdx', base: './content/news' }),
  schema: ({ image }) => newsSchema(image),
});

const directives = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/directives' }),
  schema: directiveSchema,
});

const pages = defineCollection({
  loader: glob({ pattern: '{mn,en}/*.mdx', base: './content/pages' }),
  schema: pageSchema,
});

const services = defineCollection({
  loader: glob({ pattern: '{mn,en}/*.mdx', base: './content/services' }),
  schema: serviceSchema,
});

const regulations = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/regulations' }),
  schema: regulationSchema,
});

export const collections = { news, directives, pages, services, regulations };
