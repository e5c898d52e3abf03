import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { resolveToFile } from '../helpers/dist';

/** Article pages may weigh at most this much HTML + CSS, gzipped. */
export const articleBudgetBytes = 15 * 1024;

/** Pages allowed to run JavaScript: the search page is the one interactive page. */
export const interactivePages: readonly string[] = ['/search/', '/en/search/'];

/** Gzipped bytes of a built page's HTML plus every stylesheet it links to. */
export function htmlCssGzipBytes(root: string, path: string): number {
  const file = resolveToFile(path, root);
  if (!file) throw new Error(`No built page for ${path}`);
  const html = readFileSync(file);
  const sheets = parse(html.toString('utf8'))
    .querySelectorAll('link[rel="stylesheet"][href]')
    .map((l) => readFileSync(join(root, new URL(l.getAttribute('href')!, 'http://x' + path).pathname)));
  return [html, ...sheets].reduce((sum, b) => sum + gzipSync(b).length, 0);
}

/** Requests that left the page's own origin. */
export function thirdPartyRequests(origin: string, requests: string[]): string[] {
  return requests.filter((url) => !url.startsWith(origin + '/') && !url.startsWith('data:'));
}
