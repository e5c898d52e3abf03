import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildFingerprint } from '../lib/build-fingerprint';
import { digestTree, filesDigest, stampName, type FileDigests } from '../lib/release-manifest';

/** What `npm run deploy` reads to know what it is publishing (dist/.release.json, never served). */
export interface ReleaseStamp {
  /** The commit the build was made from ('' outside git). */
  commit: string;
  /** buildFingerprint() of the tree the build read. */
  fingerprint: string;
  /** The instant the site was built for (SITE_NOW): items dated after it were left out. */
  builtFor: string;
  builtAt: string;
  /** filesDigest() of `files`: equal for two builds with the same files. */
  digest: string;
  /** Every file of the build (compressed copies too) with its sha256: a deploy refuses any other. */
  files: FileDigests;
}

export const stampFile = stampName;

/**
 * Last of the build: a stamp that says which tree the complete, checked build was made from, and
 * what each of its files holds. A build that fails writes none (Astro empties dist/ before writing
 * pages), so a dist/ without a stamp is not a release. A symbolic link in the build fails it: a
 * link published could serve any file of the server.
 */
export function releaseStamp(options: { contentRoot: string; now: Date }): AstroIntegration {
  return {
    name: 'masm-release-stamp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = process.cwd();
        const out = fileURLToPath(dir);
        const tree = digestTree(out);
        if (tree.links.length) {
          const error = new Error(
            `the build holds symbolic links, which are never published: ${tree.links.map((l) => l.path).join(', ')}`,
          );
          error.stack = '';
          throw error;
        }
        const git = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' });
        const stamp: ReleaseStamp = {
          commit: git.status === 0 ? git.stdout.trim() : '',
          fingerprint: buildFingerprint(root, options.contentRoot),
          builtFor: options.now.toISOString(),
          builtAt: new Date().toISOString(),
          digest: filesDigest(tree.files),
          files: tree.files,
        };
        writeFileSync(join(out, stampFile), `${JSON.stringify(stamp, null, 1)}\n`);
        logger.info(
          `stamped ${stampFile} (${stamp.commit.slice(0, 8) || 'no commit'}, ${Object.keys(tree.files).length} files)`,
        );
      },
    },
  };
}
