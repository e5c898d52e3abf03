import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx, type Nginx } from '../../scripts/lib/nginx';
import { pointCommand, releaseId, releasesOn } from '../../scripts/lib/releases/state';
import { prune, switchTo, upload } from '../../scripts/lib/releases/steps';
import { target } from '../../scripts/lib/releases/target';
import { releaseDir } from '../helpers/deploy';
import { distFiles, realDist, someArticle } from '../helpers/dist';
import { runWrk, type WrkResult } from '../helpers/wrk';

// Five deploys and a rollback while nginx serves <dir>/current under a bounded load (wrk on
// 127.0.0.1): no answer other than 2xx, no socket error, and every page answered during a
// switch names only files of the release it came from. Two builds take turns: the real site
// (A) and the same with a new stylesheet name in every page (B), as a code change makes.

const work = mkdtempSync(join(tmpdir(), 'masm-switch-'));
const dir = releaseDir();
const variants = { A: join(work, 'A'), B: join(work, 'B') };
let nginx: Nginx;

/** A copy of the real site whose stylesheets have new names, named so in every page. */
function variantB() {
  cpSync(realDist, variants.B, { recursive: true });
  const css = readdirSync(join(variants.B, '_astro')).filter((f) => f.endsWith('.css'));
  for (const name of css)
    for (const ext of ['', '.gz', '.br'])
      try {
        renameSync(
          join(variants.B, '_astro', name + ext),
          join(variants.B, '_astro', name.replace(/\.css$/, '.b.css') + ext),
        );
      } catch {
        // Not every file has every copy.
      }
  for (const page of distFiles(variants.B).filter((f) => f.endsWith('.html'))) {
    const file = join(variants.B, page);
    let html = readFileSync(file, 'utf8');
    for (const name of css)
      html = html.replaceAll(`/_astro/${name}`, `/_astro/${name.replace(/\.css$/, '.b.css')}`);
    writeFileSync(file, html);
    // The compressed copies said the old names.
    rmSync(`${file}.gz`, { force: true });
    rmSync(`${file}.br`, { force: true });
  }
}

const t = target(dir);
const steps: string[] = [];
const publish = async (variant: 'A' | 'B') => {
  const before = releasesOn(t);
  const id = `${releaseId(new Date(), '00000000')}-${variant}`;
  await upload(variants[variant], t, id, before.current);
  steps.push(`${Date.now() / 1000} switch to ${id} from ${JSON.stringify(before)}`);
  switchTo(t, id, before);
  steps.push(`${Date.now() / 1000} switched`);
  prune(t, 5);
};

beforeAll(async () => {
  cpSync(realDist, variants.A, { recursive: true });
  variantB();
  await publish('A');
  nginx = await startNginx({ root: join(dir, 'current') });
}, 60_000);
afterAll(async () => {
  await nginx?.stop();
  rmSync(work, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

const article = someArticle();
const pagesToAsk = ['/', '/en/', article, `/en${article}`];
/** The files a page names that the browser fetches at once: stylesheets, scripts, icons, pictures. */
const assetsOf = (html: string) =>
  [
    ...html.matchAll(
      /<(?:link[^>]*rel="(?:stylesheet|icon)"[^>]*href|script[^>]*src|img[^>]*src)="(\/[^"]+)"/g,
    ),
  ].map((m) => m[1]);
const fileFor = (root: string, path: string) => join(root, path.endsWith('/') ? `${path}index.html` : path);

describe('switching releases under load', () => {
  let wrk: WrkResult;
  const seen = { A: 0, B: 0 };
  const mismatched: string[] = [];
  const switches: number[] = [];

  beforeAll(async () => {
    const css = readdirSync(join(variants.A, '_astro')).find((f) => f.endsWith('.css'))!;
    // wrk asks for pages and for the first release's stylesheet all along (carried into each B release).
    const load = runWrk(nginx.origin, [...pagesToAsk, `/_astro/${css}`], 10);
    let polling = true;
    const poll = (async () => {
      while (polling) {
        for (const path of pagesToAsk) {
          const res = await fetch(nginx.origin + path);
          const body = await res.text();
          // Which release answered: the page is byte for byte one of the two builds'.
          const variant = (['A', 'B'] as const).find(
            (v) => readFileSync(fileFor(variants[v], path), 'utf8') === body,
          );
          if (res.status !== 200 || !variant) {
            mismatched.push(`${path}: status ${res.status}, from neither release`);
            continue;
          }
          seen[variant]++;
          for (const asset of assetsOf(body))
            if (!distFiles(variants[variant]).includes(asset))
              mismatched.push(`${path} (${variant}) names ${asset}`);
        }
      }
    })();
    await new Promise((r) => setTimeout(r, 1000));
    for (const variant of ['B', 'A', 'B', 'A', 'B'] as const) {
      const started = performance.now();
      await publish(variant);
      switches.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 800));
    }
    // The rollback: back to the release before, in one step.
    const r = releasesOn(t);
    t.sh(`${pointCommand('previous', r.current!)} && ${pointCommand('current', r.previous!)}`);
    wrk = await load;
    polling = false;
    await poll;
    console.log(
      `zero-downtime: ${wrk.requests} requests in ${wrk.seconds} s (${wrk.requestsPerSecond}/s), ` +
        `${wrk.non2xx} non-2xx, ${wrk.socketErrors} socket errors; pages checked: A ${seen.A}, B ${seen.B}; ` +
        `deploys took ${switches.map((s) => Math.round(s)).join(', ')} ms`,
    );
  }, 90_000);

  it('answers every request with 2xx and no socket error', async () => {
    expect(wrk.requests).toBeGreaterThan(1000);
    // nginx's log says which, should one fail (it writes the log within a second).
    await new Promise((r) => setTimeout(r, 1500));
    const failed = readFileSync(join(nginx.prefix, 'access.log'), 'utf8')
      .split('\n')
      .filter((line) => /^\S+ [45]\d\d /.test(line));
    expect(failed.slice(0, 10), steps.join('\n')).toEqual([]);
    expect(wrk.non2xx).toBe(0);
    expect(wrk.socketErrors).toBe(0);
  });

  it('answers every page from one release, naming only files that release has', () => {
    expect(seen.A).toBeGreaterThan(10);
    expect(seen.B).toBeGreaterThan(10);
    expect(mismatched).toEqual([]);
  });

  it('ended on the rollback: the release before the last deploy is live', () => {
    const r = releasesOn(t);
    expect(r.current).toMatch(/-A$/);
    expect(r.all).toHaveLength(5);
  });
});
