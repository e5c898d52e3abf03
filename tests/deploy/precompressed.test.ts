import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressible, pagefindData } from '../../src/integrations/precompress';
import { removeUnusedPagefindBundles, unusedPagefindBundles } from '../../src/integrations/search-index';
import { distFiles, realDist, someArticle } from '../helpers/dist';

const files = distFiles(realDist);
const originals = files.filter((f) => compressible.has(extname(f)));
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
      expect(files, f).toContain(`${f}.br`);
    }
    expect(files.filter((f) => /^\/_astro\/.*\.(css|js)\.(gz|br)$/.test(f)).length).toBeGreaterThanOrEqual(4);
  });

  it('has, for every file, a .gz and a .br (where written) that are smaller and decode to the same bytes', () => {
    const problems = originals.flatMap((f) => {
      const original = bytes(f);
      const out: string[] = [];
      // Only a file too small to gain anything may go without.
      if (
        original.length > 1024 &&
        !(existsSync(join(realDist, `${f}.gz`)) && existsSync(join(realDist, `${f}.br`)))
      )
        out.push(`${f}: no .gz or .br`);
      for (const [ext, decode] of [
        ['.gz', gunzipSync],
        ['.br', brotliDecompressSync],
      ] as const) {
        const copy = join(realDist, `${f}${ext}`);
        if (!existsSync(copy)) continue;
        if (!decode(readFileSync(copy)).equals(original)) out.push(`${f}${ext}: decodes to other bytes`);
        if (statSync(copy).size >= original.length) out.push(`${f}${ext}: not smaller`);
      }
      return out;
    });
    expect(originals.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it('gives Pagefind’s data (gzip inside already) a .gz that is the file itself, and no .br', () => {
    const data = files.filter((f) => pagefindData.test(f));
    expect(data.length).toBeGreaterThan(10);
    for (const f of data) {
      expect(bytes(f).subarray(0, 2).toString('hex'), f).toBe('1f8b');
      expect(bytes(`${f}.gz`).equals(bytes(f)), f).toBe(true);
      expect(gunzipSync(bytes(f)).subarray(0, 12).toString(), f).toBe('pagefind_dcd');
      expect(files, f).not.toContain(`${f}.br`);
    }
  });

  it('has no compressed copy without its original, and no copy of a copy', () => {
    for (const f of files.filter((f) => /\.(gz|br)$/.test(f))) {
      expect(files, f).toContain(f.replace(/\.(gz|br)$/, ''));
      expect(f, f).not.toMatch(/\.(gz|br)\.(gz|br)$/);
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

  it('keeps a bundle that a page names, and deletes the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'masm-pagefind-'));
    try {
      mkdirSync(join(dir, 'pagefind'));
      // The bundles name one another, as Pagefind's own do; that does not count.
      for (const f of unusedPagefindBundles)
        writeFileSync(join(dir, 'pagefind', f), unusedPagefindBundles.join(' '));
      writeFileSync(join(dir, 'pagefind', 'pagefind.js'), 'export {};');
      writeFileSync(join(dir, 'index.html'), '<link rel="stylesheet" href="/pagefind/pagefind-ui.css">');
      expect(removeUnusedPagefindBundles(dir)).toEqual(['pagefind-ui.css']);
      expect(readdirSync(join(dir, 'pagefind')).sort()).toEqual(['pagefind-ui.css', 'pagefind.js']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
