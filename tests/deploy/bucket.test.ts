import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/nginx';
import { projectRoot } from '../helpers/astro';
import { realDist } from '../helpers/dist';
import { changedBuild, releaseCommand, releaseDir, releaseState, restamp } from '../helpers/deploy';

// npm run deploy / rollback / due to S3-compatible object storage (s3rver on 127.0.0.1), through
// rclone: releases under prefixes, live/ switched in order, object metadata, the CDN purge, an
// upload cut short, a reader during deploys, and a host and a bucket together.

const bucketName = 'site';
const prefix = 'www';
const target = `s3:${bucketName}/${prefix}`;
let server: ChildProcess;
let port: number;
const dataDir = mkdtempSync(join(tmpdir(), 'masm-s3-'));
const events: { name: string; key: string }[] = [];

/** Start the server (again, on the same port and files); resolves once it listens. */
async function startServer() {
  server = spawn(
    process.execPath,
    [join(projectRoot, 'tests', 'helpers', 's3-server.mjs'), String(port), dataDir, bucketName],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let buffer = '';
  await new Promise<void>((resolve, reject) => {
    server.on('exit', () => reject(new Error('s3rver ended')));
    server.stdout!.setEncoding('utf8').on('data', (d: string) => {
      buffer += d;
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines)
        if (line === 'ready') resolve();
        else if (line) events.push(JSON.parse(line));
    });
  });
}

/** Stop the server as a crash would: no goodbye to its clients. */
async function killServer() {
  const ended = new Promise((r) => server.once('exit', r));
  server.kill('SIGKILL');
  await ended;
}

const env = () => ({
  DEPLOY_S3_ENDPOINT: `http://127.0.0.1:${port}`,
  DEPLOY_S3_REGION: 'us-east-1',
  DEPLOY_S3_ACCESS_KEY_ID: 'S3RVER',
  DEPLOY_S3_SECRET_ACCESS_KEY: 'S3RVER',
});
const run = (script: 'deploy' | 'rollback' | 'due', args: string[], extra: Record<string, string> = {}) =>
  releaseCommand(script, [...args, '--timeout', '10'], { env: { ...env(), ...extra } });
const url = (key: string) => `http://127.0.0.1:${port}/${bucketName}/${prefix}/${key}`;
const get = (key: string) => fetch(url(key));
const state = async () =>
  (await (await get('deploy/state.json')).json()) as {
    releases: string[];
    current?: string;
    previous?: string;
    pending: string[];
    pin?: { release: string };
  };

/** A copy of the build whose stylesheet has a new name (a new hash), every page naming it. */
function restyledBuild(n: number): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'masm-dist-restyled-'));
  cpSync(realDist, dir, { recursive: true });
  const css = readdirSync(join(dir, '_astro')).filter((f) => f.endsWith('.css'));
  const renames = css.map((f) => [f, f.replace(/\.css$/, `.v${n}.css`)] as const);
  for (const [from, to] of renames) {
    renameSync(join(dir, '_astro', from), join(dir, '_astro', to));
    rmSync(join(dir, '_astro', `${from}.gz`), { force: true });
  }
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) {
        let html = readFileSync(p, 'utf8');
        for (const [from, to] of renames) html = html.replaceAll(from, to);
        writeFileSync(p, html);
        rmSync(`${p}.gz`, { force: true });
      }
    }
  };
  walk(dir);
  restamp(dir);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

beforeAll(async () => {
  port = await freePort();
  await startServer();
});
afterAll(async () => {
  server?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a release to object storage', () => {
  let first = '';

  it('uploads the build whole under releases/<id>/ and makes it live under live/, with each object kind described', async () => {
    const result = await run('deploy', ['--target', target, '--dist', realDist]);
    expect(result.output).toMatch(/is live/);
    expect(result.status).toBe(0);
    const s = await state();
    expect(s.releases).toHaveLength(1);
    first = s.current!;
    expect(first).toBe(s.releases[0]);
    // The credentials are nowhere in what the deploy printed.
    expect(result.output).not.toContain('S3RVER');

    const css = readdirSync(join(realDist, '_astro')).find((f) => f.endsWith('.css'))!;
    const meta = readdirSync(join(realDist, 'pagefind')).find((f) => f.endsWith('.pf_meta'))!;
    const kinds: [string, RegExp, string][] = [
      ['index.html', /^text\/html; charset=utf-8$/, 'no-cache'],
      ['en/news/', /^text\/html; charset=utf-8$/, 'no-cache'],
      [`_astro/${css}`, /^text\/css; charset=utf-8$/, 'public, max-age=31536000, immutable'],
      ['pagefind/pagefind.js', /^text\/javascript; charset=utf-8$/, 'no-cache'],
      ['pagefind/pagefind-entry.json', /^application\/json/, 'no-cache'],
      [`pagefind/${meta}`, /^application\/octet-stream$/, 'public, max-age=31536000, immutable'],
      ['rss.xml', /^(text|application)\/xml; charset=utf-8$/, 'no-cache'],
      ['robots.txt', /^text\/plain; charset=utf-8$/, 'no-cache'],
      ['favicon.svg', /^image\/svg\+xml$/, 'no-cache'],
    ];
    for (const [key, type, cache] of kinds) {
      const r = await get(`live/${key.endsWith('/') ? `${key}index.html` : key}`);
      expect(r.status, key).toBe(200);
      expect(r.headers.get('content-type'), key).toMatch(type);
      expect(r.headers.get('cache-control'), key).toBe(cache);
      expect(r.headers.get('content-encoding'), key).toBeNull();
    }
    // Pagefind's chunks: immutable, sent as the gzip data they are (pagefind.js reads them so).
    const fragment = readdirSync(join(realDist, 'pagefind', 'fragment'))[0];
    const chunk = await get(`live/pagefind/fragment/${fragment}`);
    expect(chunk.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(chunk.headers.get('content-encoding')).toBeNull();
    // No gzip copies (the CDN compresses) and no files for other hosts.
    expect((await get('live/index.html.gz')).status).toBe(404);
    expect((await get('live/_headers')).status).toBe(404);
  });

  it('copies unchanged files inside the bucket on the next deploy, and hands the CDN purge the changed paths', async () => {
    const other = changedBuild(realDist);
    const purged = join(mkdtempSync(join(tmpdir(), 'masm-purge-')), 'paths');
    events.length = 0;
    const result = await run('deploy', ['--target', target, '--dist', other.dir], {
      DEPLOY_PURGE_CMD: `cat > '${purged}'`,
    });
    other.cleanup();
    expect(result.output).toMatch(/is live/);
    expect(result.status).toBe(0);
    const s = await state();
    expect(s.releases).toHaveLength(2);
    expect(s.previous).toBe(first);
    const into = (id: string) => events.filter((e) => e.key.startsWith(`${prefix}/releases/${id}/`));
    const uploaded = into(s.current!).filter((e) => e.name === 'ObjectCreated:Put');
    const copied = into(s.current!).filter((e) => e.name === 'ObjectCreated:Copy');
    // The changed page and the stamp are uploaded; everything else is copied from the release before.
    expect(uploaded.map((e) => e.key.split('/').slice(3).join('/')).sort()).toEqual([
      '.release.json',
      'index.html',
    ]);
    expect(copied.length).toBeGreaterThan(500);
    expect(await (await get('live/index.html')).text()).toContain('<!-- changed -->');
    expect(readFileSync(purged, 'utf8').split('\n').filter(Boolean)).toEqual(['/', '/index.html']);
  });

  it('rolls back with --to, pins the release, and the schedule reads the bucket', async () => {
    const result = await run('rollback', ['--target', target, '--to', first]);
    expect(result.output).toMatch(/is live again/);
    expect(result.status).toBe(0);
    const s = await state();
    expect(s.current).toBe(first);
    expect(s.pin?.release).toBe(first);
    expect(await (await get('live/index.html')).text()).not.toContain('<!-- changed -->');
    const due = await run('due', ['--target', target]);
    expect(due.output).toMatch(/pinned by a rollback/);
    expect(due.status).toBe(1);
    const unpin = await run('rollback', ['--target', target, '--unpin']);
    expect(unpin.status).toBe(0);
    expect((await state()).pin).toBeUndefined();
    // Unpinned, the schedule reads the live release's stamp from the bucket: its commit, its day.
    const stamp = JSON.parse(readFileSync(join(realDist, '.release.json'), 'utf8')) as { commit: string };
    const read = await run('due', ['--target', target]);
    expect(read.output).toMatch(
      new RegExp(`branch moved \\(live ${stamp.commit.slice(0, 8)}|nothing to publish|became due`),
    );
  });

  it('leaves live/ as it was when the server stops in the middle of an upload, and the next deploy mends it', async () => {
    const before = await state();
    const liveIndex = await (await get('live/index.html')).text();
    const build = restyledBuild(0);
    events.length = 0;
    let ended = false;
    const deploying = run('deploy', ['--target', target, '--dist', build.dir]).finally(() => (ended = true));
    // Stop the server once the new release's files have begun to arrive.
    const arriving = () =>
      events.filter(
        (e) => e.key.startsWith(`${prefix}/releases/`) && !before.releases.some((r) => e.key.includes(r)),
      );
    const t0 = Date.now();
    while (arriving().length < 5 && !ended && Date.now() - t0 < 30_000)
      await new Promise((r) => setTimeout(r, 10));
    expect(ended, (await Promise.race([deploying, Promise.resolve(undefined)]))?.output).toBe(false);
    await killServer();
    const result = await deploying;
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/✗ s3:site\/www: .*object storage/);
    expect(result.output).toMatch(/The site is unchanged/);
    await startServer();
    expect(await state()).toEqual(before);
    expect(await (await get('live/index.html')).text()).toBe(liveIndex);
    // The next deploy removes what the cut-short one left and publishes.
    const again = await run('deploy', ['--target', target, '--dist', build.dir]);
    build.cleanup();
    expect(again.status).toBe(0);
    expect((await state()).releases).toHaveLength(3);
  }, 180_000);
});

describe('every object of a release', () => {
  it('has the type and cache its kind has on nginx (every object of live/ listed)', async () => {
    const { cacheControlFor } = await import('../../deploy/headers');
    const types: Record<string, RegExp> = {
      html: /^text\/html; charset=utf-8$/,
      css: /^text\/css; charset=utf-8$/,
      js: /^text\/javascript; charset=utf-8$/,
      xml: /^(text|application)\/xml; charset=utf-8$/,
      txt: /^text\/plain; charset=utf-8$/,
      json: /^application\/json/,
      svg: /^image\/svg\+xml$/,
      png: /^image\/png$/,
      jpg: /^image\/jpeg$/,
      webp: /^image\/webp$/,
      wasm: /^application\/wasm$/,
    };
    const listed = (
      await (await fetch(`http://127.0.0.1:${port}/${bucketName}?prefix=${prefix}/live/`)).text()
    )
      .split('<Key>')
      .slice(1)
      .map((k) => k.slice(0, k.indexOf('</Key>')).slice(`${prefix}/live/`.length));
    expect(listed.length).toBeGreaterThan(300);
    const offenders: string[] = [];
    for (const key of listed) {
      const r = await fetch(url(`live/${key}`), { method: 'HEAD' });
      const ext = /\.([a-z0-9_]+)$/.exec(key)?.[1] ?? '';
      const type = types[ext] ?? /^application\/octet-stream$/;
      if (!type.test(r.headers.get('content-type') ?? ''))
        offenders.push(`${key}: ${r.headers.get('content-type')}`);
      if (r.headers.get('cache-control') !== cacheControlFor(`/${key}`))
        offenders.push(`${key}: ${r.headers.get('cache-control')}`);
      if (key.endsWith('.gz') || r.headers.get('content-encoding')) offenders.push(`${key}: a gzip copy`);
    }
    expect(offenders).toEqual([]);
  });

  it('is refused, as for hosts, when the build has a symbolic link or another deploy holds the bucket', async () => {
    const { symlinkSync } = await import('node:fs');
    const linked = changedBuild(realDist);
    symlinkSync('/etc/passwd', join(linked.dir, 'passwd.html'));
    const refused = await run('deploy', ['--target', target, '--dist', linked.dir]);
    linked.cleanup();
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/symbolic link/);
    // Another deploy's lease, good for a minute: this one waits a second, then says who holds it.
    const lease = {
      token: 'other',
      host: 'elsewhere',
      pid: 1,
      since: new Date().toISOString(),
      until: Date.now() + 60_000,
    };
    await fetch(url('deploy/lock.json'), { method: 'PUT', body: JSON.stringify(lease) });
    const waited = await run('deploy', ['--target', target, '--dist', realDist, '--lock-wait', '1']);
    expect(waited.status).toBe(1);
    expect(waited.output).toMatch(/✗ s3:site\/www: .*another deploy is running \(since .*elsewhere, pid 1\)/);
    await fetch(url('deploy/lock.json'), { method: 'DELETE' });
  });

  it('gives up on a server that takes connections and never answers, within its time limit, in one line', async () => {
    const { createServer } = await import('node:net');
    const silent = createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const started = Date.now();
    const result = await releaseCommand(
      'deploy',
      ['--target', target, '--dist', realDist, '--timeout', '2'],
      {
        env: {
          ...env(),
          DEPLOY_S3_ENDPOINT: `http://127.0.0.1:${(silent.address() as { port: number }).port}`,
        },
      },
    );
    silent.close();
    expect(result.status).toBe(1);
    expect(result.output.split('\n').filter((l) => l.startsWith('✗'))).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);
});

describe('a reader during deploys', () => {
  it('finds every stylesheet and script a live page names, through five deploys and a rollback, and five releases are kept', async () => {
    const pages = [
      'index.html',
      'en/index.html',
      'news/index.html',
      'services/index.html',
      'en/regulations/index.html',
    ];
    const missing: string[] = [];
    let fetched = 0;
    let reading = true;
    const reader = (async () => {
      while (reading)
        for (const page of pages) {
          const html = await (await get(`live/${page}`)).text();
          for (const [, asset] of html.matchAll(/(?:href|src)="\/(_astro\/[^"]+|pagefind\/[^"]+)"/g)) {
            const r = await get(`live/${asset}`);
            fetched++;
            if (r.status !== 200) missing.push(`${page} → ${asset}: ${r.status}`);
          }
        }
    })();
    const ids: string[] = [];
    for (let n = 1; n <= 5; n++) {
      const build = restyledBuild(n);
      const result = await run('deploy', ['--target', target, '--dist', build.dir]);
      build.cleanup();
      expect(result.status, result.output).toBe(0);
      ids.push((await state()).current!);
    }
    const back = await run('rollback', ['--target', target, '--to', ids[2]]);
    expect(back.status, back.output).toBe(0);
    reading = false;
    await reader;
    expect(fetched).toBeGreaterThan(20);
    expect(missing).toEqual([]);
    const s = await state();
    expect(s.releases.length).toBeLessThanOrEqual(6);
    expect(s.releases).toContain(ids[2]);
    // Live again: the third release's pages and stylesheet. The fifth's stylesheet stays one switch
    // for pages still open; the fourth's, left by the switch before, is gone.
    const css = readdirSync(join(realDist, '_astro')).find((f) => f.endsWith('.css'))!;
    const named = (n: number) => `live/_astro/${css.replace(/\.css$/, `.v${n}.css`)}`;
    expect(await (await get('live/index.html')).text()).toContain(`.v3.css`);
    expect((await get(named(3))).status).toBe(200);
    expect((await get(named(5))).status).toBe(200);
    expect((await get(named(4))).status).toBe(404);
  }, 300_000);
});

describe('a host and a bucket together', () => {
  it('publish the same release to both', async () => {
    // The reader's test ended with a rollback, which pins: ended first, as an administrator would.
    expect((await run('rollback', ['--target', target, '--unpin'])).status).toBe(0);
    const dir = releaseDir();
    const build = changedBuild(realDist);
    const result = await run('deploy', ['--target', dir, '--target', target, '--dist', build.dir]);
    build.cleanup();
    expect(result.status, result.output).toBe(0);
    const host = releaseState(dir);
    expect(host.current).toBe((await state()).current);
    rmSync(dir, { recursive: true, force: true });
  });
});
