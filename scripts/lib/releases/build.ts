import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReleaseStamp } from '../../../src/integrations/release-stamp';
import { buildFingerprint } from '../../../src/lib/build-fingerprint';
import { digestTree, stampName, treeDifferences } from '../../../src/lib/release-manifest';
import { failure } from './target';

/** The stamp a complete build leaves in dist/ (src/integrations/release-stamp.ts), if any. */
export function readStamp(dist: string): ReleaseStamp | undefined {
  const file = join(dist, stampName);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ReleaseStamp;
  } catch {
    return undefined;
  }
}

/**
 * Only the build is published: dist/ must be a complete build (its stamp), of this tree (the
 * fingerprint of the content and code), with every file as the build wrote it (the stamp's digest
 * of each) and no symbolic link. Returns the stamp; anything else is refused, naming the files.
 */
export function checkBuild(dist: string, projectRoot: string, contentRoot: string): ReleaseStamp {
  const stamp = readStamp(dist);
  if (!stamp?.files)
    throw failure(dist, {
      mn: `бүрэн бүтээлт биш (${stampName} алга): эхлээд npm run build ажиллуулна уу.`,
      en: `not a complete build (no ${stampName}): run npm run build first.`,
    });
  if (stamp.fingerprint !== buildFingerprint(projectRoot, contentRoot))
    throw failure(dist, {
      mn: 'одоогийн төслийн бүтээлт биш (агуулга эсвэл код өөрчлөгдсөн, эсвэл сүүлийн бүтээлт бүтсэнгүй): npm run build ажиллуулна уу.',
      en: 'not the build of this tree (the content or code changed since, or the last build failed): run npm run build.',
    });
  const differences = treeDifferences(stamp.files, digestTree(dist));
  if (differences.length)
    throw failure(
      dist,
      {
        mn: 'бүтээлтийн бичсэнээс өөрчлөгдсөн тул нийтлэхгүй. npm run build дахин ажиллуулна уу.',
        en: 'not as the build wrote it, so it is not published. Run npm run build again.',
      },
      `${differences.slice(0, 8).join(', ')}${differences.length > 8 ? ` +${differences.length - 8}` : ''}`,
    );
  return stamp;
}
