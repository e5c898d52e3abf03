import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

// What a build holds, file by file: the release stamp records a digest of every file of dist/
// (compressed copies included), and a deploy publishes a dist/ only when every file still has it.

/** Path in the build (`en/index.html`) → sha256 of its bytes, in hex. */
export type FileDigests = Record<string, string>;

/** The stamp's own file: written last, so it is not in its own list. */
export const stampName = '.release.json';

export interface TreeDigest {
  files: FileDigests;
  /** Symbolic links, with where they point: never published (a link could reach any file of the machine). */
  links: { path: string; to: string }[];
}

/** Every file under `dir` with its digest, and every symbolic link found (not followed). */
export function digestTree(dir: string): TreeDigest {
  const out: TreeDigest = { files: {}, links: [] };
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const path = rel ? `${rel}/${name}` : name;
      if (path === stampName) continue;
      const stat = lstatSync(join(dir, path));
      if (stat.isSymbolicLink()) out.links.push({ path, to: readlinkSync(join(dir, path)) });
      else if (stat.isDirectory()) walk(path);
      else
        out.files[path] = createHash('sha256')
          .update(readFileSync(join(dir, path)))
          .digest('hex');
    }
  };
  walk('');
  return out;
}

/** One digest for a whole build: two builds with the same files have the same. */
export function filesDigest(files: FileDigests): string {
  const hash = createHash('sha256');
  for (const path of Object.keys(files).sort()) hash.update(`${path}\0${files[path]}\n`);
  return hash.digest('hex');
}

/** How a tree differs from the list the build recorded: each file once, in path order. */
export function treeDifferences(recorded: FileDigests, found: TreeDigest): string[] {
  const out: string[] = found.links.map((l) => `${l.path} (a symbolic link to ${l.to})`);
  const paths = [...new Set([...Object.keys(recorded), ...Object.keys(found.files)])].sort();
  for (const path of paths) {
    if (!(path in found.files)) {
      if (!found.links.some((l) => l.path === path)) out.push(`${path} (missing)`);
    } else if (!(path in recorded)) out.push(`${path} (not made by the build)`);
    else if (recorded[path] !== found.files[path]) out.push(`${path} (changed since the build)`);
  }
  return out;
}
