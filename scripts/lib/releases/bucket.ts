import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheControlFor, hashedFolders } from '../../../deploy/headers';
import { stampName } from '../../../src/lib/release-manifest';
import { failure, lastLine, noAnswer, ReleaseError, type Limits, type Said } from './target';

// A release target in S3-compatible object storage (behind a CDN), reached through rclone:
// `s3:<bucket>/<prefix>`. The same releases as on a host, kept as prefixes:
//   <prefix>/releases/<id>/   each release whole (files unchanged since the last one copied
//                             server-side, not uploaded again)
//   <prefix>/live/            what the CDN serves: made from a release, hashed assets and the search
//                             index first, other files next, pages last
//   <prefix>/deploy/state.json  which releases are complete, which is live and which was before,
//                             files to remove from live/ at the next switch, a rollback's pin
//   <prefix>/deploy/lock.json   who is deploying (see `lockBucket`)
// Settings come from the environment only (DEPLOY_S3_*), handed to rclone as its own environment
// configuration: no credential on a command line or in the repository.

export interface Bucket {
  kind: 'bucket';
  /** As given (`s3:site/masm`): for messages. */
  name: string;
  /** rclone's path of the prefix: `masms3:site/masm`. */
  root: string;
  limits: Limits;
}

export interface BucketState {
  /** Complete releases, oldest first. */
  releases: string[];
  current?: string;
  previous?: string;
  /** Files a switch left in live/ (a release dropped them), removed at the next switch. */
  pending: string[];
  /** A rollback's pin, as on hosts. */
  pin?: { release: string; left: string; leftCommit: string; at: string };
}

const remoteName = 'masms3';
const settings = {
  endpoint: 'DEPLOY_S3_ENDPOINT',
  region: 'DEPLOY_S3_REGION',
  accessKey: 'DEPLOY_S3_ACCESS_KEY_ID',
  secret: 'DEPLOY_S3_SECRET_ACCESS_KEY',
} as const;

export const isBucketSpec = (spec: string) => spec.startsWith('s3:');

/** A bucket target from `--target s3:<bucket>/<prefix>`; its settings from the environment. */
export function bucketTarget(spec: string, limits: Limits): Bucket {
  const path = spec.slice(3).replace(/^\/+|\/+$/g, '');
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/[\w.-]+)*$/.test(path))
    throw failure(spec, {
      mn: 'S3 зорилтыг s3:<bucket>/<prefix> хэлбэрээр бичнэ (жишээ нь s3:masm-site/www).',
      en: 'write an S3 target as s3:<bucket>/<prefix> (for example s3:masm-site/www).',
    });
  const missing = [settings.endpoint, settings.accessKey, settings.secret].filter((v) => !process.env[v]);
  if (missing.length)
    throw failure(spec, {
      mn: `орчны хувьсагч дутуу: ${missing.join(', ')} (docs/deploy.md, "Beyond one server").`,
      en: `settings missing from the environment: ${missing.join(', ')} (docs/deploy.md, "Beyond one server").`,
    });
  return { kind: 'bucket', name: spec, root: `${remoteName}:${path}`, limits };
}

/** rclone's configuration of the remote, as its environment (never its command line). */
function rcloneEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // rclone refuses a plain-http endpoint when a CA bundle is named: only for https.
  if (process.env[settings.endpoint]?.startsWith('http:')) delete env.AWS_CA_BUNDLE;
  const R = `RCLONE_CONFIG_${remoteName.toUpperCase()}_`;
  Object.assign(env, {
    [`${R}TYPE`]: 's3',
    [`${R}PROVIDER`]: 'Other',
    [`${R}ENDPOINT`]: process.env[settings.endpoint],
    [`${R}REGION`]: process.env[settings.region] || 'us-east-1',
    [`${R}ACCESS_KEY_ID`]: process.env[settings.accessKey],
    [`${R}SECRET_ACCESS_KEY`]: process.env[settings.secret],
    [`${R}FORCE_PATH_STYLE`]: 'true',
    // No bucket is made by a deploy (a mistyped name is an error, not a new bucket).
    [`${R}NO_CHECK_BUCKET`]: 'true',
    RCLONE_CONFIG: join(tmpdir(), 'masm-rclone-none.conf'),
  });
  return env;
}

/** Flags that bound every call: a server that does not answer is given up, not waited for. */
const bounded = (limits: Limits) => [
  `--contimeout=${limits.timeout}s`,
  `--timeout=${limits.timeout}s`,
  '--retries=1',
  '--low-level-retries=2',
  '--stats=0',
];

const unreachable: Said = {
  mn: 'Объект санд хандаж чадсангүй.',
  en: 'Could not reach the object storage.',
};

/** Run rclone (short calls: listings, reads, small writes); its output, or a ReleaseError. */
export function rclone(b: Bucket, args: string[], input?: string, seconds = b.limits.timeout * 4): string {
  const run = spawnSync('rclone', [...args, ...bounded(b.limits)], {
    encoding: 'utf8',
    env: rcloneEnv(),
    input,
    timeout: seconds * 1000,
    killSignal: 'SIGKILL',
  });
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ETIMEDOUT')
    throw failure(b.name, noAnswer(seconds));
  if (run.error) throw failure(b.name, unreachable, run.error.message);
  if (run.status !== 0) throw failure(b.name, unreachable, rcloneProblem(run.stderr) || `exit ${run.status}`);
  return run.stdout;
}

/** rclone's last error line without its date, or ''. */
const rcloneProblem = (stderr: string) =>
  lastLine(
    stderr
      .split('\n')
      .filter((l) => !/NOTICE: Config file/.test(l))
      .join('\n'),
  ).replace(/^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d /, '');

/**
 * A long rclone run (an upload or a switch), stopped after `seconds` in all, or at its first error:
 * rclone would go on through every other file (each failing after its own pause when the server is
 * gone), and a release with a file missing is not published anyway.
 */
function rcloneLong(b: Bucket, args: string[], seconds: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('rclone', [...args, ...bounded(b.limits)], {
      env: rcloneEnv(),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let firstError = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      const line = stderr.split('\n').find((l) => / ERROR : /.test(l));
      if (line && !firstError) {
        firstError =
          `${line.replace(/^.* ERROR : /, '')} ${stderr.split('\n').find((l) => /caused by/.test(l)) ?? ''}`.trim();
        child.kill('SIGKILL');
      }
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), seconds * 1000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(failure(b.name, unreachable, e.message));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else if (firstError) reject(failure(b.name, unreachable, firstError));
      else if (signal) reject(failure(b.name, noAnswer(seconds)));
      else reject(failure(b.name, unreachable, rcloneProblem(stderr) || `exit ${code}`));
    });
  });
}

const statePath = (b: Bucket) => `${b.root}/deploy/state.json`;
const lockPath = (b: Bucket) => `${b.root}/deploy/lock.json`;

/** Read an object's text, or undefined where there is none. */
function readObject(b: Bucket, path: string): string | undefined {
  const dir = path.slice(0, path.lastIndexOf('/'));
  const name = path.slice(path.lastIndexOf('/') + 1);
  const listed = rclone(b, ['lsf', '--files-only', `--include=/${name}`, dir]).trim();
  return listed ? rclone(b, ['cat', path]) : undefined;
}

/** Write a small object (JSON) from text. */
function writeObject(b: Bucket, path: string, text: string) {
  rclone(b, ['rcat', '--header-upload=Cache-Control: no-store', path], text);
}

export function bucketState(b: Bucket): BucketState {
  const text = readObject(b, statePath(b));
  const state = text ? (JSON.parse(text) as BucketState) : undefined;
  return { releases: [], pending: [], ...state };
}

export function saveBucketState(b: Bucket, state: BucketState) {
  writeObject(b, statePath(b), JSON.stringify(state, null, 2));
}

/** A release's stamp (its build's commit, time and digest), if it has one. */
export function bucketStamp<T>(b: Bucket, release: string): T | undefined {
  const text = readObject(b, `${b.root}/releases/${release}/${stampName}`);
  return text ? (JSON.parse(text) as T) : undefined;
}

/**
 * One deploy at a time on a bucket. Object storage has no lock of its own (and rclone 1.60 no
 * conditional write), so this one is a lease: an object naming its holder and the time it ends,
 * renewed while the deploy runs; one that waits takes it over once the lease has run out (a deploy
 * killed with -9 leaves it behind for at most that long). After writing it, the deploy reads it
 * back and holds it only if it is still its own: two deploys starting in the same second both read
 * back, and the one whose write came last goes on. The pipeline runs one deploy job at a time
 * anyway (resource_group in .gitlab-ci.yml).
 */
export async function lockBucket(b: Bucket, waitSeconds: number) {
  const token = randomUUID();
  const lease = Math.max(60, b.limits.timeout * 4);
  const mine = () =>
    JSON.stringify({
      token,
      host: hostname(),
      pid: process.pid,
      since: new Date().toISOString(),
      until: Date.now() + lease * 1000,
    });
  const started = Date.now();
  let tookOver: string | undefined;
  for (;;) {
    const text = readObject(b, lockPath(b));
    const held = text
      ? (JSON.parse(text) as { token: string; host: string; pid: number; since: string; until: number })
      : undefined;
    if (!held || held.until < Date.now()) {
      if (held) tookOver = `since ${held.since} (${held.host}, pid ${held.pid})`;
      writeObject(b, lockPath(b), mine());
      const back = JSON.parse(readObject(b, lockPath(b)) ?? '{}') as { token?: string };
      if (back.token === token) break;
    } else if ((Date.now() - started) / 1000 > waitSeconds)
      throw failure(b.name, {
        mn: `өөр байршуулалт ажиллаж байна (${held.since}-с хойш, ${held.host}, pid ${held.pid}); ${waitSeconds} секунд хүлээв.`,
        en: `another deploy is running (since ${held.since}, ${held.host}, pid ${held.pid}); waited ${waitSeconds} s.`,
      });
    await new Promise((r) => setTimeout(r, 1000));
  }
  // Renewed in the background while the deploy runs.
  const renew = setInterval(
    () => {
      try {
        writeObject(b, lockPath(b), mine());
      } catch {}
    },
    (lease * 1000) / 3,
  );
  renew.unref();
  return {
    token,
    tookOver,
    check() {
      const back = JSON.parse(readObject(b, lockPath(b)) ?? '{}') as { token?: string };
      if (back.token !== token)
        throw failure(b.name, {
          mn: 'байршуулалтын түгжээ алдагдсан: өөр байршуулалт авсан байна.',
          en: 'this deploy lost its lock: another deploy took it.',
        });
    },
    release() {
      clearInterval(renew);
      try {
        const back = JSON.parse(readObject(b, lockPath(b)) ?? '{}') as { token?: string };
        if (back.token === token) rclone(b, ['deletefile', lockPath(b)]);
      } catch {}
    },
  };
}

/** Every file under a prefix with its MD5 (an object's ETag for a single-part upload). */
export function listFiles(b: Bucket, path: string): Map<string, string> {
  const out = rclone(
    b,
    ['lsjson', '-R', '--files-only', '--hash', '--hash-type=MD5', path],
    undefined,
    b.limits.timeout * 20,
  );
  const files = new Map<string, string>();
  for (const f of JSON.parse(out || '[]') as { Path: string; Hashes?: { md5?: string; MD5?: string } }[])
    files.set(f.Path, f.Hashes?.md5 ?? f.Hashes?.MD5 ?? '');
  return files;
}

// What goes to a bucket: everything the build wrote but its gzip copies (the CDN compresses on
// its own, see docs/deploy.md) and the files for other hosts.
const leftOut = ['*.gz', '/_headers', '/_redirects'];
const hashedFilter = [...hashedFolders.map((f) => `${f}**`), '/pagefind/pagefind.*.pf_meta'];

/** rclone filter flags: leave out `leftOut`, then keep (`+`) or leave (`-`) the hashed files. */
const filters = (hashed: boolean) => [
  ...leftOut.map((p) => `--filter=- ${p}`),
  ...hashedFilter.map((p) => `--filter=${hashed ? '+' : '-'} ${p}`),
  `--filter=${hashed ? '-' : '+'} **`,
];

/**
 * Upload a release whole to `releases/<id>/`: the hashed files with a year's immutable cache, the
 * others revalidated on every use (cacheControlFor in deploy/headers.ts, as nginx sends them), each
 * with its Content-Type (charset for text) as rclone names it by extension. A file unchanged since
 * `from` (the live release) is copied inside the bucket, not uploaded again.
 */
export async function uploadToBucket(dist: string, b: Bucket, id: string, from: string | undefined) {
  for (const hashed of [true, false]) {
    const cache = cacheControlFor(hashed ? `${hashedFolders[0]}x` : '/index.html');
    await rcloneLong(
      b,
      [
        'copy',
        dist,
        `${b.root}/releases/${id}`,
        '--checksum',
        '--transfers=8',
        `--header-upload=Cache-Control: ${cache}`,
        ...(from ? [`--copy-dest=${b.root}/releases/${from}`] : []),
        ...filters(hashed),
      ],
      b.limits.uploadTimeout,
    );
  }
}

/** Page files: what a reader opens (HTML), and the feeds and lists that name pages. */
const isPage = (file: string) => /\.(html|xml|txt)$/.test(file);
const isHashed = (file: string) =>
  hashedFolders.some((f) => `/${file}`.startsWith(f)) ||
  /^pagefind\/pagefind\.[a-z0-9_-]+\.pf_meta$/.test(file);

export interface SwitchPlan {
  /** Files of the release that live/ lacks or has otherwise, in the order they are copied. */
  copy: string[][];
  /** Pages live/ has and the release does not: removed as soon as the new pages are in. */
  removePages: string[];
  /** Files left from the switch before (a release dropped them) and not in this release. */
  removeLater: string[];
  /** Other files this release drops: left for pages still open, removed at the next switch. */
  pending: string[];
}

/**
 * How live/ becomes `release` (pure: tested with plain maps): hashed files and the search index
 * first, then the other files, then the pages, so a page never names a file that is not there yet.
 */
export function planSwitch(
  release: Map<string, string>,
  live: Map<string, string>,
  pending: string[],
): SwitchPlan {
  const shipped = [...release.keys()].filter((f) => f !== stampName && release.get(f) !== live.get(f));
  const dropped = [...live.keys()].filter((f) => !release.has(f));
  return {
    copy: [
      shipped.filter(isHashed),
      shipped.filter((f) => !isHashed(f) && !isPage(f)),
      shipped.filter((f) => !isHashed(f) && isPage(f)),
    ],
    removePages: dropped.filter(isPage),
    removeLater: pending.filter((f) => !release.has(f) && live.has(f)),
    pending: dropped.filter((f) => !isPage(f)),
  };
}

/** Run rclone with a list of files (one a line) given as a file. */
async function withList(b: Bucket, files: string[], args: (listFile: string) => string[], seconds: number) {
  if (!files.length) return;
  const dir = mkdtempSync(join(tmpdir(), 'masm-bucket-'));
  try {
    const list = join(dir, 'files');
    writeFileSync(list, files.join('\n') + '\n');
    await rcloneLong(b, args(list), seconds);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Make `release` live: copy inside the bucket in the plan's order, remove the pages it dropped and
 * what the switch before left, then record it (the state is written last: a switch cut short is
 * done again by the next deploy). Returns the paths whose content changed, for the CDN's purge.
 */
export async function switchBucket(
  b: Bucket,
  release: string,
  state: BucketState,
  mark: Partial<BucketState> = {},
): Promise<string[]> {
  const files = listFiles(b, `${b.root}/releases/${release}`);
  const live = listFiles(b, `${b.root}/live`);
  const plan = planSwitch(files, live, state.pending);
  for (const group of plan.copy)
    await withList(
      b,
      group,
      (list) => [
        'copy',
        `${b.root}/releases/${release}`,
        `${b.root}/live`,
        `--files-from-raw=${list}`,
        '--transfers=8',
        '--no-traverse',
      ],
      b.limits.uploadTimeout,
    );
  const removed = [...plan.removePages, ...plan.removeLater];
  await withList(
    b,
    removed,
    (list) => ['delete', `${b.root}/live`, `--files-from-raw=${list}`],
    b.limits.uploadTimeout,
  );
  saveBucketState(b, {
    ...state,
    previous: state.current !== release ? state.current : state.previous,
    current: release,
    pending: plan.pending,
    ...mark,
  });
  return [...plan.copy.flat().filter((f) => !isHashed(f)), ...removed];
}

/** Remove a release's files (an upload that did not finish, or one pruned). */
export async function removeBucketRelease(b: Bucket, id: string) {
  await rcloneLong(b, ['purge', `${b.root}/releases/${id}`], b.limits.uploadTimeout).catch((e) => {
    // Nothing there is nothing to remove.
    if (!(e instanceof ReleaseError && /not found|directory not found/i.test(e.found ?? ''))) throw e;
  });
}

/** Release folders in the bucket that the state does not list: uploads cut short, to remove. */
export function leftoverReleases(b: Bucket, state: BucketState): string[] {
  const dirs = rclone(b, ['lsf', '--dirs-only', `${b.root}/releases`])
    .split('\n')
    .map((d) => d.replace(/\/$/, ''))
    .filter(Boolean);
  return dirs.filter((d) => !state.releases.includes(d));
}

/** Keep the newest `keep` releases and those live or before; remove the rest. */
export async function pruneBucket(b: Bucket, keep: number): Promise<string[]> {
  const state = bucketState(b);
  const kept = new Set([...state.releases.slice(-keep), state.current, state.previous, state.pin?.release]);
  const gone = state.releases.filter((r) => !kept.has(r));
  for (const id of gone) await removeBucketRelease(b, id);
  if (gone.length)
    saveBucketState(b, { ...bucketState(b), releases: state.releases.filter((r) => !gone.includes(r)) });
  return gone;
}

/**
 * The CDN's purge: DEPLOY_PURGE_CMD (run with sh) receives the changed paths on its input, one an
 * address a line (`/news/x/` and `/news/x/index.html` for a page), after a switch.
 */
export function purgeCdn(b: Bucket, changed: string[]): string | undefined {
  const command = process.env.DEPLOY_PURGE_CMD;
  if (!command || !changed.length) return undefined;
  const paths = [
    ...new Set(
      changed.flatMap((f) =>
        f.endsWith('index.html') ? [`/${f.slice(0, -'index.html'.length)}`, `/${f}`] : [`/${f}`],
      ),
    ),
  ].sort();
  const run = spawnSync('sh', ['-c', command], {
    input: paths.join('\n') + '\n',
    encoding: 'utf8',
    timeout: b.limits.timeout * 4 * 1000,
  });
  if (run.status !== 0)
    throw failure(
      b.name,
      {
        mn: 'CDN-ийн кэш цэвэрлэх тушаал (DEPLOY_PURGE_CMD) амжилтгүй; шинэ хувилбар нийтлэгдсэн, кэш хугацаа дуусахад шинэчлэгдэнэ.',
        en: 'the CDN purge command (DEPLOY_PURGE_CMD) failed; the new release is live and the CDN catches up as its cache expires.',
      },
      lastLine(run.stderr) || `exit ${run.status ?? run.signal}`,
    );
  return `${paths.length}`;
}
