import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { failure, noAnswer, quote, type Target } from './target';

// One deploy (or rollback) at a time on each target. The lock is flock(1) on <dir>/.deploy.lock,
// held by a small shell on the target for as long as the deploy keeps its standard input open:
// when the deploy ends in any way (done, failed, killed with -9, its connection lost), that input
// closes, the shell ends and the kernel frees the lock. So a lock is never left behind by a
// deploy that is gone; <dir>/.deploy-owner says who holds it, for the message of one that waits.

export interface Lock {
  /** Who took it: for the target's own checks. */
  token: string;
  /** A deploy that stopped without letting go, whose place this one took (its owner file), if any. */
  tookOver?: string;
  /** Fails when this deploy no longer holds the lock (its holder on the target ended). */
  check(): void;
  release(): void;
}

const ownerFile = '.deploy-owner';

/** Owner lines (`since=…`, `host=…`, `pid=…`) as "since … (host, pid …)", in either language. */
function describe(owner: string, lang: 'mn' | 'en' = 'en'): string {
  const field = (k: string) => new RegExp(`^${k}=(.*)$`, 'm').exec(owner)?.[1] ?? '?';
  const who = `(${field('host')}, pid ${field('pid')})`;
  return lang === 'mn' ? `${field('since')}-с хойш ${who}` : `since ${field('since')} ${who}`;
}

/** Take the lock on a target, waiting at most `waitSeconds` for a deploy that holds it. */
export function lock(t: Target, waitSeconds: number): Promise<Lock> {
  const token = randomUUID();
  const owner = [
    `since=${new Date().toISOString()}`,
    `host=${hostname()}`,
    `pid=${process.pid}`,
    `token=${token}`,
  ].join('\n');
  // The holder: mkdir (a first deploy makes the folder), take the lock, write who holds it, say so,
  // then wait for its input to close; remove the owner file while still holding the lock.
  const script = [
    `mkdir -p ${quote(t.dir)} && cd ${quote(t.dir)} || exit 71`,
    'exec 9>>.deploy.lock || exit 71',
    `if ! flock -w ${waitSeconds} 9; then echo BUSY; cat ${ownerFile} 2>/dev/null; exit 75; fi`,
    `if [ -s ${ownerFile} ]; then echo STALE; cat ${ownerFile}; echo END; fi`,
    `printf '%s\\nholder=%s\\n' ${quote(owner)} $$ > ${ownerFile}.new && mv ${ownerFile}.new ${ownerFile} || exit 71`,
    'echo LOCKED',
    'cat > /dev/null',
    `rm -f ${ownerFile}`,
  ].join('\n');
  const child = t.spawn(script);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(
      () => {
        child.kill('SIGKILL');
        reject(failure(t.name, noAnswer(waitSeconds + t.limits.timeout * 2)));
      },
      (waitSeconds + t.limits.timeout * 2) * 1000,
    );
    child.stderr!.on('data', (d: Buffer) => (err += d));
    child.stdout!.on('data', (d: Buffer) => {
      out += d;
      if (!/^LOCKED$/m.test(out)) return;
      clearTimeout(timer);
      const stale = /^STALE\n([\s\S]*?)\nEND$/m.exec(out)?.[1];
      resolve({
        token,
        tookOver: stale ? describe(stale) : undefined,
        check() {
          const alive = t.sh(
            `grep -qx ${quote(`token=${token}`)} ${ownerFile} && kill -0 "$(sed -n 's/^holder=//p' ${ownerFile})" && echo held || echo lost`,
          );
          if (alive.trim() !== 'held')
            throw failure(t.name, {
              mn: 'Энэ байршуулалт түгжээгээ алдлаа (холболт тасарсан): өөр юу ч өөрчлөөгүй.',
              en: 'This deploy lost its lock (its connection ended); nothing more was changed.',
            });
        },
        release() {
          child.stdin!.end();
        },
      });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (/^LOCKED$/m.test(out)) return;
      if (code === 75)
        reject(
          failure(t.name, {
            mn: `Өөр байршуулалт ${describe(out.replace(/^BUSY\n/, ''), 'mn')} ажиллаж байна; ${waitSeconds} секунд хүлээлээ. Дууссаны дараа дахин оролдоно уу.`,
            en: `another deploy has been running ${describe(out.replace(/^BUSY\n/, ''))}; waited ${waitSeconds} s. Try again when it has finished.`,
          }),
        );
      else
        reject(
          failure(
            t.name,
            { mn: 'Байршуулалтын түгжээг авч чадсангүй.', en: 'Could not take the deploy lock.' },
            err.trim().split('\n').at(-1) || `exit ${code}`,
          ),
        );
    });
  });
}
