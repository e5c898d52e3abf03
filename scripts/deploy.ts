// npm run deploy -- --target <dir | user@host:/path> [--target …] [--dist dist] [--allow-shrink]
//   [--keep 5] [--ssh "ssh -i key"] [--bwlimit KB/s]: publish an already-built, checked dist/ as a release on every
// target, then make it live on all of them at once (docs/deploy.md).
import { existsSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CONTENT_ROOT } from '../site.config.mjs';
import { buildFingerprint } from '../src/lib/build-fingerprint';
import {
  pageChanges,
  prune,
  readStamp,
  releaseId,
  releasesOn,
  switchTo,
  target,
  upload,
} from './lib/releases';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    target: { type: 'string', multiple: true },
    dist: { type: 'string', default: 'dist' },
    'allow-shrink': { type: 'boolean', default: false },
    keep: { type: 'string', default: '5' },
    ssh: { type: 'string', default: process.env.DEPLOY_SSH ?? 'ssh' },
    // Upload no faster than this many KB/s, to leave the server's line to its visitors.
    bwlimit: { type: 'string' },
  },
});
// The pipeline names its servers once: DEPLOY_TARGETS, separated by spaces.
if (!values.target?.length) values.target = process.env.DEPLOY_TARGETS?.split(/\s+/).filter(Boolean);
const fail = (message: string): never => {
  console.error(`✗ ${message}`);
  process.exit(1);
};
// The tests stop a deploy at a step (DEPLOY_PAUSE_AT=upload|switch) to kill it there, or to
// change a target before it goes on (it waits while the file DEPLOY_PAUSE_FILE exists).
const pause = (step: string) => {
  if (process.env.DEPLOY_PAUSE_AT !== step) return;
  // Written at once (a pipe is otherwise written later, and the wait below never ends).
  writeSync(2, `paused before ${step}\n`);
  const file = process.env.DEPLOY_PAUSE_FILE;
  const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  if (!file) sleep(Infinity);
  while (existsSync(file!)) sleep(50);
};

if (!values.target?.length)
  fail('Name where to publish: --target <dir> or --target user@host:/path (several allowed).');
const dist = values.dist!;
const stamp = readStamp(dist);
if (!stamp) fail(`${dist}/ is not a complete build (no .release.json): run npm run build first.`);
if (stamp!.fingerprint !== buildFingerprint(root, CONTENT_ROOT))
  fail(
    `${dist}/ is not the build of this tree (the content or code changed since, or the last build failed): run npm run build.`,
  );

const targets = values.target!.map((spec) => target(spec, values.ssh));
const id = releaseId(new Date(), stamp!.commit);
const plans = targets.map((t) => {
  const before = releasesOn(t);
  const changes = pageChanges(dist, t, before.current);
  if (!values['allow-shrink'] && changes.live && changes.removed.length > changes.live * 0.1)
    fail(
      `${t.name}: this release would remove ${changes.removed.length} of the ${changes.live} live pages (more than 10%). Check the build; if it is meant, deploy again with --allow-shrink.`,
    );
  return { t, before, changes };
});

pause('upload');
const uploaded: typeof plans = [];
for (const plan of plans) {
  try {
    upload(dist, plan.t, id, plan.before.current, values.bwlimit);
    uploaded.push(plan);
  } catch (e) {
    // The release goes nowhere: what was uploaded elsewhere is taken away again.
    for (const { t } of uploaded) t.sh(`rm -rf releases/${id}`);
    fail(`${(e as Error).message}\nNothing was switched: every target still serves its live release.`);
  }
}
for (const { t, before } of plans) switchTo(t, id, before, () => pause('switch'));

const keep = Number(values.keep);
for (const { t, before, changes } of plans) {
  const gone = prune(t, keep);
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
      gone.length ? `  removed old releases: ${gone.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  );
}
