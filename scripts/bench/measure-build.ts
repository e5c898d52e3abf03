// One cold `astro build` of a content tree, measured: wall time, peak memory of the whole process
// tree (polled from /proc), the search step's time from the log, and the pages built.
import { isPageFile } from '../../src/lib/search/hints.ts';
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';
import { listFiles } from './sizes.ts';
import {
  buildScriptEnv,
  nodeAtLeast,
  parseAstroPagesBuilt,
  parseProcStat,
  parseSearchStepMs,
  treeRss,
  type ProcRecord,
} from './stats.ts';

const minimumNode = '22.12.0';
const binDir = resolve('node_modules/.bin');

/**
 * The environment the build runs in: the project's Node (the `node` package) first on PATH, and
 * what the build script of the checkout in `cwd` sets (a baseline commit builds as it did).
 */
export function buildEnv(extra: Record<string, string>, cwd = process.cwd()): NodeJS.ProcessEnv {
  const pkg = JSON.parse(readFileSync(resolve(cwd, 'package.json'), 'utf8')) as {
    scripts: { build: string };
  };
  return {
    ...process.env,
    ...buildScriptEnv(pkg.scripts.build),
    PATH: [binDir, process.env.PATH ?? ''].join(delimiter),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...extra,
  };
}

/** `node --version` as the build will see it; throws when it is older than Astro 7 needs. */
export function checkNode(env: NodeJS.ProcessEnv): string {
  const version = execFileSync('node', ['--version'], { env, encoding: 'utf8' }).trim();
  if (!nodeAtLeast(version, minimumNode))
    throw new Error(
      `The build would run on Node ${version}; Astro needs ≥ ${minimumNode}. Run through \`npm run bench\`, which puts node_modules/.bin (the project's Node 22) first on PATH.`,
    );
  return version;
}

function pageSize(): number {
  try {
    return Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' })) || 4096;
  } catch {
    return 4096;
  }
}

/** Every process's pid, parent and RSS, read from /proc (processes that end meanwhile are skipped). */
function readProcs(size = pageSize()): ProcRecord[] {
  const records: ProcRecord[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const r = parseProcStat(readFileSync(`/proc/${name}/stat`, 'utf8'), size);
      if (r) records.push(r);
    } catch {
      // Gone between readdir and read.
    }
  }
  return records;
}

export interface BuildFigures {
  nodeVersion: string;
  wallMs: number;
  peakRssBytes: number;
  peakProcesses: number;
  memorySamples: number;
  searchStepMs?: number;
  /** .html files in the output (pages, 404 pages and redirects alike). */
  htmlPages: number;
  /** Astro's own "<n> page(s) built". */
  astroPages?: number;
  perPageMs: number;
}

interface BuildOptions {
  contentRoot: string;
  outDir: string;
  cacheDir: string;
  logFile: string;
  /** The checkout to build with (another commit's worktree, for the baseline); default: this one. */
  cwd?: string;
}

/** Build `contentRoot` into `outDir` with an empty cache; rejects with the log's tail on failure. */
export async function measureBuild(o: BuildOptions): Promise<BuildFigures> {
  const cwd = o.cwd ?? process.cwd();
  const env = buildEnv({ CONTENT_ROOT: o.contentRoot, OUT_DIR: o.outDir, ASTRO_CACHE_DIR: o.cacheDir }, cwd);
  const nodeVersion = checkNode(env);
  const size = pageSize();
  const log = createWriteStream(o.logFile);
  let output = '';
  const started = performance.now();
  const child = spawn(resolve(cwd, 'node_modules/.bin/astro'), ['build'], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      log.write(chunk);
    });
  }
  let peak = { bytes: 0, processes: 0 };
  let samples = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    const now = treeRss(readProcs(size), child.pid);
    samples++;
    if (now.bytes > peak.bytes) peak = now;
  };
  const timer = setInterval(sample, 100);
  sample();
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  });
  const wallMs = performance.now() - started;
  clearInterval(timer);
  await new Promise<void>((done) => log.end(done));
  if (code !== 0) {
    const tail = output.trim().split('\n').slice(-30).join('\n');
    throw new Error(`astro build exited with ${code} (log: ${o.logFile}):\n${tail}`);
  }
  const htmlPages = listFiles(o.outDir).filter(isPageFile).length;
  return {
    nodeVersion,
    wallMs: Math.round(wallMs),
    peakRssBytes: peak.bytes,
    peakProcesses: peak.processes,
    memorySamples: samples,
    searchStepMs: parseSearchStepMs(output),
    htmlPages,
    astroPages: parseAstroPagesBuilt(output),
    perPageMs: Math.round((wallMs / htmlPages) * 100) / 100,
  };
}
