import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildFingerprint } from '../lib/build-fingerprint';

/** What `npm run deploy` reads to know what it is publishing (dist/.release.json, never served). */
export interface ReleaseStamp {
  /** The commit the build was made from ('' outside git). */
  commit: string;
  /** buildFingerprint() of the tree the build read. */
  fingerprint: string;
  /** The instant the site was built for (SITE_NOW): items dated after it were left out. */
  builtFor: string;
  builtAt: string;
}

export const stampFile = '.release.json';

/**
 * Last of the build: a stamp that says which tree the complete, checked build was made from. A
 * build that fails writes none (Astro empties dist/ before writing pages), so a dist/ without a
 * stamp is not a release.
 */
export function releaseStamp(options: { contentRoot: string; now: Date }): AstroIntegration {
  return {
    name: 'masm-release-stamp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = process.cwd();
        const git = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' });
        const stamp: ReleaseStamp = {
          commit: git.status === 0 ? git.stdout.trim() : '',
          fingerprint: buildFingerprint(root, options.contentRoot),
          builtFor: options.now.toISOString(),
          builtAt: new Date().toISOString(),
        };
        writeFileSync(join(fileURLToPath(dir), stampFile), `${JSON.stringify(stamp, null, 2)}\n`);
        logger.info(`stamped ${stampFile} (${stamp.commit.slice(0, 8) || 'no commit'})`);
      },
    },
  };
}
