import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { htmlPages, notFoundPages } from '../helpers/dist';
import { interactivePages } from './weight';

const xml = new XMLParser();
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Pages left out of the sitemap on purpose that must pass the gates all the same (noindex). */
const unlisted = ['/translations/', '/en/translations/'];

/**
 * The pages the gates check: every URL in the built sitemap, as a path, plus the pages left out of
 * it on purpose that must still pass (the 404 pages, the search and translation status pages,
 * which are noindex). A new page is checked as soon as it is in the sitemap.
 */
export function pagesToCheck(root: string): string[] {
  const index = xml.parse(readFileSync(join(root, 'sitemap-index.xml'), 'utf8'));
  const sitemaps = asArray<{ loc: string }>(index.sitemapindex?.sitemap).map((s) => new URL(s.loc).pathname);
  const urls = sitemaps.flatMap((p) =>
    asArray<{ loc: string }>(xml.parse(readFileSync(join(root, p), 'utf8')).urlset?.url).map(
      (u) => new URL(u.loc).pathname,
    ),
  );
  return [...new Set([...urls, ...interactivePages, ...unlisted, ...notFoundPages])];
}

/**
 * What kind of page a path is, from its shape: `/news/x/` and `/en/news/y/` are both `news/*`, a
 * list's further pages are the list (`/news/year/2020/page/2/` is `news/year/#`), and every filter
 * of the regulations library is `regulations/facet`. Pages of one kind share one layout.
 */
export function pageKind(path: string): string {
  const bare = path
    .replace(/^\/en(?=\/)/, '')
    .replace(/page\/\d+\/$/, '')
    .replace(/^\/regulations\/(kind|status|year)\/[^/]+\/$/, '/regulations/facet/');
  const [first = '', ...rest] = bare.split('/').filter(Boolean);
  const words = new Set(['year', 'status', 'oldest', 'facet']);
  return [first, ...rest.map((s) => (/^\d+$/.test(s) ? '#' : words.has(s) ? s : '*'))].join('/') || 'home';
}

/**
 * One page of each kind in each language, the one with the most in it (the largest file), where a
 * notice that stands in for a missing translation (noindex) counts as a kind of its own.
 */
export function onePageOfEachKind(root: string, paths = htmlPages(root)): string[] {
  const best = new Map<string, { path: string; size: number }>();
  for (const path of paths) {
    const html = readFileSync(pageFile(root, path), 'utf8');
    const notice = /<meta name="robots" content="noindex"/.test(html);
    const key = `${path.startsWith('/en/') ? 'en' : 'mn'} ${pageKind(path)}${notice ? ' (notice)' : ''}`;
    if ((best.get(key)?.size ?? -1) < html.length) best.set(key, { path, size: html.length });
  }
  return [...best.values()].map((b) => b.path).sort();
}

const pageFile = (root: string, path: string) => join(root, path.endsWith('/') ? `${path}index.html` : path);
