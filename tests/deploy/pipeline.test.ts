import { execFile, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/astro';
import { miniContent } from '../helpers/content-fixture';
import { releaseCommand, releaseDir, releaseState } from '../helpers/deploy';
import { projectCopy } from '../helpers/fixture-site';

// .gitlab-ci.yml run by gitlab-ci-local in its shell mode, in a copy of the project made a git
// repository of its own, with a small content tree: which jobs a merge request, the default
// branch and the schedule get, and the schedule's job publishing only what has become due.

const gcl = join(projectRoot, 'node_modules/gitlab-ci-local/dist/index.js');
const project = projectCopy();
const content = join(project, 'mini-content');
const target = releaseDir();
const git = (...args: string[]) =>
  spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], {
    cwd: project,
    encoding: 'utf8',
  });

/** gitlab-ci-local with predefined variables set as GitLab sets them for the pipeline's source. */
function pipeline(args: string[], variables: Record<string, string>, unset: string[] = []) {
  const own = [...Object.keys(variables), ...unset];
  return promisify(execFile)(
    process.execPath,
    [
      gcl,
      ...args,
      '--force-shell-executor',
      '--ignore-predefined-vars',
      own.join(','),
      ...Object.entries(variables).flatMap(([k, v]) => ['--variable', `${k}=${v}`]),
      ...unset.flatMap((k) => ['--unset-variable', k]),
    ],
    { cwd: project, timeout: 240_000, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
  ).then(
    (r) => ({ ok: true, output: r.stdout + r.stderr }),
    (e: { stdout?: string; stderr?: string }) => ({ ok: false, output: `${e.stdout}${e.stderr}` }),
  );
}

const jobs = async (variables: Record<string, string>, unset: string[] = []) => {
  const { output } = await pipeline(['--list-csv'], variables, unset);
  return output
    .split('\n')
    .filter((l) => /^[a-z-]+;/.test(l) && !l.startsWith('name;'))
    .map((l) => l.split(';')[0]);
};

beforeAll(() => {
  cpSync(miniContent, content, { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'site');
}, 60_000);
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  rmSync(target, { recursive: true, force: true });
});

const schedule = (now: string) => ({
  CI_PIPELINE_SOURCE: 'schedule',
  DEPLOY_TARGETS: target,
  DEPLOY_SSH_KEY: '/dev/null',
  CONTENT_ROOT: content,
  SITE_NOW: now,
  // Its own cache: Astro's default (node_modules/.astro) is shared with every copy of the project
  // through the linked node_modules/, and names files of other copies.
  ASTRO_CACHE_DIR: join(project, '.astro-cache'),
});
/** The live release as a deploy leaves it: its stamp names the commit and the instant it was built for. */
const liveStamp = (commit: string, builtFor: string) => {
  mkdirSync(join(target, 'releases', 'live'), { recursive: true });
  writeFileSync(join(target, 'releases', 'live', '.release.json'), JSON.stringify({ commit, builtFor }));
  rmSync(join(target, 'current'), { force: true });
  spawnSync('ln', ['-s', 'releases/live', join(target, 'current')]);
};
const head = () => git('rev-parse', 'HEAD').stdout.trim();

describe('the pipeline file', () => {
  it('gives a merge request the content check, the build and the fast tests, and no deploy', async () => {
    expect(await jobs({ CI_PIPELINE_SOURCE: 'merge_request_event' }, ['CI_COMMIT_BRANCH'])).toEqual([
      'check-content',
      'build',
      'fast-tests',
    ]);
  });

  it('gives the default branch the same and then the deploy', async () => {
    expect(
      await jobs({ CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main', CI_DEFAULT_BRANCH: 'main' }),
    ).toEqual(['check-content', 'build', 'fast-tests', 'deploy']);
  });

  it('gives the schedule its three jobs: due (credentials), build (none), deploy (credentials)', async () => {
    expect(await jobs({ CI_PIPELINE_SOURCE: 'schedule' })).toEqual([
      'scheduled-due',
      'scheduled-build',
      'scheduled-deploy',
    ]);
  });

  it('ends the scheduled job in seconds when nothing has become due', async () => {
    liveStamp(head(), '2026-06-01T00:00:00Z');
    const started = Date.now();
    const run = await pipeline(['scheduled-deploy', '--needs'], schedule('2026-06-02T00:00:00Z'));
    expect(run.ok, run.output).toBe(true);
    expect(run.output).toContain('nothing to publish');
    expect(run.output).toContain('nothing to build');
    expect(run.output).toContain('nothing to deploy');
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(releaseState(target).current).toBe('live');
  });

  it('builds and deploys in the scheduled job once an item has become due (00:00 in Ulaanbaatar on its date)', async () => {
    writeFileSync(
      join(content, 'news', 'mn', 'due-item.md'),
      '---\ntitle: Товлосон\ndescription: Товлосон мэдээ.\npubDate: 2026-06-10\n---\n\nТекст.\n',
    );
    git('add', '-A');
    git('commit', '-q', '-m', 'a scheduled item');
    liveStamp(head(), '2026-06-09T12:00:00Z');
    // 16:00 UTC on 9 June is 00:00 on 10 June in Ulaanbaatar: due a second after, not a second before.
    const before = await releaseCommand('due', ['--target', target], {
      cwd: project,
      env: { CONTENT_ROOT: content, SITE_NOW: '2026-06-09T15:59:59Z' },
    });
    expect(before.status, before.output).toBe(1);
    const run = await pipeline(['scheduled-deploy', '--needs'], schedule('2026-06-09T16:00:01Z'));
    expect(run.ok, run.output).toBe(true);
    expect(run.output).toContain('1 scheduled item became due');
    const state = releaseState(target);
    expect(state.current).not.toBe('live');
    expect(existsSync(join(target, 'current', 'news', 'due-item', 'index.html'))).toBe(true);
  }, 240_000);

  it('sees that the branch moved since the live release', async () => {
    liveStamp('0000000000000000000000000000000000000000', '2026-06-09T12:00:00Z');
    const run = await releaseCommand('due', ['--target', target], {
      cwd: project,
      env: { CONTENT_ROOT: content },
    });
    expect(run.status).toBe(0);
    expect(run.output).toContain('the branch moved');
  });
});
