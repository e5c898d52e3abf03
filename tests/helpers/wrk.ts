import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface WrkResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latencyAvg: string;
  latency99: string;
  /** Responses with status 400 or more (wrk's "Non-2xx or 3xx responses"). */
  non2xx: number;
  /** Connect, read, write and timeout errors. */
  socketErrors: number;
}

/** Read wrk's report. */
export function parseWrk(out: string): WrkResult {
  const number = (re: RegExp) => {
    const m = out.match(re);
    if (!m) throw new Error(`wrk's output has no ${re}:\n${out}`);
    return Number(m[1]);
  };
  const socket = out.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  return {
    requests: number(/(\d+) requests in/),
    seconds: number(/requests in ([\d.]+)s/),
    requestsPerSecond: number(/Requests\/sec:\s+([\d.]+)/),
    latencyAvg: out.match(/Latency\s+(\S+)/)?.[1] ?? '?',
    latency99: out.match(/^\s+99%\s+(\S+)/m)?.[1] ?? '?',
    non2xx: out.match(/Non-2xx or 3xx responses: (\d+)/) ? number(/Non-2xx or 3xx responses: (\d+)/) : 0,
    socketErrors: socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
  };
}

/**
 * Debian's wrk against 127.0.0.1 for a bounded time (2 threads, 20 connections), asking for the
 * given paths in turn.
 */
export async function runWrk(origin: string, paths: string[], seconds: number): Promise<WrkResult> {
  const script = join(mkdtempSync(join(tmpdir(), 'masm-wrk-')), 'paths.lua');
  writeFileSync(
    script,
    `local paths = { ${paths.map((p) => JSON.stringify(p)).join(', ')} }
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
`,
  );
  const { stdout } = await promisify(execFile)(
    'wrk',
    // A slow answer while the machine is busy is not an error (wrk's own limit is 2 s).
    ['-t2', '-c20', `-d${seconds}s`, '--timeout', '10s', '--latency', '-s', script, origin],
    {
      timeout: (seconds + 30) * 1000,
    },
  );
  return parseWrk(stdout);
}
