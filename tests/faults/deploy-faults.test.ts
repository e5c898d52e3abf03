import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startNginx, type Nginx } from '../../scripts/lib/nginx';
import { projectRoot } from '../helpers/astro';
import { releaseDir, releaseState, startSshd } from '../helpers/deploy';
import { htmlPages } from '../helpers/dist';
import { buildProjects, head, projects, run, traceIn, type ProjectName } from './projects';

// The deploy fault suite: what an administrator meets when things go wrong, one case a fault;
// `npm run test:faults` (CI runs it). Each case asserts what
// the target and nginx serve afterwards, not only the exit code, and that no output carries a stack
// trace. Needs root (chattr, tmpfs), as CI has here.

const asRoot = process.getuid?.() === 0;
const cleanup: (() => void)[] = [];
let nginx: Nginx | undefined;
beforeAll(buildProjects, 600_000);
afterEach(async () => {
  await nginx?.stop();
  nginx = undefined;
});
afterAll(() => cleanup.reverse().forEach((f) => f()));

const newTarget = () => {
  const dir = releaseDir();
  cleanup.push(() => {
    spawnSync('chattr', ['-R', '-i', dir]);
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
};
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};
const dist = (name: ProjectName) => join(projects[name], 'dist');
const deploy = (name: ProjectName, target: string | string[], ...args: string[]) =>
  run(name, 'deploy', [...[target].flat().flatMap((t) => ['--target', t]), ...args]);
const partials = (target: string) =>
  existsSync(join(target, 'releases'))
    ? readdirSync(join(target, 'releases')).filter((r) => r.includes('partial'))
    : [];
const releases = (target: string) => releaseState(target).all.filter((r) => !r.includes('partial'));
const live = (target: string) => releaseState(target).current;
const noTrace = (output: string) => expect(traceIn(output), output).toBeUndefined();
/**
 * A failure is told as the content messages are: each line Mongolian, then " / ", then English;
 * each server named (at the start) in exactly one line.
 */
const toldPerServer = (output: string, servers: string[] = []) => {
  const lines = output.split('\n').filter((l) => l.startsWith('✗ '));
  expect(lines.length, output).toBeGreaterThan(0);
  for (const l of lines) expect(l, output).toMatch(/[А-ЯЁӨҮа-яёөү][^/]* \/ .*[A-Za-z]/);
  for (const s of servers)
    expect(
      lines.filter((l) => l.startsWith(`✗ ${s}: `)),
      output,
    ).toHaveLength(1);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const until = async (ok: () => boolean, ms = 30_000) => {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error('waited too long');
    await sleep(20);
  }
};

/** nginx over <target>/current; every page of a build answered 200. */
async function serve(target: string) {
  nginx = await startNginx({ root: join(target, 'current') });
  return nginx.origin;
}
async function statuses(origin: string, paths: string[]) {
  const bad: string[] = [];
  for (const p of paths) {
    const res = await fetch(origin + p, { redirect: 'manual' });
    await res.arrayBuffer();
    if (res.status !== 200 && !(p.endsWith('404.html') && res.status === 404)) bad.push(`${p} ${res.status}`);
  }
  return bad;
}
const pagesOf = (name: ProjectName) => htmlPages(dist(name)).filter((p) => !p.startsWith('/admin/'));
/** What nginx serves from the target is that build: its home page as built, and its pages 200. */
async function servesBuild(target: string, name: ProjectName) {
  const origin = await serve(target);
  expect(await (await fetch(`${origin}/`)).text()).toBe(readFileSync(join(dist(name), 'index.html'), 'utf8'));
  expect(await statuses(origin, pagesOf(name).slice(0, 30))).toEqual([]);
  await nginx?.stop();
  nginx = undefined;
}
/** A copy of a project's dist/ to change (the project itself stays as built). */
function distCopy(name: ProjectName, change: (dir: string) => void) {
  const dir = join(tempDir('masm-faults-dist-'), 'dist');
  cpSync(dist(name), dir, { recursive: true });
  change(dir);
  return dir;
}
const stylesheet = (root: string) =>
  readdirSync(join(root, '_astro')).find((f) => f.endsWith('.css') && !/\.(gz|br)$/.test(f))!;

describe('only the build is published', () => {
  /** A copy of project one with a change, built, check:content run; removed afterwards. */
  async function brokenProject(change: (dir: string) => void, command: 'build' | 'check') {
    const dir = join(tempDir('masm-faults-proj-'), 'p');
    cpSync(projects.one, dir, {
      recursive: true,
      filter: (src) => !/\/(dist|\.cache|\.astro|\.git|node_modules)$/.test(src),
    });
    symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
    change(dir);
    const args =
      command === 'build'
        ? [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build']
        : ['--import', 'tsx', join(dir, 'scripts/check-content.ts')];
    const r = spawnSync(process.execPath, args, {
      cwd: dir,
      encoding: 'utf8',
      timeout: 170_000,
      env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    return { status: r.status, output: `${r.stdout}\n${r.stderr}`, dir };
  }

  it('F01 a symlink in public/ stops the build, which names it and copies nothing', async () => {
    const r = await brokenProject((d) => symlinkSync('/etc/passwd', join(d, 'public', 'leak')), 'build');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('public/leak');
    expect(existsSync(join(r.dir, 'dist', 'leak'))).toBe(false);
    noTrace(r.output);
  }, 180_000);

  it('F02 a symlink in public/ is refused by check:content, named', async () => {
    const r = await brokenProject((d) => symlinkSync('/etc', join(d, 'public', 'etc')), 'check');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('public/etc');
    noTrace(r.output);
  });

  it('F03 a content file that is a symlink is refused by check:content, named', async () => {
    const r = await brokenProject(
      (d) => symlinkSync('/etc/passwd', join(d, 'content', 'news', 'mn', 'leak.md')),
      'check',
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('leak.md');
    noTrace(r.output);
  });

  it('F04 a picture that is a symlink to a file outside the repository is refused by check:content', async () => {
    const r = await brokenProject((d) => {
      const outside = join(tempDir('masm-faults-pic-'), 'photo.png');
      cpSync(join(d, 'content', 'news', 'mn', 'photo.png'), outside);
      rmSync(join(d, 'content', 'news', 'mn', 'photo.png'));
      symlinkSync(outside, join(d, 'content', 'news', 'mn', 'photo.png'));
    }, 'check');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('photo.png');
    noTrace(r.output);
  });

  it('F05 a content symlink stops the build, named, with no stack trace', async () => {
    const r = await brokenProject(
      (d) => symlinkSync('/etc/hostname', join(d, 'content', 'pages', 'mn', 'host.md')),
      'build',
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('host.md');
    noTrace(r.output);
  }, 180_000);

  it('F06 a symlink placed in dist/ is refused by the deploy, named; nothing is uploaded', async () => {
    const target = newTarget();
    const d = distCopy('one', (dir) => symlinkSync('/etc/passwd', join(dir, 'leak')));
    const r = await deploy('one', target, '--dist', d);
    expect(r.status).toBe(1);
    expect(r.output).toContain('leak');
    expect(releases(target)).toEqual([]);
    noTrace(r.output);
    toldPerServer(r.output);
  });

  it('F07 nginx does not follow a symlink placed on the server by hand', async () => {
    const target = newTarget();
    expect((await deploy('one', target)).status).toBe(0);
    symlinkSync('/etc/passwd', join(target, 'current', 'leak'));
    symlinkSync('/etc', join(target, 'current', 'etcdir'));
    const origin = await serve(target);
    for (const path of ['/leak', '/etcdir/passwd', '/etcdir/hostname']) {
      const res = await fetch(origin + path);
      const body = await res.text();
      expect(res.status, path).not.toBe(200);
      expect(body).not.toContain('root:x:0');
    }
    expect((await fetch(origin + '/')).status).toBe(200);
  });

  it.each([
    [
      'F08 an index.html edited after the build',
      (d: string) => appendFileSync(join(d, 'index.html'), '<!-- x -->'),
      'index.html',
    ],
    [
      'F09 a page deleted after the build',
      (d: string) => rmSync(join(d, 'en', 'index.html')),
      'en/index.html',
    ],
    [
      'F10 a compressed copy replaced after the build',
      (d: string) => writeFileSync(join(d, 'index.html.br'), 'x'),
      'index.html.br',
    ],
    [
      'F11 a file added after the build',
      (d: string) => writeFileSync(join(d, 'extra.html'), '<p>x</p>'),
      'extra.html',
    ],
  ])('%s is refused by the deploy, naming the file', async (_, change, file) => {
    const target = newTarget();
    const r = await deploy('one', target, '--dist', distCopy('one', change));
    expect(r.status).toBe(1);
    expect(r.output).toContain(file);
    expect(releases(target)).toEqual([]);
    noTrace(r.output);
    toldPerServer(r.output);
  });
});

describe('one deploy at a time', () => {
  it('F12 two deploys 0-100 ms apart, both orders, 20 times: current is always complete, exit codes true', async () => {
    const target = newTarget();
    expect((await deploy('one', target)).status).toBe(0);
    const origin = await serve(target);
    const problems: string[] = [];
    for (let i = 0; i < 20; i++) {
      const [first, second]: ProjectName[] = i % 2 ? ['two', 'three'] : ['three', 'two'];
      const gap = (i * 37) % 101;
      const finished: { name: ProjectName; status: number | null; id?: string; at: number }[] = [];
      const go = (name: ProjectName) =>
        deploy(name, target, '--lock-wait', '60').then((r) => {
          const id = /^✓ .* \/ (\S+) is (?:already )?live/m.exec(r.output)?.[1];
          finished.push({ name, status: r.status, id, at: Date.now() });
          if (traceIn(r.output)) problems.push(`try ${i}: a stack trace: ${r.output}`);
          if (r.status === 0 && !id)
            problems.push(`try ${i}: ${name} exit 0 without naming its live release`);
        });
      const a = go(first);
      await sleep(gap);
      await Promise.all([a, go(second)]);
      const ok = finished.filter((f) => f.status === 0).sort((x, y) => x.at - y.at);
      const current = live(target);
      if (!ok.length) problems.push(`try ${i}: neither deploy succeeded`);
      else if (ok.at(-1)!.id !== current)
        problems.push(`try ${i}: the last to succeed was ${ok.at(-1)!.id}, current is ${current}`);
      for (const f of finished.filter((f) => f.status === 0))
        if (!releases(target).includes(f.id!))
          problems.push(`try ${i}: ${f.name} said ${f.id} is live; it is gone`);
      if (partials(target).length) problems.push(`try ${i}: left ${partials(target).join(', ')}`);
      const bad = await statuses(origin, pagesOf(ok.at(-1)?.name ?? 'one'));
      if (bad.length) problems.push(`try ${i}: ${bad.slice(0, 5).join(', ')}`);
    }
    expect(problems).toEqual([]);
  }, 600_000);

  it('F13 a deploy paused after its upload keeps its upload while a second waits, then fails cleanly', async () => {
    const target = newTarget();
    expect((await deploy('one', target)).status).toBe(0);
    const pauseFile = join(tempDir('masm-faults-pause-'), 'pause');
    writeFileSync(pauseFile, '');
    let paused = false;
    const first = run('two', 'deploy', ['--target', target], {
      env: { DEPLOY_PAUSE_AT: 'switch', DEPLOY_PAUSE_FILE: pauseFile },
      onOutput: (o) => (paused ||= o.includes('paused before switch')),
    });
    await until(() => paused);
    const during = releaseState(target).all;
    const second = await deploy('three', target, '--lock-wait', '2');
    expect(second.status).toBe(1);
    expect(second.output).toMatch(/another deploy has been running since .+\(.+, pid \d+\)/);
    noTrace(second.output);
    toldPerServer(second.output, [target]);
    // The first deploy's upload is still there, and it goes live once the pause ends.
    expect(releaseState(target).all).toEqual(during);
    rmSync(pauseFile);
    const done = await first;
    expect(done.status, done.output).toBe(0);
    expect(existsSync(join(target, 'current', 'news', 'second', 'index.html'))).toBe(true);
  });

  it('F14 a lock left by a deploy killed with kill -9 is taken over by the next deploy', async () => {
    const target = newTarget();
    expect((await deploy('one', target)).status).toBe(0);
    const killed = await run('two', 'deploy', ['--target', target], {
      env: { DEPLOY_PAUSE_AT: 'switch' },
      onOutput: (o, kill) => o.includes('paused before switch') && kill(),
    });
    expect(killed.signal).toBe('SIGKILL');
    const next = await deploy('three', target, '--lock-wait', '20');
    expect(next.status, next.output).toBe(0);
    expect(next.ms).toBeLessThan(20_000);
    expect(readFileSync(join(target, 'current', 'index.html'), 'utf8')).toBe(
      readFileSync(join(dist('three'), 'index.html'), 'utf8'),
    );
    expect(partials(target)).toEqual([]);
  });

  it('F15 a rollback while a deploy runs waits for it, or fails cleanly saying so', async () => {
    const target = newTarget();
    expect((await deploy('one', target)).status).toBe(0);
    expect((await deploy('two', target)).status).toBe(0);
    const before = live(target);
    const pauseFile = join(tempDir('masm-faults-pause-'), 'pause');
    writeFileSync(pauseFile, '');
    let paused = false;
    const running = run('three', 'deploy', ['--target', target], {
      env: { DEPLOY_PAUSE_AT: 'switch', DEPLOY_PAUSE_FILE: pauseFile },
      onOutput: (o) => (paused ||= o.includes('paused before switch')),
    });
    await until(() => paused);
    const rollback = await run('one', 'rollback', ['--target', target, '--lock-wait', '2']);
    expect(rollback.status).toBe(1);
    expect(rollback.output).toContain('another deploy has been running since');
    toldPerServer(rollback.output, [target]);
    expect(live(target)).toBe(before);
    rmSync(pauseFile);
    expect((await running).status).toBe(0);
  });

  it('F16 no pipeline job that holds deploy variables builds; the schedule hands dist/ from a build job', () => {
    const ci = parse(readFileSync(join(projectRoot, '.gitlab-ci.yml'), 'utf8')) as Record<string, any>;
    const jobs = Object.entries(ci).filter(([name, job]) => !name.startsWith('.') && job?.script);
    const resolved = (job: any): any =>
      job.extends ? { ...resolved(ci[[job.extends].flat()[0]]), ...job } : job;
    const builds = /\b(npm (run )?(build|start|test)|astro build|npm run test:)/;
    const offenders = jobs
      .map(([name, job]) => [name, resolved(job)] as const)
      .filter(([, job]) => {
        const env = typeof job.environment === 'string' ? job.environment : job.environment?.name;
        const text = JSON.stringify([job.script, job.before_script, job.variables]);
        return (env === 'production' || /DEPLOY_/.test(text)) && builds.test(JSON.stringify(job.script));
      })
      .map(([name]) => name);
    expect(offenders).toEqual([]);
    const rules = (job: any) => (job.rules ?? []).map((r: { if?: string }) => r.if ?? '').join(' ');
    const scheduled = jobs
      .map(([name, job]) => [name, resolved(job)] as const)
      .filter(([, job]) => rules(job).includes('== "schedule"'));
    const builder = scheduled.find(([, job]) => builds.test(JSON.stringify(job.script)));
    expect(builder?.[1].artifacts?.paths).toContain('dist/');
  });
});

describe('releases an administrator can trust', () => {
  it('F17 a rollback stays: due respects the pin until --unpin', async () => {
    const target = newTarget();
    expect((await deploy('one', target)).status).toBe(0);
    expect((await deploy('two', target)).status).toBe(0);
    const back = await run('two', 'rollback', ['--target', target]);
    expect(back.status, back.output).toBe(0);
    await servesBuild(target, 'one');
    const due = await run('two', 'due', ['--target', target]);
    expect(due.status, due.output).toBe(1);
    expect(due.output).toMatch(/pinned|rolled back/i);
    // A retried job of the commit rolled back is refused: the site stays as rolled back.
    const retried = await deploy('two', target);
    expect(retried.status).toBe(1);
    toldPerServer(retried.output, [target]);
    await servesBuild(target, 'one');
    const unpin = await run('two', 'rollback', ['--target', target, '--unpin']);
    expect(unpin.status, unpin.output).toBe(0);
    expect((await run('two', 'due', ['--target', target])).status).toBe(0);
  });

  it('F18 a second rollback goes one further back', async () => {
    const target = newTarget();
    for (const p of ['one', 'two', 'three'] as const) expect((await deploy(p, target)).status).toBe(0);
    const [r1, r2, r3] = releases(target);
    expect(live(target)).toBe(r3);
    expect((await run('one', 'rollback', ['--target', target])).status).toBe(0);
    expect(live(target)).toBe(r2);
    expect((await run('one', 'rollback', ['--target', target])).status).toBe(0);
    expect(live(target)).toBe(r1);
    await servesBuild(target, 'one');
  });

  it('F19 rollback --to names a release; --list shows them with the live one marked', async () => {
    const target = newTarget();
    for (const p of ['one', 'two', 'three'] as const) expect((await deploy(p, target)).status).toBe(0);
    const [r1, , r3] = releases(target);
    const list = await run('one', 'rollback', ['--target', target, '--list']);
    expect(list.status).toBe(0);
    expect(list.output).toContain(r1);
    expect(list.output).toMatch(new RegExp(`${r3}.*(live|current)`));
    const to = await run('one', 'rollback', ['--target', target, '--to', r1]);
    expect(to.status, to.output).toBe(0);
    expect(live(target)).toBe(r1);
    const unknown = await run('one', 'rollback', ['--target', target, '--to', 'nope']);
    expect(unknown.status).toBe(1);
    expect(live(target)).toBe(r1);
    await servesBuild(target, 'one');
    noTrace(unknown.output);
    toldPerServer(unknown.output, [target]);
  });

  it('F20 deploying an identical build changes nothing', async () => {
    const target = newTarget();
    expect((await deploy('one', target)).status).toBe(0);
    expect((await deploy('two', target)).status).toBe(0);
    const before = releaseState(target);
    const again = await deploy('two', target);
    expect(again.status, again.output).toBe(0);
    expect(releaseState(target)).toEqual(before);
    await servesBuild(target, 'two');
  });

  it('F21 after a rollback, pages of the newer release still find their stylesheet', async () => {
    const target = newTarget();
    expect((await deploy('one', target)).status).toBe(0);
    expect((await deploy('three', target)).status).toBe(0);
    const css = stylesheet(dist('three'));
    expect(stylesheet(dist('one'))).not.toBe(css);
    expect((await run('three', 'rollback', ['--target', target])).status).toBe(0);
    const origin = await serve(target);
    expect((await fetch(`${origin}/_astro/${css}`)).status).toBe(200);
  });

  describe('over ssh', () => {
    let sshd: Awaited<ReturnType<typeof startSshd>>;
    let silent: Server;
    const held: Socket[] = [];
    let silentPort = 0;
    beforeAll(async () => {
      sshd = await startSshd();
      silent = createServer((s) => held.push(s));
      await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
      silentPort = (silent.address() as { port: number }).port;
    });
    afterAll(() => {
      sshd?.stop();
      held.forEach((s) => s.destroy());
      silent?.close();
    });
    const silentSsh = () =>
      `ssh -p ${silentPort} -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null`;

    it('F22 a server that accepts and never answers fails the deploy within its timeout, named', async () => {
      const r = await deploy('one', `root@127.0.0.1:/srv/never`, '--ssh', silentSsh(), '--timeout', '5');
      expect(r.status).toBe(1);
      expect(r.ms).toBeLessThan(40_000);
      expect(r.output).toContain('127.0.0.1');
      noTrace(r.output);
      toldPerServer(r.output, ['root@127.0.0.1:/srv/never']);
    });

    it('F23 due against a server that never answers ends within its timeout (exit 2)', async () => {
      const r = await run('one', 'due', [
        '--target',
        'root@127.0.0.1:/srv/never',
        '--ssh',
        silentSsh(),
        '--timeout',
        '5',
      ]);
      expect(r.status).toBe(2);
      expect(r.ms).toBeLessThan(40_000);
      noTrace(r.output);
      toldPerServer(r.output, ['root@127.0.0.1:/srv/never']);
    });

    it('F24 a server that freezes mid-upload fails the deploy in bounded time; the next deploy succeeds', async () => {
      const dir = newTarget();
      const spec = `${sshd.host}:${dir}`;
      expect((await deploy('one', spec, '--ssh', sshd.ssh)).status).toBe(0);
      const before = live(dir);
      let frozen: string[] = [];
      const r = run(
        'three',
        'deploy',
        ['--target', spec, '--ssh', sshd.ssh, '--timeout', '5', '--bwlimit', '20'],
        {
          timeout: 90_000,
        },
      );
      await until(() => partials(dir).length > 0);
      // Every process of the ssh session that serves this upload stops answering.
      frozen = spawnSync('pgrep', ['-f', 'rsync --server'], { encoding: 'utf8' })
        .stdout.split('\n')
        .filter(Boolean);
      frozen.forEach((pid) => spawnSync('kill', ['-STOP', pid]));
      const done = await r;
      frozen.forEach((pid) => spawnSync('kill', ['-CONT', pid]));
      expect(done.signal, done.output).toBeNull();
      expect(done.status).toBe(1);
      expect(done.ms).toBeLessThan(60_000);
      expect(live(dir)).toBe(before);
      noTrace(done.output);
      toldPerServer(done.output, [spec]);
      const next = await deploy('three', spec, '--ssh', sshd.ssh, '--lock-wait', '30');
      expect(next.status, next.output).toBe(0);
      expect(partials(dir)).toEqual([]);
      await servesBuild(dir, 'three');
    }, 120_000);

    it('F36 over ssh, a lock held by a deploy killed with kill -9 is free again for the next deploy', async () => {
      const dir = newTarget();
      const spec = `${sshd.host}:${dir}`;
      expect((await deploy('one', spec, '--ssh', sshd.ssh)).status).toBe(0);
      const killed = await run('two', 'deploy', ['--target', spec, '--ssh', sshd.ssh], {
        env: { DEPLOY_PAUSE_AT: 'switch' },
        onOutput: (o, kill) => o.includes('paused before switch') && kill(),
      });
      expect(killed.signal).toBe('SIGKILL');
      const next = await deploy('three', spec, '--ssh', sshd.ssh, '--lock-wait', '20');
      expect(next.status, next.output).toBe(0);
      expect(next.ms).toBeLessThan(20_000);
      expect(readFileSync(join(dir, 'current', 'index.html'), 'utf8')).toBe(
        readFileSync(join(dist('three'), 'index.html'), 'utf8'),
      );
    });

    it('F34 an upload cut off mid-way removes its partial release; the site is unchanged', async () => {
      const dir = newTarget();
      const spec = `${sshd.host}:${dir}`;
      expect((await deploy('one', spec, '--ssh', sshd.ssh)).status).toBe(0);
      const before = live(dir);
      const r = run('three', 'deploy', ['--target', spec, '--ssh', sshd.ssh, '--bwlimit', '20']);
      await until(() => partials(dir).length > 0);
      spawnSync('pkill', ['-9', '-f', 'rsync --server']);
      const done = await r;
      expect(done.status).toBe(1);
      expect(live(dir)).toBe(before);
      expect(partials(dir)).toEqual([]);
      noTrace(done.output);
      toldPerServer(done.output, [spec]);
      await servesBuild(dir, 'one');
    });
  });

  it('F25 a switch that fails on the second server says who serves what; due sees the split; the next deploy mends it', async () => {
    if (!asRoot) return expect.fail('needs root (chattr)');
    const [a, b] = [newTarget(), newTarget()];
    expect((await deploy('one', [a, b])).status).toBe(0);
    const old = live(a);
    const pauseFile = join(tempDir('masm-faults-pause-'), 'pause');
    writeFileSync(pauseFile, '');
    let paused = false;
    const r = run('two', 'deploy', ['--target', a, '--target', b], {
      env: { DEPLOY_PAUSE_AT: 'switch', DEPLOY_PAUSE_FILE: pauseFile },
      onOutput: (o) => (paused ||= o.includes('paused before switch')),
    });
    await until(() => paused);
    spawnSync('chattr', ['+i', b]);
    rmSync(pauseFile);
    const done = await r;
    spawnSync('chattr', ['-i', b]);
    expect(done.status).toBe(1);
    const now = live(a);
    expect(now).not.toBe(old);
    expect(live(b)).toBe(old);
    expect(done.output).toContain(now!);
    expect(done.output).toContain(old!);
    noTrace(done.output);
    toldPerServer(done.output, [a, b]);
    await servesBuild(a, 'two');
    await servesBuild(b, 'one');
    const due = await run('two', 'due', ['--target', a, '--target', b]);
    expect(due.status, due.output).toBe(0);
    const mend = await deploy('two', [a, b]);
    expect(mend.status, mend.output).toBe(0);
    expect(live(b)).toBe(live(a));
    await servesBuild(a, 'two');
    await servesBuild(b, 'two');
  });

  it('F26 an old release that cannot be removed does not fail a deploy that went live', async () => {
    if (!asRoot) return expect.fail('needs root (chattr)');
    const target = newTarget();
    const order = ['one', 'three', 'one', 'three', 'one'] as const;
    for (const p of order) expect((await deploy(p, target)).status).toBe(0);
    const oldest = releases(target)[0];
    spawnSync('chattr', ['+i', join(target, 'releases', oldest, 'index.html')]);
    const r = await deploy('three', target);
    spawnSync('chattr', ['-i', join(target, 'releases', oldest, 'index.html')]);
    expect(r.status, r.output).toBe(0);
    expect(r.output).toContain(oldest);
    await servesBuild(target, 'three');
    noTrace(r.output);
  });

  describe('a small disk', () => {
    const mounted: string[] = [];
    afterAll(() => mounted.forEach((m) => spawnSync('umount', ['-l', m])));
    const smallDisk = (kb: number) => {
      const dir = newTarget();
      expect(spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${kb}k,mode=755`, 'tmpfs', dir]).status).toBe(0);
      mounted.push(dir);
      return dir;
    };
    // What a release takes on a disk, in KB: its blocks, not its bytes (hundreds of small files
    // take a block each, about twice their bytes here).
    const diskKb = (dir: string): number =>
      Number(spawnSync('du', ['-sk', dir], { encoding: 'utf8' }).stdout.split('\t')[0]);

    it('F27 a disk that fills during the upload: the partial is removed, and once freed the next deploy succeeds', async () => {
      if (!asRoot) return expect.fail('needs root (mount)');
      // Room for three releases: the live one, the upload, and some to spare until the filler.
      const kb = diskKb(dist('one')) * 3 + 512;
      const target = smallDisk(kb);
      expect((await deploy('one', target)).status).toBe(0);
      const pauseFile = join(tempDir('masm-faults-pause-'), 'pause');
      writeFileSync(pauseFile, '');
      let paused = false;
      const r = run('three', 'deploy', ['--target', target], {
        env: { DEPLOY_PAUSE_AT: 'upload', DEPLOY_PAUSE_FILE: pauseFile },
        onOutput: (o) => (paused ||= o.includes('paused before upload')),
      });
      await until(() => paused);
      spawnSync('sh', ['-c', `dd if=/dev/zero of=${join(target, 'filler')} bs=64k 2>/dev/null; true`]);
      rmSync(pauseFile);
      const done = await r;
      expect(done.status).toBe(1);
      expect(done.output).toMatch(/space|full/i);
      expect(partials(target)).toEqual([]);
      noTrace(done.output);
      toldPerServer(done.output, [target]);
      await servesBuild(target, 'one');
      rmSync(join(target, 'filler'));
      const next = await deploy('three', target);
      expect(next.status, next.output).toBe(0);
      await servesBuild(target, 'three');
    });

    /** A deploy that must stop before its upload: the pause there, if reached, says so and goes on. */
    const deployNoUpload = (name: ProjectName, spec: string, ...args: string[]) =>
      run(name, 'deploy', ['--target', spec, ...args], {
        env: { DEPLOY_PAUSE_AT: 'upload', DEPLOY_PAUSE_FILE: join(tmpdir(), 'masm-no-such-pause-file') },
      });

    it('F28 a disk without room for the release is refused before anything is uploaded', async () => {
      if (!asRoot) return expect.fail('needs root (mount)');
      const target = smallDisk(Math.max(64, Math.floor(diskKb(dist('one')) / 4)));
      const r = await deployNoUpload('one', target);
      expect(r.status).toBe(1);
      expect(r.output).not.toContain('paused before upload');
      expect(r.output).toMatch(/needs [\d.]+ MB, [\d.]+ MB are free/);
      expect(existsSync(join(target, 'releases')) ? readdirSync(join(target, 'releases')) : []).toEqual([]);
      noTrace(r.output);
      toldPerServer(r.output, [target]);
    });

    it('F37 the free-space check counts only what the upload writes: files the live release has are links', async () => {
      if (!asRoot) return expect.fail('needs root (mount)');
      // Room for one release and a half: a second copy of everything would not fit.
      const target = smallDisk(Math.floor(diskKb(dist('one')) * 1.6) + 1024);
      expect((await deploy('one', target)).status).toBe(0);
      const r = await deploy('three', target);
      expect(r.status, r.output).toBe(0);
      const origin = await serve(target);
      expect(await statuses(origin, pagesOf('three').slice(0, 40))).toEqual([]);
    });

    it('F38 over ssh, a disk without room is refused before anything is uploaded', async () => {
      if (!asRoot) return expect.fail('needs root (mount)');
      const sshd = await startSshd();
      try {
        const dir = smallDisk(Math.max(64, Math.floor(diskKb(dist('one')) / 4)));
        const spec = `${sshd.host}:${dir}`;
        const r = await deployNoUpload('one', spec, '--ssh', sshd.ssh);
        expect(r.status).toBe(1);
        expect(r.output).not.toContain('paused before upload');
        expect(r.output).toMatch(/needs [\d.]+ MB, [\d.]+ MB are free/);
        noTrace(r.output);
        toldPerServer(r.output, [spec]);
      } finally {
        sshd.stop();
      }
    });
  });

  it('F29 a current that links to an old docroot is adopted: counted for the shrink guard, kept, reachable by rollback', async () => {
    const target = newTarget();
    const old = join(tempDir('masm-faults-docroot-'), 'www');
    cpSync(dist('one'), old, { recursive: true });
    rmSync(join(old, '.release.json'));
    for (let i = 0; i < 40; i++) {
      mkdirSync(join(old, 'old', String(i)), { recursive: true });
      writeFileSync(join(old, 'old', String(i), 'index.html'), `<!doctype html><title>old ${i}</title>`);
    }
    symlinkSync(old, join(target, 'current'));
    const refused = await deploy('one', target);
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/would remove \d+ of the \d+ live pages/);
    const r = await deploy('one', target, '--allow-shrink');
    expect(r.status, r.output).toBe(0);
    expect(existsSync(join(old, 'old', '3', 'index.html'))).toBe(true);
    expect(releases(target)).toHaveLength(2);
    expect((await run('one', 'rollback', ['--target', target])).status).toBe(0);
    const origin = await serve(target);
    expect((await fetch(`${origin}/old/3/`)).status).toBe(200);
  });

  it('F30 a current that is a plain folder is adopted as a release, with nothing left behind', async () => {
    const target = newTarget();
    cpSync(dist('one'), join(target, 'current'), { recursive: true });
    const r = await deploy('two', target);
    expect(r.status, r.output).toBe(0);
    noTrace(r.output);
    expect(lstatSync(join(target, 'current')).isSymbolicLink()).toBe(true);
    expect(readdirSync(target).filter((n) => n.startsWith('.current'))).toEqual([]);
    expect(releases(target)).toHaveLength(2);
    const origin = await serve(target);
    expect(await statuses(origin, pagesOf('two'))).toEqual([]);
  });

  it('F31 due refuses a target that does not exist', async () => {
    const r = await run('one', 'due', ['--target', join(tmpdir(), 'masm-no-such-target', 'x')]);
    expect(r.status).toBe(2);
    expect(r.output).toMatch(/not exist|no such/i);
    noTrace(r.output);
    toldPerServer(r.output, [join(tmpdir(), 'masm-no-such-target', 'x')]);
  });

  it('F32 --bwlimit slows the upload to about the limit', async () => {
    const target = newTarget();
    const bytes = statSync(dist('one')).isDirectory()
      ? Number(spawnSync('du', ['-sbL', dist('one')], { encoding: 'utf8' }).stdout.split('\t')[0])
      : 0;
    const kbps = Math.max(50, Math.round(bytes / 1024 / 4));
    const r = await deploy('one', target, '--bwlimit', String(kbps));
    expect(r.status, r.output).toBe(0);
    // About four seconds at the limit; half of it at least (rsync's limiter is coarse).
    expect(r.ms).toBeGreaterThan(2_000);
  });

  it('F33 files unchanged by content are hard links between releases, whatever their times', async () => {
    const target = newTarget();
    expect((await deploy('one', target)).status).toBe(0);
    expect((await deploy('two', target)).status).toBe(0);
    const [r1, r2] = releases(target);
    let same = 0;
    let files = 0;
    const walk = (rel: string) => {
      for (const n of readdirSync(join(target, 'releases', r2, rel))) {
        const p = join(rel, n);
        const s = lstatSync(join(target, 'releases', r2, p));
        if (s.isDirectory()) walk(p);
        else {
          files++;
          const other = join(target, 'releases', r1, p);
          if (existsSync(other) && lstatSync(other).ino === s.ino) same++;
        }
      }
    };
    walk('');
    expect(same / files).toBeGreaterThan(0.6);
  });
});

describe('the messages', () => {
  it('F35 a deploy with no target and a rollback with nothing to go back to say so in one line', async () => {
    const none = await run('one', 'deploy', [], { env: { DEPLOY_TARGETS: '' } });
    expect(none.status).toBe(1);
    noTrace(none.output);
    toldPerServer(none.output);
    const target = newTarget();
    expect((await deploy('one', target)).status).toBe(0);
    const back = await run('one', 'rollback', ['--target', target]);
    expect(back.status).toBe(1);
    expect(back.output.trim().split('\n')).toHaveLength(1);
    noTrace(back.output);
    toldPerServer(back.output, [target]);
    // Run in the project the suite's cases share.
    expect(head('one')).toMatch(/^[0-9a-f]{40}$/);
  });
});
