import { defineMiddleware } from 'astro:middleware';
import { keepNumbersInHtml } from './lib/nowrap';
import { site } from './lib/site';

// Every page as it is rendered: its facts from the model (src/lib/site/page-facts.ts: noindex,
// site search) for the layout's head and main; phone, standard and order numbers and dates kept
// on one line (src/lib/nowrap.ts), once here rather than in each layout and component.
export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.page = (await site()).facts.get(context.url.pathname);
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  return new Response(keepNumbersInHtml(html), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
