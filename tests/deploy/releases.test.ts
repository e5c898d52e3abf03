import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentTree, fixtureProject } from '../helpers/content-fixture';
import { changedBuild, releaseCommand, releaseDir, releaseState, restamp } from '../helpers/deploy';
import { fixtureDist, htmlPages, realDist } from '../helpers/dist';

// npm run deploy / rollback on a folder of this machine: releases, the switch, refusals, and a
// deploy killed at each step. (tests/deploy/releases-ssh.test.ts: the same over ssh;
// zero-downtime.test.ts: under load behind nginx.)

const idPattern = /^\d{8}T\d{9}Z-([0-9a-f]{8}|nocommit)$/;
const cleanup: string[] = [];
afterAll(() => cleanup.forEach((d) => rmSync(d, { recursive: true, force: true })));
const newTarget = () => {
  const dir = releaseDir();
  cleanup.push(dir);
  return dir;
};
const deploy = (target: string, ...args: string[]) => releaseCommand('deploy', ['--target', target, ...args]);

describe('a release', () => {
  const target = newTarget();
  const pages = htmlPages(realDist).filter((p) => !p.endsWith('.html')).length;

  it('publishes dist/ as a release and makes it live in one step, naming the pages it adds', async () => {
    const run = await deploy(target);
    expect(run.status, run.output).toBe(0);
    const state = releaseState(target);
    expect(state.all).toHaveLength(1);
    expect(state.current).toMatch(idPattern);
    expect(state.current).toBe(state.all[0]);
    expect(readFileSync(join(target, 'current', 'index.html'), 'utf8')).toBe(
      readFileSync(join(realDist, 'index.html'), 'utf8'),
    );
    expect(run.output).toMatch(new RegExp(`pages added ${pages + 2}: `)); // the two 404 pages too
  });

  // Another build: the same pages, one of them changed.
  const other = changedBuild(realDist);
  const changed = other.dir;
  afterAll(other.cleanup);

  it('publishes another build, the one before kept as previous; the same build again changes nothing', async () => {
    const before = releaseState(target).current;
    const run = await deploy(target, '--dist', changed);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toMatch(/pages changed 1: \/ ?$/m);
    const state = releaseState(target);
    expect(state.previous).toBe(before);
    expect(state.current).not.toBe(before);
    expect(state.all).toEqual([before, state.current]);
    const again = await deploy(target, '--dist', changed);
    expect(again.status, again.output).toBe(0);
    expect(again.output).toContain('is already live with this build; nothing to publish');
    expect(releaseState(target)).toEqual(state);
  });

  it('rolls back to the release before in one step, and pins it', async () => {
    const [first] = releaseState(target).all;
    const run = await releaseCommand('rollback', ['--target', target]);
    expect(run.status, run.output).toBe(0);
    // Nothing is older: a further rollback has nowhere to go.
    expect(releaseState(target)).toMatchObject({ current: first, previous: undefined });
    expect(JSON.parse(readFileSync(join(target, 'pinned'), 'utf8'))).toMatchObject({ release: first });
    // A deploy of the commit the rollback left is refused while the pin holds; --unpin ends it.
    const refused = await deploy(target, '--dist', changed);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('a rollback left the release of this commit');
    expect(releaseState(target).current).toBe(first);
    const unpin = await releaseCommand('rollback', ['--target', target, '--unpin']);
    expect(unpin.status, unpin.output).toBe(0);
    expect(existsSync(join(target, 'pinned'))).toBe(false);
  });

  it('keeps the last five releases, with the live one', async () => {
    // Each build differs from the live one (the same build again makes no release).
    for (let i = 0; i < 5; i++)
      expect((await deploy(target, '--dist', i % 2 ? realDist : changed)).status).toBe(0);
    const state = releaseState(target);
    expect(state.all).toHaveLength(5);
    expect(state.current).toBe(state.all.at(-1));
    expect(state.previous).toBe(state.all.at(-2));
  });

  it('has nothing left to roll back to from the oldest release', async () => {
    const fresh = newTarget();
    expect((await deploy(fresh)).status).toBe(0);
    const run = await releaseCommand('rollback', ['--target', fresh]);
    expect(run.status).toBe(1);
    expect(run.output).toContain('no release before');
  });
});

describe('a deploy that would make the site worse', () => {
  const copyOfDist = (change: (dir: string) => void) => {
    const dir = mkdtempSync(join(tmpdir(), 'masm-dist-'));
    cleanup.push(dir);
    cpSync(realDist, dir, { recursive: true });
    change(dir);
    return dir;
  };

  it('is refused for a dist/ that is not a complete build (no stamp)', async () => {
    const target = newTarget();
    const run = await deploy(
      target,
      '--dist',
      copyOfDist((d) => rmSync(join(d, '.release.json'))),
    );
    expect(run.status).toBe(1);
    expect(run.output).toContain('not a complete build');
    expect(releaseState(target).all).toEqual([]);
  });

  it('is refused for a dist/ built from another tree', async () => {
    const target = newTarget();
    const dist = copyOfDist((d) => {
      const stamp = JSON.parse(readFileSync(join(d, '.release.json'), 'utf8'));
      writeFileSync(join(d, '.release.json'), JSON.stringify({ ...stamp, fingerprint: 'other' }));
    });
    const run = await deploy(target, '--dist', dist);
    expect(run.status).toBe(1);
    expect(run.output).toContain('not the build of this tree');
    expect(releaseState(target).all).toEqual([]);
  });

  it('is refused when it would remove more than a tenth of the live pages, unless allowed', async () => {
    const target = newTarget();
    expect((await deploy(target)).status).toBe(0);
    const live = releaseState(target).current;
    const dist = copyOfDist((d) => {
      for (const name of readdirSync(join(d, 'regulations')))
        rmSync(join(d, 'regulations', name), { recursive: true });
      for (const name of readdirSync(join(d, 'en', 'regulations')))
        rmSync(join(d, 'en', 'regulations', name), { recursive: true });
      restamp(d);
    });
    const refused = await deploy(target, '--dist', dist);
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/would remove \d+ of the \d+ live pages/);
    expect(releaseState(target)).toMatchObject({ current: live, all: [live] });
    const allowed = await deploy(target, '--dist', dist, '--allow-shrink');
    expect(allowed.status, allowed.output).toBe(0);
    expect(allowed.output).toMatch(/pages removed \d+: \/en\/regulations\//);
  });

  it('is refused after a build that failed: the dist/ left is not the tree any more', async () => {
    const target = newTarget();
    const good = contentTree();
    const broken = contentTree({ 'news/en/conf.md': ['pubDate: 2020-01-24', 'pubDate: 2020-02-31'] });
    const project = fixtureProject();
    cleanup.push(project.dist, join(project.dist, '..'));
    expect((await project.build(good.root)).status).toBe(0);
    const first = await releaseCommand('deploy', ['--target', target], { cwd: join(project.dist, '..') });
    expect(first.status, first.output).toBe(0);
    expect((await project.build(broken.root)).status).not.toBe(0);
    const second = await releaseCommand('deploy', ['--target', target], { cwd: join(project.dist, '..') });
    expect(second.status).toBe(1);
    expect(second.output).toContain('not the build of this tree');
    expect(releaseState(target).all).toHaveLength(1);
    good.cleanup();
    broken.cleanup();
  });
});

describe('a deploy killed with kill -9', () => {
  /** A target whose live release is the fixture site (so the real site's upload copies most files). */
  const liveTarget = () => {
    const target = newTarget();
    cpSync(fixtureDist, join(target, 'releases', '20200101T000000000Z-00000000'), { recursive: true });
    symlinkSync('releases/20200101T000000000Z-00000000', join(target, 'current'));
    return target;
  };
  const killed = (
    target: string,
    args: string[],
    env: Record<string, string>,
    when: (output: string) => boolean,
  ) =>
    releaseCommand('deploy', ['--target', target, ...args], {
      env,
      onStderr: (output, kill) => {
        if (when(output)) kill();
      },
    });

  it.each([
    ['before the upload', 'upload'],
    ['between the two links of the switch', 'switch'],
  ])('%s leaves the site serving the release before, and the next deploy succeeds', async (_, step) => {
    const target = liveTarget();
    // --allow-shrink: the live release here is the fixture site, which has more pages.
    const run = await killed(target, ['--allow-shrink'], { DEPLOY_PAUSE_AT: step }, (o) =>
      o.includes(`paused before ${step}`),
    );
    expect(run.signal, run.output).toBe('SIGKILL');
    expect(releaseState(target).current).toBe('20200101T000000000Z-00000000');
    expect(existsSync(join(target, 'current', 'index.html'))).toBe(true);
    const next = await deploy(target, '--allow-shrink');
    expect(next.status, next.output).toBe(0);
    expect(releaseState(target).current).not.toBe('20200101T000000000Z-00000000');
    expect(releaseState(target).all.filter((r) => r.endsWith('.partial'))).toEqual([]);
  });

  it('during the upload leaves the site serving the release before, and the next deploy succeeds', async () => {
    const target = liveTarget();
    // A slow upload (100 KB/s), killed as soon as it has begun.
    const run = releaseCommand('deploy', ['--target', target, '--bwlimit', '100', '--allow-shrink']);
    const partial = () => releaseState(target).all.some((r) => r.endsWith('.partial'));
    const deadline = Date.now() + 20_000;
    while (!partial() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(partial()).toBe(true);
    // The deploy and its rsync, both of which name the target.
    spawnSync('pkill', ['-9', '-f', target]);
    await run;
    expect(releaseState(target).current).toBe('20200101T000000000Z-00000000');
    const next = await deploy(target, '--allow-shrink');
    expect(next.status, next.output).toBe(0);
    expect(releaseState(target).all.filter((r) => r.endsWith('.partial'))).toEqual([]);
  });
});
