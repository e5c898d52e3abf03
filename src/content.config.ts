import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { directiveSchema } from './lib/schemas/directives';
import { newsSchema } from './lib/schemas/news';
import { pageSchema } from './lib/schemas/pages';
import { regulationSchema } from './lib/schemas/regulations';
import { serviceSchema } from './lib/schemas/services';

// The schemas live in src/lib/schemas/ so that tests can import them without Astro's runtime.

/** MDX in mirrored language folders: content/<dir>/<mn|en>/<slug>.mdx. */
const mirroredMdx = (dir: string) => glob({ pattern: '{mn,en}/*.mdx', base: `./content/${dir}` });
/** One YAML file per entry holding both languages: content/<dir>/<slug>.yaml. */
const bilingualYaml = (dir: string) => glob({ pattern: '*.yaml', base: `./content/${dir}` });

const news = defineCollection({
  loader: mirroredMdx('news'),
  schema: ({ image }) => newsSchema(image),
});

const directives = defineCollection({
  loader: bilingualYaml('directives'),
  schema: directiveSchema,
});

const pages = defineCollection({
  loader: mirroredMdx('pages'),
  schema: pageSchema,
});

const services = defineCollection({
  loader: mirroredMdx('services'),
  schema: serviceSchema,
});

const regulations = defineCollection({
  loader: bilingualYaml('regulations'),
  schema: regulationSchema,
});

export const collections = { news, directives, pages, services, regulations };
