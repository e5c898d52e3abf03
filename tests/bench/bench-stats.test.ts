// The benchmark's pure parts (scripts/bench/): statistics, log parsing, process-tree memory,
// table formatting. The benchmark itself (npm run bench) is not part of npm test.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spread } from '../../scripts/bench/picks';
import { linkedStylesheets, samplePaths } from '../../scripts/bench/sizes';
import {
  buildScriptEnv,
  latinize,
  median,
  nodeAtLeast,
  parseAstroPagesBuilt,
  parseProcStat,
  parseSearchStepMs,
  percentile,
  treeRss,
} from '../../scripts/bench/stats';
import { formatTable, memoryLimit, rows, type Row, type RunFigures } from '../../scripts/bench/table';

describe('median and percentile', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
  it('p95 by nearest rank', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => 20 - i); // 20..1, unsorted
    expect(percentile(twenty, 95)).toBe(19);
    expect(percentile(twenty, 100)).toBe(20);
    expect(percentile([7], 95)).toBe(7);
    expect(
      percentile(
        Array.from({ length: 100 }, (_, i) => i + 1),
        95,
      ),
    ).toBe(95);
  });
  it('does not reorder its input', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('build log', () => {
  const log = [
    '17:09:25 [build] ✓ Completed in 1.71s.',
    '\u001b[2m17:09:26\u001b[22m \u001b[34m[masm-search-index]\u001b[39m Pagefind read 110 pages; 675 Mongolian words listed; search step 393 ms',
    '17:09:27 [masm-precompress] 122 files, 996 KB: gzip 290 KB, brotli 225 KB (1017 ms)',
    '17:09:27 [build] 110 page(s) built in 4.67s',
  ].join('\n');
  it('reads the search step time, colours or not', () => {
    expect(parseSearchStepMs(log)).toBe(393);
    expect(parseSearchStepMs('search step 12 ms\n... search step 40 ms')).toBe(40);
    expect(parseSearchStepMs('17:09:27 [masm-precompress] (1017 ms)')).toBeUndefined();
  });
  it("reads Astro's page count", () => {
    expect(parseAstroPagesBuilt(log)).toBe(110);
    expect(parseAstroPagesBuilt('Complete!')).toBeUndefined();
  });
  it('compares Node versions', () => {
    expect(nodeAtLeast('v22.23.3', '22.12.0')).toBe(true);
    expect(nodeAtLeast('v22.12.0', '22.12.0')).toBe(true);
    expect(nodeAtLeast('v22.11.9', '22.12.0')).toBe(false);
    expect(nodeAtLeast('v20.20.2', '22.12.0')).toBe(false);
    expect(nodeAtLeast('v23.0.0', '22.12.0')).toBe(true);
  });
});

describe('process tree memory', () => {
  // Fields after the name: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt
  // utime stime cutime cstime priority nice threads itrealvalue starttime vsize rss ...
  const stat = (pid: number, name: string, ppid: number, rssPages: number) =>
    `${pid} (${name}) S ${ppid} ${pid} ${pid} 0 -1 4194304 100 0 0 0 5 1 0 0 20 0 11 0 1234 987654321 ${rssPages} 18446744073709551615 1 1 0`;

  it('reads pid, parent and RSS, with spaces and parentheses in the name', () => {
    expect(parseProcStat(stat(42, 'node', 7, 1000))).toEqual({ pid: 42, ppid: 7, rss: 4096000 });
    expect(parseProcStat(stat(43, 'Web Content (x)', 42, 3), 8192)).toEqual({
      pid: 43,
      ppid: 42,
      rss: 24576,
    });
    expect(parseProcStat('garbage')).toBeUndefined();
  });

  it('sums the root and all descendants, nothing else', () => {
    const records = [
      stat(1, 'init', 0, 10),
      stat(100, 'astro', 1, 1000), // root
      stat(101, 'pagefind', 100, 300),
      stat(102, 'esbuild', 100, 200),
      stat(103, 'worker child', 101, 50), // grandchild
      stat(200, 'other', 1, 5000), // a sibling of the root
      stat(201, 'other child', 200, 700),
    ].map((s) => parseProcStat(s)!);
    expect(treeRss(records, 100)).toEqual({ bytes: (1000 + 300 + 200 + 50) * 4096, processes: 4 });
    expect(treeRss(records, 101)).toEqual({ bytes: 350 * 4096, processes: 2 });
    expect(treeRss(records, 999)).toEqual({ bytes: 0, processes: 0 });
  });
});

describe('picking and pages', () => {
  it('spreads picks evenly over a list', () => {
    expect(spread([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 5)).toEqual([0, 2, 4, 6, 8]);
    expect(spread([1, 2], 5)).toEqual([1, 2]);
  });
  it('finds local stylesheets a page links', () => {
    const html =
      '<link rel="preload" href="/a.woff2"><link rel="stylesheet" href="/_astro/x.css">' +
      '<link href=/_astro/y.css rel=stylesheet><link rel="stylesheet" href="https://cdn.example/z.css">';
    expect(linkedStylesheets(html)).toEqual(['/_astro/x.css', '/_astro/y.css']);
  });
  it('weighs the first article in both languages, when there is one', () => {
    expect(samplePaths('first-item')).toMatchObject({
      article: '/news/first-item/',
      'en article': '/en/news/first-item/',
    });
    expect(samplePaths(undefined)).not.toHaveProperty('article');
  });
  it('types Mongolian titles as on a Latin keyboard', () => {
    expect(latinize('Хэмжил зүйн газар')).toBe('hemjil zuin gazar');
    expect(latinize('Өргөдөл №12')).toBe('urgudul №12');
  });
});

describe('table', () => {
  const fake = (label: string, perPageMs: number, pages: number, peakRssBytes: number) =>
    ({ label, build: { perPageMs, htmlPages: pages, peakRssBytes } }) as unknown as RunFigures;
  const table: Row[] = [
    {
      label: 'per page',
      target: '≤ 13 ms',
      cell: (r) => ({ text: `${r.build.perPageMs} ms`, ok: r.build.perPageMs <= 13 }),
    },
    { label: 'pages', target: '', cell: (r) => ({ text: String(r.build.htmlPages) }) },
    { label: 'none', target: '', cell: () => undefined },
  ];

  it('one column per run, aligned, with ✓/✗ where there is a target', () => {
    const text = formatTable([fake('1000 items', 9.5, 2100, 0), fake('5000 items', 14, 10100, 0)], table);
    expect(text.split('\n')).toEqual([
      '          target   1000 items  5000 items',
      'per page  ≤ 13 ms  9.5 ms ✓    14 ms ✗',
      'pages              2100        10100',
      'none               –           –',
    ]);
  });

  it('the memory target follows the page count', () => {
    expect(memoryLimit(2100)).toBe(1.5 * 1024 ** 3);
    expect(memoryLimit(2101)).toBe(4 * 1024 ** 3);
    const memory = rows.find((r) => r.label.startsWith('peak memory'))!;
    expect(memory.cell(fake('a', 1, 2000, 2 * 1024 ** 3))?.ok).toBe(false);
    expect(memory.cell(fake('b', 1, 20000, 2 * 1024 ** 3))?.ok).toBe(true);
  });
});

describe('the build script the benchmark runs as', () => {
  it.each([
    ['astro build', {}],
    ['A=1 astro build', { A: '1' }],
    [
      'MIMALLOC_PURGE_DELAY=0 MIMALLOC_ARENA_EAGER_COMMIT=0 astro build',
      { MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0' },
    ],
  ])('%j sets %j', (script, env) => {
    expect(buildScriptEnv(script)).toEqual(env);
  });
  it.each(['astro build && echo done', 'A=1 vite build', 'astro check'])('refuses %j', (script) => {
    expect(() => buildScriptEnv(script)).toThrow(/astro build/);
  });
  it("reads the project's own build script, which returns the bundler's freed memory at once", () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { build: string } };
    expect(buildScriptEnv(pkg.scripts.build)).toMatchObject({ MIMALLOC_PURGE_DELAY: '0' });
  });
});
