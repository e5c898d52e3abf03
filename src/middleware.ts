import { defineMiddleware } from 'astro:middleware';
import { keepNumbersInHtml } from './lib/nowrap';

// Every page as it is rendered: phone, standard and order numbers and dates kept on one line
// (src/lib/nowrap.ts), once here rather than in each layout and component.
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  return new Response(keepNumbersInHtml(html), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
