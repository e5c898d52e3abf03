// npm run deploy -- --target <dir | user@host:/path> [--target …] [--dist dist] [--allow-shrink]
//   [--keep 5] [--ssh "ssh -i key"] [--bwlimit KB/s] [--lock-wait s] [--timeout s] [--upload-timeout s]:
// publish an already-built, checked dist/ as a release on every target, then make it live on all
// of them at once (docs/deploy.md).
import { resolve } from 'node:path';
import { CONTENT_ROOT } from '../site.config.mjs';
import { checkBuild } from './lib/releases/build';
import {
  bucketStamp,
  bucketState,
  leftoverReleases,
  pruneBucket,
  purgeCdn,
  rclone,
  removeBucketRelease,
  saveBucketState,
  switchBucket,
  uploadToBucket,
  type Bucket,
  type BucketState,
} from './lib/releases/bucket';
import { releaseCli, pause } from './lib/releases/cli';
import { type Lock } from './lib/releases/lock';
import type { ReleaseStamp } from '../src/integrations/release-stamp';
import { stampName } from '../src/lib/release-manifest';
import { livePin, pinFile, releaseId, releasesOn, stampOn, type TargetState } from './lib/releases/state';
import {
  adoptExisting,
  checkRoom,
  pageChanges,
  prune,
  removeLeftovers,
  switchTo,
  upload,
  type PageChanges,
} from './lib/releases/steps';
import { failure, quote, ReleaseError, say, type Said, type Target } from './lib/releases/target';

const nothingSwitched: Said = {
  mn: 'Сайт өөрчлөгдөөгүй: ямар ч сервер шинэ хувилбарт шилжээгүй.',
  en: 'The site is unchanged: no server was switched to the new release.',
};

/** A server left as it was: what it still serves. */
const unchanged = (current: string | undefined): Said =>
  current
    ? { mn: `${current} хувилбараа үйлчилсээр байна.`, en: `still serves ${current}.` }
    : { mn: 'юу ч үйлчлээгүй хэвээр.', en: 'still serves nothing.' };

await releaseCli(
  {
    dist: { type: 'string', default: 'dist' },
    'allow-shrink': { type: 'boolean', default: false },
    keep: { type: 'string', default: '5' },
    // Upload no faster than this many KB/s, to leave the server's line to its visitors.
    bwlimit: { type: 'string' },
  },
  async ({ values, targets, buckets, lockAll, bucketLock }) => {
    const dist = String(values.dist);
    // The project is where npm runs the command: its tree is what the build must match.
    const stamp = checkBuild(dist, process.cwd(), resolve(CONTENT_ROOT));
    const locks: Lock[] = await lockAll();
    // A site from before these releases becomes the oldest release (before this one's id).
    for (const t of targets) {
      const adopted = adoptExisting(t);
      if (adopted)
        console.log(
          `  ${say(t.name, { mn: `өмнө үйлчилж байсан сайтыг (${adopted.from}) ${adopted.id} хувилбар болгон хадгаллаа.`, en: `the site served before (${adopted.from}) is kept as release ${adopted.id}.` })}`,
        );
    }
    const id = releaseId(new Date(), stamp.commit);

    const plans: { t: Target; before: TargetState; changes: PageChanges; lock: Lock; same: boolean }[] = [];
    for (const [i, t] of targets.entries()) {
      const before = releasesOn(t);
      removeLeftovers(t, before);
      // The live release already has these files (a retried job, a commit that changed no page).
      const live = before.current ? stampOn<ReleaseStamp>(t, before.current) : undefined;
      const same = !!live?.digest && live.digest === stamp.digest;
      // A rollback's pin holds against the commit it left (a retried job of the bad commit).
      const pin = livePin(t, before.current);
      if (!same && pin && stamp.commit && pin.leftCommit === stamp.commit)
        throw failure(t.name, {
          mn: `Энэ коммитын (${stamp.commit.slice(0, 8)}) хувилбараас буцаж, ${pin.release}-г бэхэлсэн байна; шинэ коммит нийтлэх эсвэл эхлээд буцаалтыг дуусгана уу: npm run rollback -- --unpin`,
          en: `a rollback left the release of this commit (${stamp.commit.slice(0, 8)}) and pinned ${pin.release}; deploy a newer commit, or end the rollback first: npm run rollback -- --unpin`,
        });
      const changes = await pageChanges(dist, t, before.current);
      if (!values['allow-shrink'] && changes.live && changes.removed.length > changes.live * 0.1)
        throw failure(t.name, {
          mn: `Энэ хувилбар нийтлэгдсэн ${changes.live} хуудасны ${changes.removed.length}-г (10%-иас илүү) хасна. Бүтээлтийг шалгана уу; зориуд бол --allow-shrink-тэй дахин нийтэлнэ үү.`,
          en: `this release would remove ${changes.removed.length} of the ${changes.live} live pages (more than 10%). Check the build; if it is meant, deploy again with --allow-shrink.`,
        });
      if (!same) checkRoom(t, changes.writesKb);
      plans.push({ t, before, changes, lock: locks[i], same });
    }

    // The buckets: uploads cut short before are removed; the live release's stamp says whether
    // this build is live already; a rollback's pin holds as on hosts.
    const bucketPlans: { b: Bucket; state: BucketState; same: boolean }[] = [];
    for (const b of buckets) {
      const state = bucketState(b);
      for (const left of leftoverReleases(b, state)) await removeBucketRelease(b, left);
      const live = state.current ? bucketStamp<ReleaseStamp>(b, state.current) : undefined;
      const same = !!live?.digest && live.digest === stamp.digest;
      if (!same && state.pin && stamp.commit && state.pin.leftCommit === stamp.commit)
        throw failure(b.name, {
          mn: `Энэ коммитын (${stamp.commit.slice(0, 8)}) хувилбараас буцаж, ${state.pin.release}-г бэхэлсэн байна; шинэ коммит нийтлэх эсвэл эхлээд буцаалтыг дуусгана уу: npm run rollback -- --unpin`,
          en: `a rollback left the release of this commit (${stamp.commit.slice(0, 8)}) and pinned ${state.pin.release}; deploy a newer commit, or end the rollback first: npm run rollback -- --unpin`,
        });
      bucketPlans.push({ b, state, same });
    }

    // Every target serves this build already: no new release, `previous` untouched; the live
    // stamp is brought up to this build's commit and time (the schedule reads them).
    if (plans.every((p) => p.same) && bucketPlans.every((p) => p.same)) {
      for (const { b, state } of bucketPlans) {
        rclone(b, ['copyto', `${dist}/${stampName}`, `${b.root}/releases/${state.current}/${stampName}`]);
        console.log(
          `✓ ${say(b.name, { mn: `${state.current} энэ бүтээлтээрээ нийтлэгдсэн байна; нийтлэх зүйл алга.`, en: `${state.current} is already live with this build; nothing to publish.` })}`,
        );
      }
      for (const { t, before } of plans) {
        const run = await t.rsync(
          [`${dist}/${stampName}`],
          `releases/${before.current}/${stampName}`,
          t.limits.timeout * 4,
        );
        if (run.status !== 0)
          throw failure(
            t.name,
            {
              mn: 'Нийтлэгдсэн хувилбарын тэмдгийг шинэчилж чадсангүй.',
              en: 'Could not update the live stamp.',
            },
            run.stderr.trim().split('\n').at(-1),
          );
        console.log(
          `✓ ${say(t.name, { mn: `${before.current} энэ бүтээлтээрээ нийтлэгдсэн байна; нийтлэх зүйл алга.`, en: `${before.current} is already live with this build; nothing to publish.` })}`,
        );
      }
      return;
    }

    pause('upload');
    const uploaded: Target[] = [];
    const bucketsUploaded: Bucket[] = [];
    // The release goes nowhere: what was uploaded elsewhere is taken away again.
    const withdraw = async (e: unknown, failed: string) => {
      for (const t of uploaded) t.sh(`rm -rf ${quote(`releases/${id}`)}`);
      for (const b of bucketsUploaded) await removeBucketRelease(b, id).catch(() => {});
      return new ReleaseError([
        ...(e instanceof ReleaseError ? e.lines : [String(e)]),
        ...plans.filter((p) => p.t.name !== failed).map((p) => say(p.t.name, unchanged(p.before.current))),
        ...bucketPlans
          .filter((p) => p.b.name !== failed)
          .map((p) => say(p.b.name, unchanged(p.state.current))),
        say(undefined, nothingSwitched),
      ]);
    };
    for (const plan of plans) {
      try {
        await upload(dist, plan.t, id, plan.before.current, {
          bwlimit: values.bwlimit as string | undefined,
        });
        uploaded.push(plan.t);
      } catch (e) {
        throw await withdraw(e, plan.t.name);
      }
    }
    for (const plan of bucketPlans) {
      try {
        bucketsUploaded.push(plan.b);
        await uploadToBucket(dist, plan.b, id, plan.state.current);
        // Complete: a release the bucket keeps (not live yet).
        plan.state = { ...bucketState(plan.b), releases: [...bucketState(plan.b).releases, id] };
        saveBucketState(plan.b, plan.state);
      } catch (e) {
        throw await withdraw(e, plan.b.name);
      }
    }
    pause('switch');
    // Each target's lock is still this deploy's (a lost connection could have freed it).
    for (const { lock } of plans) lock.check();
    const switched: Target[] = [];
    for (const plan of plans) {
      try {
        switchTo(plan.t, id, plan.before);
      } catch (e) {
        // One line a server: which release each serves now.
        const why = e instanceof ReleaseError ? (e.found ?? e.said?.en) : String(e);
        const still = unchanged(plan.before.current);
        throw new ReleaseError([
          say(
            plan.t.name,
            { mn: `шилжүүлж чадсангүй; ${still.mn}`, en: `could not switch; ${still.en}` },
            why,
          ),
          ...plans
            .filter((p) => p !== plan)
            .map((p) =>
              say(
                p.t.name,
                switched.includes(p.t)
                  ? { mn: `шинэ хувилбар ${id}-г үйлчилж байна (шилжсэн).`, en: `serves ${id} (switched).` }
                  : unchanged(p.before.current),
              ),
            ),
          say(
            undefined,
            switched.length
              ? {
                  mn: 'Серверүүд өөр өөр хувилбар үйлчилж байна: байршуулалтыг дахин ажиллуулбал нэг болно (хуваарьт ажил ч засна).',
                  en: 'The servers do not all serve the same release: run the deploy again to put them on one (the schedule does too).',
                }
              : nothingSwitched,
          ),
        ]);
      }
      switched.push(plan.t);
      // A newer release is live: a rollback's pin has done its work (one left behind names a
      // release no longer live, so it holds nothing).
      try {
        plan.t.sh(`rm -f ${pinFile}`);
      } catch {}
    }

    // The buckets switch after the hosts, each as a host does: on a failure, one line a target.
    for (const plan of bucketPlans) {
      let changed: string[];
      try {
        bucketLock(plan.b).check();
        changed = await switchBucket(plan.b, id, plan.state, { pin: undefined });
      } catch (e) {
        const why = e instanceof ReleaseError ? (e.found ?? e.said?.en) : String(e);
        throw new ReleaseError([
          say(
            plan.b.name,
            {
              mn: `шилжүүлж чадсангүй; live/ хэсэгчлэн шинэчлэгдсэн байж болно: байршуулалтыг дахин ажиллуулна уу.`,
              en: `could not switch; live/ may be partly updated: run the deploy again.`,
            },
            why,
          ),
          ...plans.map((p) =>
            say(p.t.name, {
              mn: `шинэ хувилбар ${id}-г үйлчилж байна (шилжсэн).`,
              en: `serves ${id} (switched).`,
            }),
          ),
        ]);
      }
      const purged = purgeCdn(plan.b, changed);
      const gone = await pruneBucket(plan.b, Number(values.keep));
      console.log(
        [
          `✓ ${say(plan.b.name, { mn: `${id} нийтлэгдлээ${plan.state.current ? ` (өмнө нь ${plan.state.current})` : ''}.`, en: `${id} is live${plan.state.current ? ` (was ${plan.state.current})` : ''}.` })}`,
          `  өөрчлөгдсөн файл / files changed: ${changed.length}${purged ? `; CDN purge: ${purged} paths` : ''}`,
          gone.length ? `  хуучин хувилбар устгав / removed old releases: ${gone.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('\n'),
      );
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
  const was = before.current;
  console.log(
    [
      `✓ ${say(t.name, { mn: `${id} нийтлэгдлээ${was ? ` (өмнө нь ${was})` : ''}.`, en: `${id} is live${was ? ` (was ${was})` : ''}.` })}`,
      list('нэмэгдсэн / pages added', changes.added),
      list('хасагдсан / pages removed', changes.removed),
      list('өөрчлөгдсөн / pages changed', changes.changed),
      changes.added.length + changes.removed.length + changes.changed.length
        ? ''
        : '  хуудас өөрчлөгдөөгүй / no page changed',
      pruned.gone.length ? `  хуучин хувилбар устгав / removed old releases: ${pruned.gone.join(', ')}` : '',
      ...pruned.failed.map(
        (x) =>
          `  ! ${say(undefined, { mn: `хуучин ${x} хувилбарыг устгаж чадсангүй (шинэ нь нийтлэгдсэн): ${t.dir}/releases/.removing-${x}-г гараар устгана уу.`, en: `could not remove the old release ${x} (the new release is live): remove ${t.dir}/releases/.removing-${x} by hand.` })}`,
      ),
    ]
      .filter(Boolean)
      .join('\n'),
  );
}
