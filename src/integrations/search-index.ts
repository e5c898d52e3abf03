import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { separateForIndex } from '../lib/search/separate';
import { indexedWords, vocabulary } from '../lib/search/words';

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? allFiles(full) : [full];
  });
}

/**
 * Pagefind's ready-made search interfaces. The search page has its own (src/scripts/) and loads
 * only `pagefind.js`, which loads its data, its WebAssembly and, when asked to, `pagefind-worker.js`.
 */
export const unusedPagefindBundles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * Delete the bundles in `unusedPagefindBundles` that no HTML, CSS or JavaScript file of the build
 * names (they name one another, so their own text does not count). Returns what was kept.
 */
export function removeUnusedPagefindBundles(outDir: string): string[] {
  const candidates = new Set(unusedPagefindBundles);
  const texts = allFiles(outDir)
    .filter((f) => ['.html', '.css', '.js', '.mjs', '.json'].includes(extname(f)))
    .filter((f) => !(f.startsWith(join(outDir, 'pagefind')) && candidates.has(basename(f))))
    .map((f) => readFileSync(f, 'utf8'));
  const kept = unusedPagefindBundles.filter((name) => texts.some((t) => t.includes(name)));
  for (const name of unusedPagefindBundles.filter((n) => !kept.includes(n))) {
    rmSync(join(outDir, 'pagefind', name), { force: true });
  }
  return kept;
}

/** Where the search page fetches the Mongolian word list from (see src/lib/search/). */
export const vocabularyPath = '/search-words/mn.json';

/**
 * After every build: index the built pages with Pagefind (one index per `<html lang>`) into
 * dist/pagefind/, and write the list of Mongolian words on the site, which the search page uses
 * to match inflected, Latin-typed and mistyped queries to words that are in the index. Pagefind's
 * ready-made interfaces, which nothing loads, are deleted.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'masm-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Page by page rather than addDirectory: each page is indexed with separators between
        // labels and values (src/lib/search/separate.ts); the files in dist/ stay as built.
        const pages = allFiles(outDir).filter((f) => f.endsWith('.html'));
        let indexed = 0;
        for (const file of pages) {
          const added = await index.addHTMLFile({
            sourcePath: relative(outDir, file).split(sep).join('/'),
            content: separateForIndex(readFileSync(file, 'utf8')),
          });
          if (added.errors.length)
            throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
          if (added.file) indexed++;
        }
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
        await pagefind.close();
        const kept = removeUnusedPagefindBundles(outDir);
        if (kept.length)
          logger.warn(`Pagefind bundles kept because the build names them: ${kept.join(', ')}`);

        const mongolian: string[] = [];
        for (const file of pages) {
          const page = indexedWords(readFileSync(file, 'utf8'));
          if (page?.lang === 'mn') mongolian.push(...page.words);
        }
        const words = vocabulary(mongolian);
        mkdirSync(join(outDir, 'search-words'), { recursive: true });
        writeFileSync(join(outDir, vocabularyPath), JSON.stringify(words));
        // The benchmark (scripts/bench/) reads the time from this line.
        logger.info(
          `Pagefind read ${indexed} pages; ${words.length} Mongolian words listed; search step ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
