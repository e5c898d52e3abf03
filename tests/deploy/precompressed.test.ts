import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressible, pagefindData } from '../../src/integrations/precompress';
import { unusedPagefindBundles } from '../../src/integrations/search-index';
import { distFiles, realDist, someArticle } from '../helpers/dist';

const files = distFiles(realDist);
// The release stamp is written after compression and never served (nginx answers no hidden file).
const originals = files.filter((f) => compressible.has(extname(f)) && f !== '/.release.json');
const bytes = (f: string) => readFileSync(join(realDist, f));

describe('precompressed files in dist/', () => {
  it('covers HTML, CSS, JS, XML, JSON and Pagefind’s script and entry files', () => {
    for (const f of [
      '/index.html',
      `/en${someArticle()}index.html`,
      '/404.html',
      '/en/404.html',
      '/rss.xml',
      '/sitemap-0.xml',
      '/search-words/manifest.json',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
    ]) {
      expect(files, f).toContain(`${f}.gz`);
    }
    expect(files.filter((f) => /^\/_astro\/.*\.(css|js)\.gz$/.test(f)).length).toBeGreaterThanOrEqual(2);
    // No brotli copies: nginx would not send them (docs/decisions/2026-12-06-gzip-only.md).
    expect(files.filter((f) => f.endsWith('.br'))).toEqual([]);
  });

  it('has, for every file, a .gz (where written) that is smaller and decodes to the same bytes', () => {
    const problems = originals.flatMap((f) => {
      const original = bytes(f);
      const out: string[] = [];
      // Only a file too small to gain anything may go without.
      if (original.length > 1024 && !existsSync(join(realDist, `${f}.gz`))) out.push(`${f}: no .gz`);
      const copy = join(realDist, `${f}.gz`);
      if (existsSync(copy)) {
        if (!gunzipSync(readFileSync(copy)).equals(original)) out.push(`${f}.gz: decodes to other bytes`);
        if (statSync(copy).size >= original.length) out.push(`${f}.gz: not smaller`);
      }
      return out;
    });
    expect(originals.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it('gives Pagefind’s data (gzip inside already) a .gz that is the file itself', () => {
    const data = files.filter((f) => pagefindData.test(f));
    expect(data.length).toBeGreaterThan(10);
    for (const f of data) {
      expect(bytes(f).subarray(0, 2).toString('hex'), f).toBe('1f8b');
      expect(bytes(`${f}.gz`).equals(bytes(f)), f).toBe(true);
      expect(gunzipSync(bytes(f)).subarray(0, 12).toString(), f).toBe('pagefind_dcd');
    }
  });

  it('has no compressed copy without its original, and no copy of a copy', () => {
    for (const f of files.filter((f) => f.endsWith('.gz'))) {
      expect(files, f).toContain(f.replace(/\.gz$/, ''));
      expect(f, f).not.toMatch(/\.gz\.gz$/);
    }
  });
});

describe('Pagefind in dist/', () => {
  it('keeps what the search page loads and drops the ready-made interfaces nothing loads', () => {
    for (const f of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json']) {
      expect(files).toContain(`/pagefind/${f}`);
    }
    for (const f of unusedPagefindBundles) expect(files).not.toContain(`/pagefind/${f}`);
    const text = files.filter((f) => /\.(html|js|css|json)$/.test(f)).map((f) => bytes(f).toString('utf8'));
    for (const f of unusedPagefindBundles)
      expect(
        text.some((t) => t.includes(f)),
        f,
      ).toBe(false);
  });
});
