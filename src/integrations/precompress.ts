import {
  copyFileSync,
  existsSync,
  linkSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';

/**
 * Text files worth compressing. Pagefind's own data (`.pagefind`, `.pf_meta`, `.pf_fragment`,
 * `.pf_index`, `.pf_filter`) is left out: Pagefind writes those gzip-compressed already, and
 * compressing them again makes every one of them larger
 * (docs/decisions/2026-11-26-pagefind-data-as-gzip.md); `linkPagefindData` serves them as gzip instead. Pagefind's `pagefind.js`,
 * `pagefind-worker.js` and `pagefind-entry.json` are plain text and are compressed like the rest.
 */
export const compressible = new Set(['.html', '.css', '.js', '.mjs', '.xml', '.json', '.svg', '.txt']);

const gzipAsync = promisify(gzip);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

interface Precompressed {
  files: number;
  bytes: number;
  gzip: number;
}

/**
 * Write `<file>.gz` (gzip, level 9) next to every compressible file under `root` that `skip` does
 * not name, only when it is smaller than the original; without one, nginx serves the original. The
 * copy keeps the original's modification time. Returns what was done and, for each file, the
 * modification time of what was compressed. (No brotli: docs/decisions/2026-12-06-gzip-only.md.)
 */
export async function precompress(
  root: string,
  skip: ReadonlyMap<string, number> = new Map(),
): Promise<Precompressed & { compressed: Map<string, number> }> {
  const todo = files(root).filter(
    (f) => compressible.has(extname(f)) && (!skip.has(f) || skip.get(f) !== statSync(f).mtimeMs),
  );
  const total = { files: todo.length, bytes: 0, gzip: 0, compressed: new Map<string, number>() };
  const one = async (file: string) => {
    // The time before the read: a file rewritten meanwhile counts as changed next time.
    const { atime, mtime, mtimeMs } = statSync(file);
    const body = readFileSync(file);
    const gz = await gzipAsync(body, { level: 9 });
    total.bytes += body.length;
    total.compressed.set(file, mtimeMs);
    if (gz.length >= body.length) return;
    writeFileSync(`${file}.gz`, gz);
    utimesSync(`${file}.gz`, atime, mtime);
    total.gzip += gz.length;
  };
  // zlib runs in libuv's thread pool; a few files at a time keep it busy.
  const queue = [...todo];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let file = queue.shift(); file; file = queue.shift()) await one(file);
    }),
  );
  return total;
}

/** Pagefind's data files: a gzip stream each, of its data behind a `pagefind_dcd` signature. */
export const pagefindData = /\.(pagefind|pf_meta|pf_fragment|pf_index|pf_filter)$/;

/**
 * Give each of Pagefind's data files under `dir` a `<file>.gz` that is the file itself (a hard
 * link; a copy where links fail). nginx's `gzip_static` then sends it with `Content-Encoding: gzip`,
 * the browser unpacks it as it arrives, off the page's thread, and pagefind.js, which unpacks a
 * file only when it finds it still packed, skips that, which keeps Pagefind's unpacker off the
 * page's thread (figures: docs/decisions/2026-11-26-pagefind-data-as-gzip.md). A client that does
 * not take gzip gets the packed file, which pagefind.js unpacks itself. Returns the count.
 */
export function linkPagefindData(dir: string): number {
  if (!existsSync(dir)) return 0;
  const data = files(dir).filter((f) => pagefindData.test(f));
  for (const file of data) {
    // A `.gz` left by an earlier build may be another file's (the WebAssembly's name has no hash).
    rmSync(`${file}.gz`, { force: true });
    try {
      linkSync(file, `${file}.gz`);
    } catch {
      copyFileSync(file, `${file}.gz`);
    }
  }
  return data.length;
}

/**
 * Precompress dist/ in two passes around the search index. `early` (after every integration that
 * moves or writes pages, before the search index) starts on what Astro wrote and does not wait:
 * zlib works in its own threads while Pagefind indexes, when the build has a core to spare
 * (1,000 items: the two steps took 7.3 s and 6.1 s one after the other). `late` (after the search
 * index) waits for it, then compresses what the search step wrote or rewrote since: Pagefind's
 * script, the word pieces, the search pages with their filters; and links Pagefind's data.
 */
export function precompressBuild(): { early: AstroIntegration; late: AstroIntegration } {
  let first: { started: number; pass: Promise<Awaited<ReturnType<typeof precompress>>> } | undefined;
  return {
    early: {
      name: 'masm-precompress-early',
      hooks: {
        'astro:build:done': ({ dir }) => {
          const pass = precompress(fileURLToPath(dir));
          // Awaited by `late`; kept from being reported as unhandled before that.
          pass.catch(() => undefined);
          first = { started: Date.now(), pass };
        },
      },
    },
    late: {
      name: 'masm-precompress',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          const started = first?.started ?? Date.now();
          const early = first ? await first.pass : undefined;
          const done = await precompress(fileURLToPath(dir), early?.compressed);
          const linked = linkPagefindData(join(fileURLToPath(dir), 'pagefind'));
          const sum = (key: keyof Precompressed) => done[key] + (early?.[key] ?? 0);
          const kb = (n: number) => `${Math.round(n / 1024)} KB`;
          logger.info(
            `${sum('files')} files (${done.files} after the search index), ${kb(sum('bytes'))}: ` +
              `gzip ${kb(sum('gzip'))}; ${linked} Pagefind files served as gzip ` +
              `(${Date.now() - started} ms)`,
          );
        },
      },
    },
  };
}
