import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedBuild, releaseCommand, releaseDir, releaseState, startSshd } from '../helpers/deploy';
import { realDist } from '../helpers/dist';

// npm run deploy to user@host:/path: over ssh and rsync, to an sshd this test starts on 127.0.0.1,
// two servers behind one name at once.

let sshd: Awaited<ReturnType<typeof startSshd>>;
const dirs = [releaseDir(), releaseDir()];
beforeAll(async () => {
  sshd = await startSshd();
});
afterAll(() => {
  sshd?.stop();
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});
const targets = () => dirs.flatMap((d) => ['--target', `${sshd.host}:${d}`]);

// Each case takes about 10 s alone; beside the rest of the suite on two busy cores, up to a minute.
describe('a deploy over ssh', { timeout: 180_000 }, () => {
  // Another build than the live one (the same build again makes no release).
  const other = changedBuild(realDist);
  afterAll(other.cleanup);

  it('uploads to every server and makes the same release live on all', async () => {
    const run = await releaseCommand('deploy', [...targets(), '--ssh', sshd.ssh]);
    expect(run.status, run.output).toBe(0);
    const [a, b] = dirs.map(releaseState);
    expect(a.current).toBeDefined();
    expect(b.current).toBe(a.current);
    for (const d of dirs)
      expect(readFileSync(join(d, 'current', 'index.html'), 'utf8')).toBe(
        readFileSync(join(realDist, 'index.html'), 'utf8'),
      );
    expect(run.output.match(/ is live/g)).toHaveLength(2);
  });

  it('switches none when one upload fails, and each server keeps its live release', async () => {
    const live = dirs.map((d) => releaseState(d).current);
    const pauseFile = join(dirs[0], 'paused');
    writeFileSync(pauseFile, '');
    const run = releaseCommand('deploy', [...targets(), '--ssh', sshd.ssh, '--dist', other.dir], {
      env: { DEPLOY_PAUSE_AT: 'upload', DEPLOY_PAUSE_FILE: pauseFile },
      onStderr: (output) => {
        if (!output.includes('paused before upload') || !existsSync(pauseFile)) return;
        // The second server's release folder becomes a file: its upload cannot be written.
        rmSync(join(dirs[1], 'releases'), { recursive: true, force: true });
        writeFileSync(join(dirs[1], 'releases'), 'not a folder');
        rmSync(pauseFile);
      },
    });
    const result = await run;
    expect(result.status).toBe(1);
    expect(result.output).toContain('The site is unchanged: no server was switched');
    expect(releaseState(dirs[0]).current).toBe(live[0]);
    expect(existsSync(join(dirs[0], 'current', 'index.html'))).toBe(true);
  });

  it('rolls back over ssh', async () => {
    rmSync(join(dirs[1], 'releases'), { force: true });
    const one = ['--target', `${sshd.host}:${dirs[0]}`, '--ssh', sshd.ssh];
    const first = releaseState(dirs[0]).current;
    expect((await releaseCommand('deploy', [...one, '--dist', other.dir])).status).toBe(0);
    const run = await releaseCommand('rollback', one);
    expect(run.status, run.output).toBe(0);
    expect(releaseState(dirs[0]).current).toBe(first);
  });
});
