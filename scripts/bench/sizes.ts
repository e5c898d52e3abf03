// Sizes of a built site: dist/ and Pagefind totals, gzipped page weights (HTML plus linked CSS),
// the largest page, the feeds, the sitemaps and the search word list.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    return e.isDirectory() ? listFiles(full) : [full];
  });
}

const isCopy = (f: string) => f.endsWith('.gz') || f.endsWith('.br');
const bytesOf = (files: string[]) => files.reduce((sum, f) => sum + statSync(f).size, 0);

/** Gzipped size of a file: the .gz the build wrote beside it, or zlib level 9 of the file. */
export function gzipBytes(file: string): number {
  if (existsSync(`${file}.gz`)) return statSync(`${file}.gz`).size;
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** The file a site path is served from: /news/ → news/index.html. */
export function fileForPath(dist: string, path: string): string {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]);
  return join(dist, clean.endsWith('/') ? `${clean}index.html` : clean);
}

/** Stylesheets a page links (local ones only). */
export function linkedStylesheets(html: string): string[] {
  const links = html.match(/<link\b[^>]*>/gi) ?? [];
  return links
    .filter((l) => /\brel=["']?stylesheet\b/i.test(l))
    .map((l) => l.match(/\bhref=["']?([^"'\s>]+)/i)?.[1])
    .filter((h): h is string => !!h && h.startsWith('/') && !h.startsWith('//'));
}

/** The pages weighed in both languages: home, news list, one article, the regulations list. */
export const sampleLabels = [
  '/',
  '/en/',
  '/news/',
  '/en/news/',
  'article',
  'en article',
  '/regulations/',
  '/en/regulations/',
] as const;

export function samplePaths(articleSlug: string | undefined): Record<string, string> {
  const paths: Record<string, string> = Object.fromEntries(sampleLabels.map((l) => [l, l]));
  delete paths.article;
  delete paths['en article'];
  if (articleSlug) {
    paths.article = `/news/${articleSlug}/`;
    paths['en article'] = `/en/news/${articleSlug}/`;
  }
  return paths;
}

interface PageWeight {
  path: string;
  htmlGzip: number;
  cssGzip: number;
  totalGzip: number;
}

function pageWeight(dist: string, path: string): PageWeight | undefined {
  const file = fileForPath(dist, path);
  if (!existsSync(file)) return undefined;
  const css = linkedStylesheets(readFileSync(file, 'utf8'))
    .map((href) => fileForPath(dist, href))
    .filter((f) => existsSync(f));
  const htmlGzip = gzipBytes(file);
  const cssGzip = css.reduce((sum, f) => sum + gzipBytes(f), 0);
  return { path, htmlGzip, cssGzip, totalGzip: htmlGzip + cssGzip };
}

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

export interface Sizes {
  distBytes: number;
  distBytesWithoutCompressedCopies: number;
  distFiles: number;
  pagefindBytes: number;
  pagefindFiles: number;
  /** Sample pages by label ("/", "en article"...); null where the build has no such page. */
  pages: Record<string, PageWeight | null>;
  largestHtml: { path: string; gzipBytes: number };
  htmlOver40KB: number;
  feeds: { path: string; bytes: number; items: number }[];
  sitemaps: { files: number; largestUrlCount: number; urls: number };
  searchWords: {
    totalBytes: number;
    files: number;
    largestFile: string;
    largestBytes: number;
    /** What one word list per language (every piece's words in one file) would weigh, gzip. */
    wholeListGzip: Record<string, number>;
  };
}

/** Each language's pieces merged into one list, as one file per language would hold it: its gzip size. */
function wholeListGzip(dir: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const lang of ['mn', 'en']) {
    const pieces = listFiles(join(dir, lang)).filter((f) => f.endsWith('.json'));
    const merged = Object.assign({}, ...pieces.map((f) => JSON.parse(readFileSync(f, 'utf8'))));
    out[lang] = gzipSync(JSON.stringify(merged), { level: 9 }).length;
  }
  return out;
}

const htmlLimitBytes = 40 * 1024;

export function measureSizes(dist: string, samples: Record<string, string>): Sizes {
  const all = listFiles(dist);
  // Without the .gz beside each of Pagefind's data files: the file itself again (a hard link).
  const pagefind = listFiles(join(dist, 'pagefind')).filter((f) => !isCopy(f));
  const site = (f: string) => '/' + relative(dist, f).split(sep).join('/');
  let largest = { path: '', gzipBytes: 0 };
  let over = 0;
  for (const f of all.filter((f) => f.endsWith('.html'))) {
    const gz = gzipBytes(f);
    if (gz > htmlLimitBytes) over++;
    if (gz > largest.gzipBytes) largest = { path: site(f), gzipBytes: gz };
  }
  const feeds = ['rss.xml', 'en/rss.xml']
    .map((p) => join(dist, p))
    .filter((f) => existsSync(f))
    .map((f) => ({
      path: site(f),
      bytes: statSync(f).size,
      items: count(readFileSync(f, 'utf8'), /<item>/g),
    }));
  const sitemapFiles = all.filter((f) => /\/sitemap[^/]*\.xml$/.test(f));
  const urlCounts = sitemapFiles.map((f) => count(readFileSync(f, 'utf8'), /<url>/g));
  const words = listFiles(join(dist, 'search-words')).filter((f) => !isCopy(f));
  const biggest = words.reduce<string | undefined>(
    (a, f) => (a === undefined || statSync(f).size > statSync(a).size ? f : a),
    undefined,
  );
  return {
    distBytes: bytesOf(all),
    distBytesWithoutCompressedCopies: bytesOf(all.filter((f) => !isCopy(f))),
    distFiles: all.length,
    pagefindBytes: bytesOf(pagefind),
    pagefindFiles: pagefind.length,
    pages: Object.fromEntries(
      Object.entries(samples).map(([label, path]) => [label, pageWeight(dist, path) ?? null]),
    ),
    largestHtml: largest,
    htmlOver40KB: over,
    feeds,
    sitemaps: {
      files: sitemapFiles.length,
      largestUrlCount: Math.max(0, ...urlCounts),
      urls: urlCounts.reduce((a, b) => a + b, 0),
    },
    searchWords: {
      totalBytes: bytesOf(words),
      files: words.length,
      largestFile: biggest ? site(biggest) : '',
      largestBytes: biggest ? statSync(biggest).size : 0,
      wholeListGzip: wholeListGzip(join(dist, 'search-words')),
    },
  };
}
