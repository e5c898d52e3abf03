import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminHeaders, cacheControlFor, immutableCache, securityHeaders } from '../../deploy/headers';
import { freePort, localSiteConf, siteConf, startNginx, type Nginx } from '../../scripts/lib/nginx';
import { writeEditor } from '../../src/integrations/editor';
import { projectRoot } from '../helpers/astro';
import { distFiles, realDist, someArticle } from '../helpers/dist';
import { rawGet, type RawResponse } from '../helpers/http';

// The built site served by Debian's nginx with deploy/nginx.conf, asked over plain HTTP.

let nginx: Nginx;
beforeAll(async () => {
  nginx = await startNginx({ root: realDist });
});
afterAll(async () => {
  await nginx?.stop();
});

const get = (target: string | Buffer, headers: Record<string, string> = {}) =>
  rawGet(nginx.origin, target, headers);
const file = (path: string) => readFileSync(join(realDist, path));
const files = distFiles(realDist);
const first = (pattern: RegExp) => {
  const found = files.find((f) => pattern.test(f));
  if (!found) throw new Error(`No built file matches ${pattern}`);
  return found;
};

const article = someArticle();
/** One of each kind of file, with the Content-Type nginx must send for it. */
const samples: Record<string, [path: string, type: string]> = {
  HTML: ['/', 'text/html; charset=utf-8'],
  'HTML article': [`/en${article}`, 'text/html; charset=utf-8'],
  CSS: [first(/^\/_astro\/.*\.css$/), 'text/css; charset=utf-8'],
  JS: [first(/^\/_astro\/.*\.js$/), 'text/javascript; charset=utf-8'],
  'Pagefind JS': ['/pagefind/pagefind.js', 'text/javascript; charset=utf-8'],
  'Pagefind wasm': ['/pagefind/wasm.en.pagefind', 'application/octet-stream'],
  'Pagefind metadata': [first(/^\/pagefind\/pagefind\..*\.pf_meta$/), 'application/octet-stream'],
  'Pagefind fragment': [first(/^\/pagefind\/fragment\/.*\.pf_fragment$/), 'application/octet-stream'],
  'Pagefind index': [first(/^\/pagefind\/index\/.*\.pf_index$/), 'application/octet-stream'],
  'RSS feed (XML)': ['/rss.xml', 'application/xml; charset=utf-8'],
  'sitemap (XML)': ['/sitemap-index.xml', 'application/xml; charset=utf-8'],
  JSON: ['/search-words/manifest.json', 'application/json; charset=utf-8'],
  SVG: ['/favicon.svg', 'image/svg+xml; charset=utf-8'],
  text: ['/robots.txt', 'text/plain; charset=utf-8'],
};

/** Every security header, exactly as deploy/headers.ts has it. */
function expectSecurityHeaders(res: RawResponse, what: string) {
  for (const [name, value] of Object.entries(securityHeaders)) {
    expect(res.headers[name.toLowerCase()], `${what}: ${name}`).toBe(value);
  }
  expect(res.headers.server, what).toBe('nginx');
}

const servedPath = (path: string) => (path.endsWith('/') ? `${path}index.html` : path);

describe('clean URLs', () => {
  it.each(['/', '/en/', article, `/en${article}`, '/directives/10/', '/en/search/'])(
    '%s is served from its index.html',
    async (path) => {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.body.equals(file(servedPath(path)))).toBe(true);
    },
  );

  it.each([
    ['/news', '/news/'],
    [article.slice(0, -1), article],
    ['/en', '/en/'],
    ['/en/search?q=standard', '/en/search/?q=standard'],
  ])('%s without its trailing slash is redirected to %s (301, a path only)', async (path, location) => {
    const res = await get(path);
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe(location);
    expectSecurityHeaders(res, path);
  });
});

describe('the search page with a query', () => {
  it.each(['/search/', '/en/search/'])(
    '%s?q=… is the page with hints for its first search; without a query, the page that loads nothing of it',
    async (path) => {
      const hinted = await get(`${path}?q=${encodeURIComponent('хэмжил зүй')}`);
      expect(hinted.status).toBe(200);
      expect(hinted.body.equals(file(`${path}query.html`))).toBe(true);
      expect(hinted.body.toString()).toMatch(/<link rel="modulepreload" href="\/pagefind\/pagefind\.js">/);
      expectSecurityHeaders(hinted, path);
      for (const bare of [path, `${path}?q=`]) {
        const res = await get(bare);
        expect(res.status).toBe(200);
        expect(res.body.equals(file(`${path}index.html`))).toBe(true);
        // Its hints are there only inert, in a <template> its script uses at the first sign of a search.
        const live = res.body.toString().replace(/<template id="search-hints">[\s\S]*?<\/template>/, '');
        expect(live).not.toContain('rel="preload"');
        expect(live).not.toContain('rel="modulepreload"');
      }
      // The copy is not an address of its own.
      expect((await get(`${path}query.html`)).status).toBe(404);
    },
  );
});

describe('one address a page', () => {
  it.each([
    ['/index.html', '/'],
    [`${article}index.html`, article],
    [`/en${article}index.html?utm=x`, `/en${article}?utm=x`],
    ['/en/search/index.html?q=iso', '/en/search/?q=iso'],
  ])('%s is redirected to %s (301, a path only)', async (path, location) => {
    const res = await get(path);
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe(location);
    expectSecurityHeaders(res, path);
    // Where it leads is the page itself.
    expect((await get(location)).status).toBe(200);
  });
});

describe('the 404 pages', () => {
  it.each([
    ['/no-such-page/', '/404.html', 'mn'],
    ['/news/no-such-article/', '/404.html', 'mn'],
    ['/no-such-file.css', '/404.html', 'mn'],
    ['/en/no-such-page/', '/en/404.html', 'en'],
    ['/en/news/no-such-article', '/en/404.html', 'en'],
    // The pages themselves have no URL that answers 200.
    ['/404.html', '/404.html', 'mn'],
    ['/en/404.html', '/en/404.html', 'en'],
  ])('%s answers 404 with %s', async (path, page, lang) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body.equals(file(page))).toBe(true);
    expect(res.body.toString()).toContain(`<html lang="${lang}"`);
    expectSecurityHeaders(res, path);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('sends the 404 page compressed too', async () => {
    const res = await get('/en/missing/', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(404);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.body).equals(file('/en/404.html'))).toBe(true);
  });
});

describe('headers on every kind of file', () => {
  it.each(Object.entries(samples))('%s (%s)', async (_, [path, type]) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expectSecurityHeaders(res, path);
    expect(res.headers['cache-control']).toBe(cacheControlFor(path));
    expect(res.body.equals(file(servedPath(path)))).toBe(true);
  });

  it('caches hashed files for a year and revalidates HTML, feeds and Pagefind’s entry files', async () => {
    const expected: Record<string, string> = {
      '/': 'no-cache',
      [article]: 'no-cache',
      '/rss.xml': 'no-cache',
      '/en/rss.xml': 'no-cache',
      '/sitemap-0.xml': 'no-cache',
      '/pagefind/pagefind.js': 'no-cache',
      '/pagefind/pagefind-entry.json': 'no-cache',
      '/pagefind/wasm.en.pagefind': 'no-cache',
      [samples.CSS[0]]: immutableCache,
      [samples.JS[0]]: immutableCache,
      [samples['Pagefind metadata'][0]]: immutableCache,
      [samples['Pagefind fragment'][0]]: immutableCache,
      [samples['Pagefind index'][0]]: immutableCache,
      [first(/^\/pagefind\/filter\//)]: immutableCache,
    };
    for (const [path, cache] of Object.entries(expected)) {
      expect((await get(path)).headers['cache-control'], path).toBe(cache);
    }
  });

  it('answers a revalidation with 304 Not Modified', async () => {
    const res = await get(article);
    expect(res.headers.etag).toBeTruthy();
    expect(res.headers['last-modified']).toBeTruthy();
    const again = await get(article, { 'If-None-Match': res.headers.etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expectSecurityHeaders(again, '304');
  });
});

describe('the editor at /admin/', () => {
  it('is not in a build without editor settings', async () => {
    expect((await get('/admin/')).status).toBe(404);
  });

  it('has its own policy, noindex and the config as YAML; a public page keeps the strict policy', async () => {
    // A site with the editor written into it, as a build with editor settings has.
    const root = mkdtempSync(join(tmpdir(), 'masm-admin-site-'));
    chmodSync(root, 0o755);
    writeFileSync(join(root, 'index.html'), readFileSync(join(realDist, 'index.html')));
    await writeEditor(join(root, 'admin'));
    const withEditor = await startNginx({ root });
    const get = (target: string) => rawGet(withEditor.origin, target);
    for (const path of ['/admin/', '/admin/config.yml', '/admin/decap-cms.js']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      for (const [name, value] of Object.entries(adminHeaders()))
        expect(res.headers[name.toLowerCase()], `${path}: ${name}`).toBe(value);
    }
    expect((await get('/admin/config.yml')).headers['content-type']).toBe('text/yaml; charset=utf-8');
    const home = await get('/');
    expect(home.headers['content-security-policy']).toBe(securityHeaders['Content-Security-Policy']);
    expect(home.headers['x-robots-tag']).toBeUndefined();
    await withEditor.stop();
    rmSync(root, { recursive: true, force: true });
  });
});

describe('precompressed files', () => {
  const compressed = [
    'HTML',
    'HTML article',
    'CSS',
    'JS',
    'Pagefind JS',
    'RSS feed (XML)',
    'sitemap (XML)',
    'JSON',
    'SVG',
  ];

  it.each(compressed)('%s: gzip when asked for (brotli too), the same bytes once decoded', async (kind) => {
    const [path, type] = samples[kind];
    const original = file(servedPath(path));
    const plain = await get(path);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');

    const gz = await get(path, { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['content-type']).toBe(type);
    expect(gz.headers.vary).toBe('Accept-Encoding');
    expect(gz.body.length).toBeLessThan(original.length);
    expect(gunzipSync(gz.body).equals(original)).toBe(true);

    // A browser asks for brotli too: it gets the same gzip (the build makes no .br).
    const br = await get(path, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(br.body).equals(original)).toBe(true);
    expectSecurityHeaders(br, `${path} (gzip, deflate, br)`);
  });

  it('sends Pagefind’s data, gzip inside already, as gzip to a client that takes it, as it is otherwise', async () => {
    for (const kind of ['Pagefind wasm', 'Pagefind fragment', 'Pagefind index', 'Pagefind metadata']) {
      const [path, type] = samples[kind];
      const gz = await get(path, { 'Accept-Encoding': 'gzip, deflate, br' });
      expect(gz.headers['content-encoding'], path).toBe('gzip');
      expect(gz.headers['content-type'], path).toBe(type);
      expect(gz.headers.vary, path).toBe('Accept-Encoding');
      // The same bytes Pagefind wrote: unpacked by the browser, they are Pagefind's data itself.
      expect(gz.body.equals(file(path)), path).toBe(true);
      expect(gunzipSync(gz.body).subarray(0, 12).toString(), path).toBe('pagefind_dcd');
      expectSecurityHeaders(gz, `${path} (gzip)`);

      const plain = await get(path);
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(plain.body.equals(file(path)), path).toBe(true);
    }
  });
});

describe('hostile requests', () => {
  const passwd = readFileSync('/etc/passwd', 'utf8').split('\n')[0];
  const cases: [string, string | Buffer][] = [
    ['a parent folder', '/../../../../etc/passwd'],
    ['a parent folder, escaped', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd'],
    ['a parent folder, half escaped', '/news/..%2f..%2f..%2fetc/passwd'],
    ['a parent folder under /en/', '/en/../../etc/passwd'],
    ['a double slash', '//etc/passwd'],
    ['an escaped NUL byte', '/index.html%00.css'],
    ['a raw NUL byte', Buffer.from('/index.html\0.css', 'latin1')],
    ['a 10 KB URL', `/${'a'.repeat(10 * 1024)}`],
    ['a folder without index.html', '/pagefind/'],
    ['another folder without index.html', '/_astro/'],
    ['the static hosts’ header file', '/_headers'],
    ['a hidden file', '/.git/config'],
  ];

  it.each(cases)('%s is refused or not found, and nothing leaks', async (_, target) => {
    const res = await get(target);
    expect([400, 404, 414]).toContain(res.status);
    const body = res.body.toString('latin1');
    expect(body).not.toContain(passwd);
    expect(body).not.toContain(realDist);
    expect(body).not.toContain(projectRoot);
    expect(body).not.toMatch(/Index of|nginx\/\d|<pre>/);
    expect(res.headers.server).toBe('nginx');
    expectSecurityHeaders(res, String(target));
    if (res.status === 404) expect(res.body.equals(file('/404.html'))).toBe(true);
  });
});

describe('types', () => {
  // dist/ has no .wasm file of its own (Pagefind's is .pagefind): serve a small folder that has one.
  let small: Nginx;
  let root: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'masm-nginx-root-'));
    chmodSync(root, 0o755);
    mkdirSync(join(root, 'en'));
    for (const f of ['index.html', '404.html', 'en/404.html'])
      writeFileSync(join(root, f), '<!doctype html>');
    writeFileSync(join(root, 'module.wasm'), Buffer.from('0061736d01000000', 'hex'));
    writeFileSync(join(root, 'notes.unknown'), 'x');
    small = await startNginx({ root });
  });
  afterAll(async () => {
    await small?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('sends WebAssembly as application/wasm and unknown files as downloads', async () => {
    const wasm = await rawGet(small.origin, '/module.wasm');
    expect(wasm.headers['content-type']).toBe('application/wasm');
    expectSecurityHeaders(wasm, 'wasm');
    expect((await rawGet(small.origin, '/notes.unknown')).headers['content-type']).toBe(
      'application/octet-stream',
    );
  });
});

describe('npm run serve:nginx', () => {
  it('runs the shipped deploy/nginx.conf with only its listen lines changed', () => {
    const shipped = readFileSync(siteConf, 'utf8').split('\n');
    const local = localSiteConf(8123).split('\n');
    const isListen = (l: string) => /^\s*listen\s/.test(l);
    expect(local.filter((l) => !isListen(l))).toEqual(shipped.filter((l) => !isListen(l)));
    expect(local.filter(isListen).map((l) => l.trim())).toEqual(['listen 127.0.0.1:8123;']);
    expect(shipped.filter(isListen).length).toBeGreaterThan(0);
  });

  it('serves dist/ on the port asked for and stops cleanly on Ctrl-C (SIGINT)', async () => {
    const port = await freePort();
    // Node with tsx's loader, not tsx's command: that one relays Ctrl-C to a child process and
    // exits 130 when the signal comes before the child has told it that it handles the signal.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/serve-nginx.ts', '--port', String(port)],
      { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    const deadline = Date.now() + 20_000;
    while (!out.includes('Ctrl-C') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(out).toContain(`http://127.0.0.1:${port}/`);
    const prefix = out.match(/(\/\S+masm-nginx-\w+)/)?.[1];
    expect(prefix && existsSync(join(prefix, 'nginx.pid'))).toBe(true);
    const pid = Number(readFileSync(join(prefix!, 'nginx.pid'), 'utf8'));

    const home = await rawGet(`http://127.0.0.1:${port}`, '/');
    expect(home.status).toBe(200);
    expect(home.headers['content-security-policy']).toBe(securityHeaders['Content-Security-Policy']);

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(out).toContain('nginx stopped.');
    expect(existsSync(prefix!)).toBe(false);
    expect(() => process.kill(pid, 0)).toThrow();
    await expect(rawGet(`http://127.0.0.1:${port}`, '/')).rejects.toThrow();
  });
});
