// Pure helpers of the benchmark (npm run bench): statistics, build-log parsing and summing the
// memory of a process tree from /proc-like records. No I/O here; tests/bench/ tests them.

/** The median; the mean of the two middle values for an even count. NaN for no values. */
export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The p-th percentile by the nearest-rank method (p95 of 20 values is the 19th smallest). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** Round to `digits` decimals. */
export const round = (n: number, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;

// eslint-disable-next-line no-control-regex
const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');

/**
 * The search step's time from the build log: the line src/integrations/search-index.ts prints,
 * "... search step <ms> ms". The last one if there are several; undefined if there is none.
 */
export function parseSearchStepMs(log: string): number | undefined {
  const all = [...stripAnsi(log).matchAll(/search step (\d+(?:\.\d+)?) ms/g)];
  return all.length ? Number(all[all.length - 1][1]) : undefined;
}

/** Astro's own count from "<n> page(s) built in <t>". */
export function parseAstroPagesBuilt(log: string): number | undefined {
  const m = stripAnsi(log).match(/(\d+) page\(s\) built in/);
  return m ? Number(m[1]) : undefined;
}

/**
 * The environment that package.json's build script (`NAME=value … astro build`) sets, so that the
 * benchmark builds as `npm run build` does. Anything else in the script is an error.
 */
export function buildScriptEnv(script: string): Record<string, string> {
  const words = script.trim().split(/\s+/);
  const command = words.findIndex((w) => !/^[A-Z_][A-Z0-9_]*=/.test(w));
  if (words.slice(command).join(' ') !== 'astro build')
    throw new Error(`package.json's build script is not "[NAME=value …] astro build": ${script}`);
  return Object.fromEntries(
    words.slice(0, command).map((w) => [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)]),
  );
}

/** "v22.12.0" → [22, 12, 0]. */
function parseNodeVersion(version: string): [number, number, number] {
  const m = version.trim().match(/^v?(\d+)\.(\d+)\.(\d+)/);
  if (!m) throw new Error(`Not a Node version: ${JSON.stringify(version)}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

export function nodeAtLeast(version: string, minimum: string): boolean {
  const a = parseNodeVersion(version);
  const b = parseNodeVersion(minimum);
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return true;
}

export interface ProcRecord {
  pid: number;
  ppid: number;
  /** Resident set size in bytes. */
  rss: number;
}

/**
 * One /proc/<pid>/stat line: pid, parent pid and resident pages (field 24) times the page size.
 * The command name (field 2) is in parentheses and may hold spaces and parentheses itself, so the
 * fields are counted from the last ')'.
 */
export function parseProcStat(text: string, pageSize = 4096): ProcRecord | undefined {
  const close = text.lastIndexOf(')');
  if (close < 0) return undefined;
  const pid = Number(text.slice(0, text.indexOf(' ')));
  // After ')': state(3) ppid(4) ... rss(24), so index 0 is field 3.
  const rest = text
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  const ppid = Number(rest[1]);
  const pages = Number(rest[21]);
  if (!Number.isFinite(pid) || !Number.isFinite(ppid) || !Number.isFinite(pages)) return undefined;
  return { pid, ppid, rss: pages * pageSize };
}

/** The summed RSS of `root` and all its descendants (processes whose parent chain leads to it). */
export function treeRss(records: ProcRecord[], root: number): { bytes: number; processes: number } {
  const children = new Map<number, ProcRecord[]>();
  for (const r of records) {
    const list = children.get(r.ppid) ?? [];
    list.push(r);
    children.set(r.ppid, list);
  }
  const self = records.find((r) => r.pid === root);
  if (!self) return { bytes: 0, processes: 0 };
  let bytes = 0;
  let processes = 0;
  const seen = new Set<number>();
  const todo = [self];
  for (let r = todo.pop(); r; r = todo.pop()) {
    if (seen.has(r.pid)) continue;
    seen.add(r.pid);
    bytes += r.rss;
    processes++;
    todo.push(...(children.get(r.pid) ?? []));
  }
  return { bytes, processes };
}

// prettier-ignore
const latin: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'j', з: 'z', и: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', ө: 'u', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
  ү: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: 'i', ы: 'ii', ь: 'i', э: 'e',
  ю: 'yu', я: 'ya',
};
/** A Cyrillic Mongolian text as people type it on a Latin keyboard ("хэмжил зүй" → "hemjil zui"). */
export function latinize(text: string): string {
  return [...text.toLowerCase()].map((ch) => latin[ch] ?? ch).join('');
}
