import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

// What the validator reads: the files on disk, or those with a save laid over them (the editor
// checks a save before anything is written, against the whole tree as it would be after it).

export interface ContentTree {
  /** Every file under `dir` (absolute paths), hidden ones and symbolic links aside. */
  filesUnder(dir: string): string[];
  /** Every symbolic link under `dir` (absolute paths, not followed), with where it points. */
  linksUnder(dir: string): { path: string; to: string }[];
  /** A file's bytes, as written (the reader decides whether they are text); undefined: not known. */
  readBytes(file: string): Uint8Array | undefined;
  exists(path: string): boolean;
}

function diskFilesUnder(dir: string, links = false): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.name.startsWith('.')) return [];
    const full = join(dir, d.name);
    // A link is never followed: what it points to could be any file of the machine.
    if (d.isSymbolicLink()) return links ? [full] : [];
    if (d.isDirectory()) return diskFilesUnder(full, links);
    return links ? [] : [full];
  });
}

export const diskTree: ContentTree = {
  filesUnder: (dir) => (existsSync(dir) ? diskFilesUnder(dir) : []),
  linksUnder: (dir) =>
    existsSync(dir) ? diskFilesUnder(dir, true).map((path) => ({ path, to: readlinkSync(path) })) : [],
  readBytes: (file) => readFileSync(file),
  exists: existsSync,
};

/**
 * The tree under `root` with `files` laid over it: path from `root` → the text of a file to add
 * or replace, the bytes of a picture, or null for a picture whose bytes are not known here (the
 * form names an upload before the backend has it); `removed` (paths from `root`) are gone.
 */
export function overlayTree(
  root: string,
  files: Record<string, string | Uint8Array | null>,
  base = diskTree,
  removed: string[] = [],
): ContentTree {
  const over = new Map(Object.entries(files).map(([p, content]) => [resolve(root, p), content]));
  const gone = new Set(removed.map((p) => resolve(root, p)));
  const inside = (dir: string) => (f: string) => f.startsWith(resolve(dir) + sep);
  return {
    filesUnder: (dir) =>
      [...new Set([...base.filesUnder(dir), ...[...over.keys()].filter(inside(dir))])].filter(
        (f) => !gone.has(resolve(f)),
      ),
    // A saved file replaces a link that was there.
    linksUnder: (dir) => base.linksUnder(dir).filter((l) => !over.has(resolve(l.path))),
    readBytes: (file) => {
      if (gone.has(resolve(file))) return undefined;
      const content = over.get(resolve(file));
      if (content === undefined) return base.readBytes(file);
      if (content === null) return undefined;
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    exists: (path) =>
      !gone.has(resolve(path)) &&
      (over.has(resolve(path)) || [...over.keys()].some(inside(path)) || base.exists(path)),
  };
}
