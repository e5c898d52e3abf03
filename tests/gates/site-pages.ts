import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { notFoundPages } from '../helpers/dist';
import { interactivePages } from './weight';

const xml = new XMLParser();
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/**
 * The pages the gates check: every URL in the built sitemap, as a path, plus the pages left out of
 * it on purpose that must still pass (the 404 pages, and the search pages, which are noindex). A
 * new page is checked as soon as it is in the sitemap.
 */
export function pagesToCheck(root: string): string[] {
  const index = xml.parse(readFileSync(join(root, 'sitemap-index.xml'), 'utf8'));
  const sitemaps = asArray<{ loc: string }>(index.sitemapindex?.sitemap).map((s) => new URL(s.loc).pathname);
  const urls = sitemaps.flatMap((p) =>
    asArray<{ loc: string }>(xml.parse(readFileSync(join(root, p), 'utf8')).urlset?.url).map(
      (u) => new URL(u.loc).pathname,
    ),
  );
  return [...new Set([...urls, ...interactivePages, ...notFoundPages])];
}
