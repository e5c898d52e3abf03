import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * True when the built page at `pageUrl` asks search engines not to index it (the notice shown at
 * an untranslated page's URL). The sitemap runs after the pages are written, so it reads them.
 */
export function isNoindexPage(pageUrl: string, outDir = 'dist'): boolean {
  const file = join(outDir, decodeURI(new URL(pageUrl).pathname), 'index.html');
  if (!existsSync(file)) return false;
  return /<meta name="robots" content="noindex/.test(readFileSync(file, 'utf8'));
}
