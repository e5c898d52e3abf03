import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { indexedWords, vocabulary } from '../lib/search/words';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** Where the search page fetches the Mongolian word list from (see src/lib/search/). */
export const vocabularyPath = '/search-words/mn.json';

/**
 * After every build: index the built pages with Pagefind (one index per `<html lang>`) into
 * dist/pagefind/, and write the list of Mongolian words on the site, which the search page uses
 * to match inflected, Latin-typed and mistyped queries to words that are in the index.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'masm-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
        await pagefind.close();

        const mongolian: string[] = [];
        for (const file of htmlFiles(outDir)) {
          const page = indexedWords(readFileSync(file, 'utf8'));
          if (page?.lang === 'mn') mongolian.push(...page.words);
        }
        const words = vocabulary(mongolian);
        mkdirSync(join(outDir, 'search-words'), { recursive: true });
        writeFileSync(join(outDir, vocabularyPath), JSON.stringify(words));
        logger.info(`Pagefind indexed ${added.page_count} pages; ${words.length} Mongolian words listed`);
      },
    },
  };
}
