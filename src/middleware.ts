import { defineMiddleware } from 'astro:middleware';
import { site } from './lib/site';

// Every page as it is rendered gets its facts from the model (src/lib/site/page-facts.ts:
// noindex, site search) for the layout's head and main.
export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.page = (await site()).facts.get(context.url.pathname);
  return next();
});
