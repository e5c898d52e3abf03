import { defineMiddleware } from 'astro:middleware';

// Every page as it is rendered gets its facts from the model (src/lib/site/page-facts.ts:
// noindex, site search, not live yet) for the layout's head and main. The model is imported on
// each request: Astro keeps the middleware it loaded first, and in the preview a static import
// would keep the content as it was then (a draft made after start-up showed no mark).
export const onRequest = defineMiddleware(async (context, next) => {
  const { site } = await import('./lib/site');
  context.locals.page = (await site()).facts.get(context.url.pathname);
  return next();
});
