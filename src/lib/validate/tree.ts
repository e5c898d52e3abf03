import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

// What the validator reads: the files on disk, or those with a save laid over them (the editor
// checks a save before anything is written, against the whole tree as it would be after it).

export interface ContentTree {
  /** Every file under `dir` (absolute paths), hidden ones and symbolic links aside. */
  filesUnder(dir: string): string[];
  /** Every symbolic link under `dir` (absolute paths, not followed), with where it points. */
  linksUnder(dir: string): { path: string; to: string }[];
  read(file: string): string;
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
  read: (file) => readFileSync(file, 'utf8'),
  exists: existsSync,
};

/**
 * The tree under `root` with `files` laid over it: path from `root` → the text of a file to add
 * or replace (a picture's text is not read: any string stands for it).
 */
export function overlayTree(root: string, files: Record<string, string>, base = diskTree): ContentTree {
  const over = new Map(Object.entries(files).map(([p, text]) => [resolve(root, p), text]));
  const inside = (dir: string) => (f: string) => f.startsWith(resolve(dir) + sep);
  return {
    filesUnder: (dir) => [...new Set([...base.filesUnder(dir), ...[...over.keys()].filter(inside(dir))])],
    // A saved file replaces a link that was there.
    linksUnder: (dir) => base.linksUnder(dir).filter((l) => !over.has(resolve(l.path))),
    read: (file) => over.get(resolve(file)) ?? base.read(file),
    exists: (path) => over.has(resolve(path)) || [...over.keys()].some(inside(path)) || base.exists(path),
  };
}
