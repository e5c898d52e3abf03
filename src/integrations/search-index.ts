import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { groupByHead, minKeyLength, pieceKeys, splitPieces, type PieceManifest } from '../lib/search/pieces';
import { separateForIndex } from '../lib/search/separate';
import { hintedSearchFile, hintsTemplateId, searchHints, type PagefindEntry } from '../lib/search/hints';
import { locales } from '../i18n/locales';
import { href, paths } from '../lib/site/urls';
import { countWords, indexedWords } from '../lib/search/words';

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? allFiles(full) : [full];
  });
}

/**
 * Pagefind's ready-made search interfaces. The search page has its own (src/client/) and loads
 * only `pagefind.js`, which loads its data, its WebAssembly and, when asked to, `pagefind-worker.js`;
 * no page loads these, so they are not published (a test of the built site checks that no file
 * names them).
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
 * Where the search page fetches the word lists' manifest; a piece is `/search-words/{lang}/{name}.json`,
 * the names of the pieces under a head `/search-words/heads/{lang}/{head}.json`.
 */
export const wordsPath = '/search-words/';
/** Pagefind's index chunk size (see where it is set). */
const indexChunkSize = 10_000;
/** Pages handed to Pagefind before the first is indexed. */
const pagesInFlight = 16;

/**
 * Write each language's word list in pieces (src/lib/search/pieces.ts), the piece names under each
 * head and the manifest of heads. The files are written concurrently: there are hundreds, and
 * each small write waits on the disk.
 */
async function writeWordPieces(outDir: string, counts: Record<string, Map<string, number>>): Promise<number> {
  const root = join(outDir, wordsPath);
  rmSync(root, { recursive: true, force: true });
  const manifest: PieceManifest = { minKeyLength, heads: {}, single: {} };
  const writes: Promise<void>[] = [];
  let written = 0;
  for (const [lang, words] of Object.entries(counts)) {
    const pieces = splitPieces(words, pieceKeys[lang]);
    mkdirSync(join(root, lang), { recursive: true });
    mkdirSync(join(root, 'heads', lang), { recursive: true });
    for (const [name, piece] of pieces)
      writes.push(writeFile(join(root, lang, `${name}.json`), JSON.stringify(piece)));
    const heads = groupByHead(pieces.keys());
    for (const [head, names] of heads)
      writes.push(writeFile(join(root, 'heads', lang, `${head}.json`), JSON.stringify(names)));
    manifest.heads[lang] = [...heads.keys()];
    manifest.single![lang] = [...heads]
      .filter(([h, names]) => names.length === 1 && names[0] === h)
      .map(([h]) => h);
    written += pieces.size;
  }
  await Promise.all(writes);
  writeFileSync(join(root, 'manifest.json'), JSON.stringify(manifest));
  return written;
}

/**
 * After every build: index the built pages with Pagefind (one index per `<html lang>`) into
 * dist/pagefind/, and write the words on the site in pieces (dist/search-words/), which the
 * search page uses to match inflected, Latin-typed and mistyped queries to words that are in the
 * index. Pagefind's ready-made interfaces, which nothing loads, are deleted.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'masm-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        // Smaller index chunks than Pagefind's default (20000): a query fetches the chunk holding
        // each of its words, so fewer neighbouring words come with it. On the 5,000-item corpus,
        // 15 common words fetch 27 KB on average (38 KB at the default), the largest 59 KB (75 KB);
        // the metadata grows by 2 KB. Pagefind reads it from its environment (unstable name).
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(indexChunkSize);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Page by page rather than addDirectory: each page is indexed with separators between
        // labels and values (src/lib/search/separate.ts); the files in dist/ stay as built.
        // Each page is read once, for Pagefind and for the word lists (read without a DOM: html-text.ts).
        const pages = allFiles(outDir).filter((f) => f.endsWith('.html'));
        const counts: Record<string, Map<string, number>> = { mn: new Map(), en: new Map() };
        let indexed = 0;
        const addPage = async (file: string) => {
          // The copy Pagefind indexes, whose word lists must match it.
          const html = separateForIndex(readFileSync(file, 'utf8'));
          const page = indexedWords(html);
          if (page) countWords(counts[page.lang] ?? new Map(), page.words, page.lang);
          const added = await index.addHTMLFile({
            sourcePath: relative(outDir, file).split(sep).join('/'),
            content: html,
          });
          if (added.errors.length)
            throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
          if (added.file) indexed++;
        };
        // Several pages in flight: Pagefind indexes in its own process while this one reads and
        // counts the next pages (5,000 items: 17 s one at a time, 12 s with 16 in flight).
        let next = 0;
        const worker = async () => {
          while (next < pages.length) await addPage(pages[next++]);
        };
        await Promise.all(Array.from({ length: pagesInFlight }, worker));
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
        await pagefind.close();
        for (const name of unusedPagefindBundles) rmSync(join(outDir, 'pagefind', name), { force: true });
        const pieces = await writeWordPieces(outDir, counts);
        hintSearchPages(outDir);
        // The benchmark (scripts/bench/) reads the time from this line.
        logger.info(
          `Pagefind read ${indexed} pages; ${counts.mn.size} Mongolian and ${counts.en.size} English words listed in ${pieces} pieces; search step ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}

/**
 * Write beside each search page a copy with, in its head, the hints for what its first search
 * reads (hints.ts): what the server sends when the address already holds a query (`?q=…`, the
 * header's form: deploy/nginx.conf), so the search's files load in one round trip with the page's
 * own script. The page itself loads nothing of the search until someone is about to search; it
 * holds the same hints in an inert `<template>`, which its script puts in the head then, so they
 * load at once rather than one after the other. Written here because the names of Pagefind's files
 * are known only once it has written them. The tag is a digest of the entry file, so a new index
 * is a new address. The late compression pass compresses both again.
 */
function hintSearchPages(outDir: string): void {
  const entryText = readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8');
  const entry = JSON.parse(entryText) as PagefindEntry;
  const tag = createHash('sha256').update(entryText).digest('hex').slice(0, 12);
  for (const locale of locales) {
    const file = join(outDir, href(locale, paths.search), 'index.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    if (!html.includes('</head>')) throw new Error(`${file} has no </head> for the search hints`);
    const hints = searchHints(entry, locale, tag, `${wordsPath}manifest.json`);
    writeFileSync(
      join(outDir, href(locale, paths.search), hintedSearchFile),
      html.replace('</head>', `${hints}</head>`),
    );
    writeFileSync(
      file,
      html.replace('</head>', `<template id="${hintsTemplateId}">${hints}</template></head>`),
    );
  }
}
