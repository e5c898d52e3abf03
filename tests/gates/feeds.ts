import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { resolveToFile } from '../helpers/dist';

const schemas = fileURLToPath(new URL('../schemas/', import.meta.url));

/** Where a URL from a feed or sitemap points inside the build, if it does. */
function resolves(root: string, url: string): boolean {
  try {
    return Boolean(resolveToFile(new URL(url).pathname, root));
  } catch {
    return false;
  }
}

/**
 * Read a feed as a feed reader does (rss-parser) and check that it is RSS 2.0 with a title, a
 * link and items whose links resolve to built pages.
 */
export async function feedProblems(root: string, feedPath: string): Promise<string[]> {
  const xml = readFileSync(join(root, feedPath), 'utf8');
  let feed: Awaited<ReturnType<Parser['parseString']>>;
  try {
    feed = await new Parser().parseString(xml);
  } catch (error) {
    return [`${feedPath}: a feed reader cannot read it: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  if (!/<rss[^>]+version="2\.0"/.test(xml)) problems.push(`${feedPath}: not RSS 2.0`);
  if (!feed.title) problems.push(`${feedPath}: the channel has no title`);
  if (!feed.link) problems.push(`${feedPath}: the channel has no link`);
  if (feed.items.length === 0) problems.push(`${feedPath}: no items`);
  for (const item of feed.items) {
    if (!item.title) problems.push(`${feedPath}: an item has no title`);
    if (!item.link || !resolves(root, item.link))
      problems.push(`${feedPath}: item link ${item.link} does not resolve`);
    if (!item.pubDate || Number.isNaN(Date.parse(item.pubDate))) {
      problems.push(`${feedPath}: item ${item.link} has no valid pubDate`);
    }
  }
  return problems;
}

function xsdProblems(file: string, xsd: string): string[] {
  const run = spawnSync('xmllint', ['--noout', '--schema', join(schemas, xsd), file], { encoding: 'utf8' });
  if (run.error) throw new Error(`Could not run xmllint (install libxml2-utils): ${run.error.message}`);
  return run.status === 0 ? [] : run.stderr.split('\n').filter((l) => l && !l.endsWith('fails to validate'));
}

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** The sitemaps protocol's limits for one sitemap file. */
export const sitemapLimits = { urls: 50_000, bytes: 50 * 1024 * 1024 };

/**
 * Validate the sitemap index and each sitemap against the sitemaps.org schema (xmllint), check
 * that every URL in them resolves to a built file and that no sitemap is over the protocol's limits.
 */
export function sitemapProblems(root: string, indexPath = '/sitemap-index.xml'): string[] {
  const xml = new XMLParser();
  const indexFile = join(root, indexPath);
  const problems = xsdProblems(indexFile, 'siteindex.xsd');
  const sitemaps = asArray<{ loc: string }>(xml.parse(readFileSync(indexFile, 'utf8')).sitemapindex?.sitemap);
  for (const { loc } of sitemaps) {
    if (!resolves(root, loc)) {
      problems.push(`${indexPath}: ${loc} does not resolve`);
      continue;
    }
    const file = join(root, new URL(loc).pathname);
    problems.push(...xsdProblems(file, 'sitemap.xsd'));
    const text = readFileSync(file, 'utf8');
    const urls = asArray<{ loc: string }>(xml.parse(text).urlset?.url);
    if (urls.length > sitemapLimits.urls || Buffer.byteLength(text) > sitemapLimits.bytes)
      problems.push(
        `${new URL(loc).pathname}: ${urls.length} URLs, ${Buffer.byteLength(text)} bytes: over the limits`,
      );
    for (const url of urls) {
      if (!resolves(root, url.loc)) problems.push(`${new URL(loc).pathname}: ${url.loc} does not resolve`);
    }
  }
  return problems;
}
