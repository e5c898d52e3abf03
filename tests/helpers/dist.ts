import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { projectRoot } from './astro';
import { fixtureDist } from './fixture-site';
import { isPageFile } from '../../src/lib/search/hints';

/** The real site's build: what is published. The gates and the server tests read it. */
export const realDist = join(projectRoot, 'dist');
/** The fixture site's build (tests/helpers/fixture-site.ts): what the tests of pages read. */
export { fixtureDist };

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/**
 * The staff editor (Decap CMS, src/integrations/editor.ts): not a public page. The public pages'
 * gates leave it out here; tests/editor/ checks its accessibility, requests and policy.
 */
export const adminPrefix = '/admin/';

/** Every built file of the public site, as site paths: `/en/news/x/index.html`. */
export function distFiles(root = fixtureDist): string[] {
  return walk(root)
    .map((f) => '/' + relative(root, f).split(sep).join('/'))
    .filter((f) => !f.startsWith(adminPrefix));
}

/** The 404 pages: Mongolian (and English) for unknown paths, English (and Mongolian) under /en/. */
export const notFoundPages: readonly string[] = ['/404.html', '/en/404.html'];

/**
 * Every built HTML page as its URL path (`/en/news/x/`), plus the 404 pages; not the search pages'
 * hinted copies, which the server sends for the search page's own address with a query.
 */
export function htmlPages(root = fixtureDist): string[] {
  return distFiles(root)
    .filter(isPageFile)
    .map((f) => f.replace(/index\.html$/, ''));
}

/** The dist file a site URL path is served from, or undefined when there is none. */
export function resolveToFile(urlPath: string, root = fixtureDist): string | undefined {
  const clean = decodeURIComponent(urlPath.split('#')[0].split('?')[0]);
  const candidates = clean.endsWith('/') ? [join(clean, 'index.html')] : [clean, join(clean, 'index.html')];
  return candidates.map((c) => join(root, c)).find((f) => existsSync(f) && statSync(f).isFile());
}

const cache = new Map<string, HTMLElement>();

/** Parse the built page at a URL path with a real HTML parser. */
export function page(urlPath: string, root = fixtureDist): HTMLElement {
  const key = `${root}:${urlPath}`;
  let doc = cache.get(key);
  if (!doc) {
    const file = resolveToFile(urlPath, root);
    if (!file) throw new Error(`No built page for ${urlPath}`);
    doc = parse(readFileSync(file, 'utf8'), { comment: false });
    cache.set(key, doc);
  }
  return doc;
}

/** Visible text with white space folded, for comparing with source text. */
export function text(el: HTMLElement | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function readDist(path: string, root = fixtureDist): string {
  return readFileSync(join(root, path), 'utf8');
}

/**
 * A news article of a built site that exists in both languages (`/news/<slug>/`), the largest: the
 * tests of serving and of speed take whichever the site has, so that no test names real content.
 */
export function someArticle(root = realDist): string {
  const articles = htmlPages(root).filter(
    (p) => /^\/news\/(?!page\/|year\/)[^/]+\/$/.test(p) && resolveToFile(`/en${p}`, root),
  );
  if (!articles.length) throw new Error(`No news article in both languages in ${root}`);
  const size = (p: string) => statSync(resolveToFile(p, root)!).size;
  return articles.sort((a, b) => size(b) - size(a))[0];
}

/** The first word of a page's heading, as a query that finds that page. */
export const headingWord = (path: string, root = realDist) =>
  text(page(path, root).querySelector('h1')).split(/[\s,.:–-]+/)[0];
