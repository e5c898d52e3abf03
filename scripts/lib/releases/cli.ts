import { existsSync, writeSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { bucketTarget, isBucketSpec, lockBucket, type Bucket } from './bucket';
import { lock, type Lock } from './lock';
import { defaultLimits, failure, ReleaseError, say, target, type Target } from './target';

// What npm run deploy, rollback and due share: the targets (--target, or DEPLOY_TARGETS as the
// pipeline sets it), ssh and the time limits, the locks, and failures told in one line a server.

const common = {
  target: { type: 'string', multiple: true },
  ssh: { type: 'string', default: process.env.DEPLOY_SSH ?? 'ssh' },
  // Seconds to wait for another deploy to finish on a target.
  'lock-wait': { type: 'string', default: '300' },
  // Seconds to connect, or of silence from a server, before giving up.
  timeout: { type: 'string', default: String(defaultLimits.timeout) },
  // Seconds an upload may take in all.
  'upload-timeout': { type: 'string', default: String(defaultLimits.uploadTimeout) },
} as const satisfies ParseArgsConfig['options'];

interface Context {
  values: Record<string, string | boolean | string[] | undefined>;
  /** The hosts and folders (`user@host:/path`, `/path`). */
  targets: Target[];
  /** The object-storage targets (`s3:<bucket>/<prefix>`). */
  buckets: Bucket[];
  /** Take every target's lock, in one order (two deploys never hold one each and wait for the other). */
  lockAll(): Promise<Lock[]>;
  /** A bucket's lock, once lockAll has taken it. */
  bucketLock(b: Bucket): Lock;
}

/**
 * The tests stop a command at a step (DEPLOY_PAUSE_AT=upload|switch) to kill it there, or to change
 * a target before it goes on (it waits while the file DEPLOY_PAUSE_FILE exists).
 */
export function pause(step: string) {
  if (process.env.DEPLOY_PAUSE_AT !== step) return;
  // Written at once (a pipe is otherwise written later, and the wait below never ends).
  writeSync(2, `paused before ${step}\n`);
  const file = process.env.DEPLOY_PAUSE_FILE;
  const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  if (!file) sleep(Infinity);
  while (existsSync(file!)) sleep(50);
}

const seconds = (value: unknown, name: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0)
    throw failure(undefined, {
      mn: `--${name}-д секундын тоо өгнө, "${value}" биш.`,
      en: `--${name} takes a number of seconds, not "${value}".`,
    });
  return n;
};

/** Run a release command: parse, lock on demand, run, and end with a true exit code and no stack trace. */
export async function releaseCli(
  options: ParseArgsConfig['options'],
  run: (context: Context) => Promise<void> | void,
  { failure: failureExit = 1 }: { failure?: number } = {},
) {
  const held: Lock[] = [];
  const bucketLocks = new Map<Bucket, Lock>();
  try {
    let parsed;
    try {
      parsed = parseArgs({ options: { ...common, ...options } });
    } catch (e) {
      throw failure(
        undefined,
        {
          mn: 'Тушаалын сонголт буруу (docs/deploy.md-д бүгдийг жагсаасан).',
          en: 'An option is wrong (docs/deploy.md lists them).',
        },
        (e as Error).message.split('\n')[0],
      );
    }
    const values = parsed.values as Context['values'];
    const specs = (values.target as string[] | undefined)?.length
      ? (values.target as string[])
      : (process.env.DEPLOY_TARGETS?.split(/\s+/).filter(Boolean) ?? []);
    if (!specs.length)
      throw failure(undefined, {
        mn: 'Хаана нийтлэхийг заана уу: --target <хавтас> эсвэл --target user@host:/зам (хэд хэдэн байж болно).',
        en: 'Name where to publish: --target <dir> or --target user@host:/path (several allowed).',
      });
    const limits = {
      timeout: seconds(values.timeout, 'timeout'),
      uploadTimeout: seconds(values['upload-timeout'], 'upload-timeout'),
    };
    const targets = specs
      .filter((s) => !isBucketSpec(s))
      .map((spec) => target(spec, String(values.ssh), limits));
    const buckets = specs.filter(isBucketSpec).map((spec) => bucketTarget(spec, limits));
    const wait = seconds(values['lock-wait'], 'lock-wait');
    await run({
      values,
      targets,
      buckets,
      async lockAll() {
        const order = [...targets].sort((a, b) => a.name.localeCompare(b.name));
        const byTarget = new Map<Target, Lock>();
        for (const t of order) {
          const l = await lock(t, wait);
          held.push(l);
          byTarget.set(t, l);
          if (l.tookOver)
            console.log(
              `  ${say(t.name, { mn: 'зогссон байршуулалтын түгжээг авлаа.', en: 'took over the lock of a deploy that stopped.' }, l.tookOver)}`,
            );
        }
        for (const b of [...buckets].sort((x, y) => x.name.localeCompare(y.name))) {
          const l = await lockBucket(b, wait);
          held.push(l);
          if (l.tookOver)
            console.log(
              `  ${say(b.name, { mn: 'зогссон байршуулалтын түгжээг авлаа.', en: 'took over the lock of a deploy that stopped.' }, l.tookOver)}`,
            );
          bucketLocks.set(b, l);
        }
        return targets.map((t) => byTarget.get(t)!);
      },
      bucketLock: (b) => bucketLocks.get(b)!,
    });
    held.forEach((l) => l.release());
    process.exit(0);
  } catch (e) {
    held.forEach((l) => l.release());
    const lines =
      e instanceof ReleaseError
        ? e.lines
        : [
            say(
              undefined,
              { mn: 'Гэнэтийн алдаа.', en: 'Unexpected failure.' },
              String((e as Error)?.message ?? e).split('\n')[0],
            ),
          ];
    for (const line of lines) console.error(`✗ ${line}`);
    process.exit(failureExit);
  }
}
