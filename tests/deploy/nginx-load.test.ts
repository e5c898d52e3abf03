import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx, type Nginx } from '../../scripts/lib/nginx';
import { distFiles, realDist, someArticle } from '../helpers/dist';
import { rawGet } from '../helpers/http';
import { parseWrk, type WrkResult } from '../helpers/wrk';

// A bounded load check with Debian's wrk on 127.0.0.1: three URLs, five seconds each. It prints
// the figures (docs/deploy.md reports them) and fails only on errors, never on speed.

const seconds = 5;
let nginx: Nginx;
beforeAll(async () => {
  nginx = await startNginx({ root: realDist });
});
afterAll(async () => {
  await nginx?.stop();
});

const fragment = distFiles(realDist).find((f) => f.startsWith('/pagefind/fragment/'))!;
const targets = {
  'home page': '/',
  article: someArticle(),
  'Pagefind fragment': fragment,
};

describe('under load', () => {
  it(`answers every request without an error (wrk, 2 threads, 20 connections, ${seconds} s per URL)`, async () => {
    const rows: Record<string, WrkResult> = {};
    for (const [name, path] of Object.entries(targets)) {
      // wrk counts only status 400 and up as errors: a redirect must not pass for a page.
      expect((await rawGet(nginx.origin, path)).status, path).toBe(200);
      const { stdout } = await promisify(execFile)(
        'wrk',
        ['-t2', '-c20', `-d${seconds}s`, '--latency', '-H', 'Accept-Encoding: br, gzip', nginx.origin + path],
        { timeout: (seconds + 10) * 1000 },
      );
      rows[`${name} (${path})`] = parseWrk(stdout);
    }
    console.log(
      `wrk -t2 -c20 -d${seconds}s, Accept-Encoding: br, gzip, nginx (2 workers) on 127.0.0.1:\n` +
        Object.entries(rows)
          .map(
            ([name, r]) =>
              `  ${name}: ${Math.round(r.requestsPerSecond)} requests/s (${r.requests} in ${r.seconds} s), ` +
              `latency avg ${r.latencyAvg}, 99% ${r.latency99}; non-2xx ${r.non2xx}, socket errors ${r.socketErrors}`,
          )
          .join('\n'),
    );
    for (const [name, r] of Object.entries(rows)) {
      expect(r.requests, name).toBeGreaterThan(0);
      expect(r.non2xx, name).toBe(0);
      expect(r.socketErrors, name).toBe(0);
    }
  }, 60_000);

  it('reads errors from wrk’s report', () => {
    const clean = parseWrk(`Running 5s test @ http://127.0.0.1:1/
  2 threads and 20 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   358.13us  200.01us   9.21ms   91.35%
  Latency Distribution
     50%  318.00us
     99%    1.10ms
  285741 requests in 5.10s, 520.22MB read
Requests/sec:  56027.64
Transfer/sec:    102.00MB
`);
    expect(clean).toEqual({
      requests: 285741,
      seconds: 5.1,
      requestsPerSecond: 56027.64,
      latencyAvg: '358.13us',
      latency99: '1.10ms',
      non2xx: 0,
      socketErrors: 0,
    });
    const failing = parseWrk(`  100 requests in 5.00s, 1.00MB read
  Socket errors: connect 0, read 3, write 0, timeout 2
  Non-2xx or 3xx responses: 7
Requests/sec:     20.00
`);
    expect(failing.non2xx).toBe(7);
    expect(failing.socketErrors).toBe(5);
  });
});
