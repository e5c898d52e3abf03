// npm run deploy -- --target <dir | user@host:/path> [--target …] [--dist dist] [--allow-shrink]
//   [--keep 5] [--ssh "ssh -i key"] [--bwlimit KB/s] [--lock-wait s] [--timeout s] [--upload-timeout s]:
// publish an already-built, checked dist/ as a release on every target, then make it live on all
// of them at once (docs/deploy.md).
import { resolve } from 'node:path';
import { CONTENT_ROOT } from '../site.config.mjs';
import { checkBuild } from './lib/releases/build';
import { releaseCli, pause } from './lib/releases/cli';
import { type Lock } from './lib/releases/lock';
import { releaseId, releasesOn, type TargetState } from './lib/releases/state';
import {
  pageChanges,
  prune,
  removeLeftovers,
  switchTo,
  upload,
  type PageChanges,
} from './lib/releases/steps';
import { quote, ReleaseError, type Target } from './lib/releases/target';

await releaseCli(
  {
    dist: { type: 'string', default: 'dist' },
    'allow-shrink': { type: 'boolean', default: false },
    keep: { type: 'string', default: '5' },
    // Upload no faster than this many KB/s, to leave the server's line to its visitors.
    bwlimit: { type: 'string' },
  },
  async ({ values, targets, lockAll }) => {
    const dist = String(values.dist);
    // The project is where npm runs the command: its tree is what the build must match.
    const stamp = checkBuild(dist, process.cwd(), resolve(CONTENT_ROOT));
    const locks: Lock[] = await lockAll();
    const id = releaseId(new Date(), stamp.commit);

    const plans = targets.map((t, i) => {
      const before = releasesOn(t);
      removeLeftovers(t, before);
      const changes = pageChanges(dist, t, before.current);
      if (!values['allow-shrink'] && changes.live && changes.removed.length > changes.live * 0.1)
        throw new ReleaseError(
          `${t.name}: this release would remove ${changes.removed.length} of the ${changes.live} live pages (more than 10%). Check the build; if it is meant, deploy again with --allow-shrink.`,
        );
      return { t, before, changes, lock: locks[i] };
    });

    pause('upload');
    const uploaded: Target[] = [];
    for (const plan of plans) {
      try {
        upload(dist, plan.t, id, plan.before.current, { bwlimit: values.bwlimit as string | undefined });
        uploaded.push(plan.t);
      } catch (e) {
        // The release goes nowhere: what was uploaded elsewhere is taken away again.
        for (const t of uploaded) t.sh(`rm -rf ${quote(`releases/${id}`)}`);
        throw new ReleaseError(
          `${(e as Error).message}\nNothing was switched: every target still serves its live release.`,
        );
      }
    }
    pause('switch');
    // Each target's lock is still this deploy's (a lost connection could have freed it).
    for (const { lock } of plans) lock.check();
    const switched: Target[] = [];
    for (const plan of plans) {
      try {
        switchTo(plan.t, id, plan.before);
        switched.push(plan.t);
      } catch (e) {
        throw new ReleaseError(
          [
            `${(e as Error).message}`,
            ...plans.map((p) =>
              switched.includes(p.t)
                ? `  ${p.t.name}: serves ${id} (switched)`
                : `  ${p.t.name}: still serves ${p.before.current ?? 'nothing'}`,
            ),
            'The servers do not all serve the same release: run the deploy again to put them on one.',
          ].join('\n'),
        );
      }
    }

    for (const { t, before, changes } of plans) report(t, id, before, changes, prune(t, Number(values.keep)));
  },
);

function report(
  t: Target,
  id: string,
  before: TargetState,
  changes: PageChanges,
  pruned: { gone: string[]; failed: string[] },
) {
  // As addresses: en/news/x/index.html is /en/news/x/.
  const list = (label: string, files: string[]) => {
    const pages = files.map((f) => `/${f.replace(/index\.html$/, '')}`).sort();
    return pages.length
      ? `  ${label} ${pages.length}: ${pages.slice(0, 20).join(' ')}${pages.length > 20 ? ' …' : ''}`
      : '';
  };
  console.log(
    [
      `✓ ${t.name}: ${id} is live${before.current ? ` (was ${before.current})` : ''}`,
      list('pages added', changes.added),
      list('pages removed', changes.removed),
      list('pages changed', changes.changed),
      changes.added.length + changes.removed.length + changes.changed.length ? '' : '  no page changed',
      pruned.gone.length ? `  removed old releases: ${pruned.gone.join(', ')}` : '',
      ...pruned.failed.map(
        (x) =>
          `  ! could not remove the old release ${x} (the new release is live): remove ${t.dir}/releases/.removing-${x} by hand`,
      ),
    ]
      .filter(Boolean)
      .join('\n'),
  );
}
