// The benchmark: `npm run bench -- --items 1000,5000` generates a corpus per size
// (scripts/bench/corpus.ts), builds each cold, measures the build, the output's sizes and the
// search in Chromium, prints a table and writes bench/results.json.
// `--content DIR` benchmarks an existing content tree instead (`--content content`: the real site).
// `--skip-search` leaves out the browser; `--keep` keeps the built site; `--seed S` goes to the
// generator; `--cold-runs N` sets the fresh-profile runs (default 7: one alone varies by ±60 ms).
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildEnv, checkNode, measureBuild } from './measure-build.ts';
import { measureSearch } from './measure-search.ts';
import { measureVersusStock } from './versus-stock.ts';
import { firstNewsSlug, pickPages } from './picks.ts';
import { measureSizes, samplePaths } from './sizes.ts';
import { formatTable, type RunFigures } from './table.ts';

const generator = resolve('scripts/bench/corpus.ts');
const { values } = parseArgs({
  options: {
    items: { type: 'string' },
    content: { type: 'string' },
    seed: { type: 'string' },
    'skip-search': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'cold-runs': { type: 'string', default: '7' },
    results: { type: 'string', default: 'bench/results.json' },
  },
});

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(1);
}

interface Target {
  label: string;
  items?: number;
  contentRoot: string;
}
function targets(): Target[] {
  if (values.content) {
    const contentRoot = resolve(values.content);
    if (!existsSync(contentRoot)) fail(`--content ${values.content}: no such folder`);
    return [{ label: basename(contentRoot), contentRoot }];
  }
  if (!values.items)
    fail('give --items N[,N...] (generated corpora) or --content DIR (an existing content tree)');
  if (!existsSync(generator))
    fail(
      `the corpus generator ${generator} is not there yet, so --items cannot generate a corpus; ` +
        'benchmark an existing content tree with --content DIR (e.g. --content content)',
    );
  return values.items.split(',').map((s) => {
    const items = Number(s.trim());
    if (!Number.isInteger(items) || items <= 0) fail(`--items: "${s}" is not a positive whole number`);
    return { label: `${items} items`, items, contentRoot: resolve('bench', 'corpora', String(items)) };
  });
}

function generate(t: Target): number {
  const started = performance.now();
  const args = [generator, '--items', String(t.items), '--out', t.contentRoot];
  if (values.seed) args.push('--seed', values.seed);
  console.log(`\n▶ generating ${t.items} items into ${t.contentRoot}`);
  execFileSync('tsx', args, { env: buildEnv({}), stdio: 'inherit' });
  return Math.round(performance.now() - started);
}

const coldRuns = Number(values['cold-runs']);
if (!Number.isInteger(coldRuns) || coldRuns < 1) fail('--cold-runs must be a whole number ≥ 1');
const list = targets();
const nodeVersion = checkNode(buildEnv({}));
mkdirSync('bench/logs', { recursive: true });
const runs: RunFigures[] = [];
const kept: string[] = [];

for (const t of list) {
  const generateMs = t.items === undefined ? undefined : generate(t);
  const cacheDir = mkdtempSync(join(tmpdir(), 'masm-bench-cache-'));
  const outDir = mkdtempSync(join(tmpdir(), 'masm-bench-dist-'));
  // nginx's workers (nobody) serve it for the search measurement.
  chmodSync(outDir, 0o755);
  const logFile = resolve('bench/logs', `build-${t.label.replace(/\W+/g, '-')}.log`);
  try {
    console.log(`\n▶ ${t.label}: astro build (cold) of ${t.contentRoot} → ${outDir}`);
    const build = await measureBuild({ contentRoot: t.contentRoot, outDir, cacheDir, logFile });
    console.log(
      `  ${build.htmlPages} pages in ${(build.wallMs / 1000).toFixed(1)} s, peak ${(build.peakRssBytes / 2 ** 20).toFixed(0)} MB`,
    );
    const sizes = measureSizes(outDir, samplePaths(firstNewsSlug(t.contentRoot)));
    const run: RunFigures = { label: t.label, items: t.items, generateMs, build, sizes };
    if (!values['skip-search']) {
      console.log(`  search in Chromium (${coldRuns} cold runs, warm queries, titles)`);
      // The build leaves hundreds of MB to be written to disk: not while the search is timed.
      execFileSync('sync');
      run.search = await measureSearch(outDir, pickPages(t.contentRoot, outDir), coldRuns);
      console.log('  the same against the stock Pagefind UI on the same index (interleaved)');
      run.versusStock = await measureVersusStock(outDir, coldRuns);
    }
    runs.push(run);
    if (values.keep) kept.push(outDir);
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
    if (!values.keep) rmSync(outDir, { recursive: true, force: true });
  }
}

const results = {
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryBytes: totalmem(),
    node: nodeVersion,
    platform: `${process.platform} ${process.arch}`,
  },
  date: new Date().toISOString(),
  options: { ...values, coldRuns },
  runs: runs.map((r) => ({ ...r, ...(values.keep ? { dist: kept[runs.indexOf(r)] } : {}) })),
};
mkdirSync(resolve(values.results!, '..'), { recursive: true });
writeFileSync(values.results!, JSON.stringify(results, null, 2) + '\n');

console.log(`\n${formatTable(runs)}\n`);
console.log(`${cpus().length} CPUs, Node ${nodeVersion}; written to ${values.results}`);
if (kept.length) console.log(`built sites kept: ${kept.join(', ')}`);
