import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentReport } from '../../src/lib/validate/index';

// Whatever a merge request can hold, the checker answers with messages, never an exception: junk
// thrown at the one reader and everything after it (schemas, model, bodies, pictures).

const root = mkdtempSync(join(tmpdir(), 'masm-fuzz-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A small seeded generator (mulberry32): the same junk on every run, so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pieces = [
  '---',
  '---\n',
  'title: ',
  'pubDate: 2020-02-30',
  'draft: yes',
  'tags: [a, [b, {c: d}]]',
  '&a [1, 2]',
  '*a',
  '<<: *a',
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  ': :',
  '- - -',
  '\t',
  '\r\n',
  '\n',
  '\uFEFF',
  '\u0000',
  '\u202E',
  'Ө',
  'ү',
  '🙂',
  '<DirectiveList group="task" />',
  '<DirectiveList group={x} />',
  '<script>alert(1)</script>',
  '{process.env.X}',
  'import x from "y"',
  'export const a = 1',
  '![](x.png)',
  '[x](javascript:alert(1))',
  '| a |\n| - |\n| b |',
  '[^1]\n\n[^1]: note',
  '__proto__: 1',
  'constructor: {}',
  'hero:\n  src: ../../../../etc/passwd\n  alt: x',
  'x'.repeat(5000),
  '9'.repeat(400),
  '!!binary aGVsbG8=',
  '!!js/function "function(){}"',
  '? complex\n: key',
  '%YAML 1.1\n---',
  // Aliases of aliases: a few lines that expand to millions of values.
  'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
];

function junk(next: () => number): Uint8Array | string {
  const kind = next();
  if (kind < 0.15)
    return Uint8Array.from({ length: Math.floor(next() * 512) }, () => Math.floor(next() * 256));
  const parts: string[] = [];
  const n = Math.floor(next() * 30);
  for (let i = 0; i < n; i++) parts.push(pieces[Math.floor(next() * pieces.length)]);
  const text = parts.join(next() < 0.5 ? '\n' : ' ');
  // Deep nesting, which recursive code meets last.
  if (kind > 0.95) return `---\ntitle: ${'['.repeat(2000)}${']'.repeat(2000)}\n---\n${'> '.repeat(3000)}x\n`;
  return kind < 0.3 ? Buffer.concat([Buffer.from(text), Buffer.from([0xc3, 0x28])]) : text;
}

const names = [
  'news/mn/a.md',
  'news/en/a.md',
  'news/mn/b.mdx',
  'news/en/b.mdx',
  'pages/mn/about.md',
  'services/en/x.md',
  'reports/mn/r.md',
  'directives/01.yaml',
  'regulations/law.yaml',
  'synonyms/s.yaml',
  'news/images/p.svg',
  'news/images/p.png',
  'news/mn/Upper.md',
  'news/mn/кирилл.md',
  'news/xx/a.md',
  'other/a.md',
  'news/mn/a.txt',
];

const bomb = pieces.at(-1)!;
/** Known-nasty files first, then random ones. */
const nasty: Record<string, string | Uint8Array>[] = [
  { 'content/synonyms/bomb.yaml': bomb },
  { 'content/news/mn/bomb.md': `---\n${bomb}\n---\n\nText.\n` },
  { 'content/directives/01.yaml': `text: ${'['.repeat(5000)}` },
  { 'content/news/en/big.md': `---\ntitle: x\n---\n${'word '.repeat(300_000)}` },
  { 'content/news/en/empty.md': '' },
  { 'content/news/en/bom.md': '\uFEFF' },
  { 'content/pages/mn/nul.md': '---\ntitle: a\u0000b\n---\n' },
  { 'content/pages/mn/latin1.md': Buffer.from('---\ntitle: caf\xe9\n---\n', 'latin1') },
  { 'content/news/images/x.svg': '<svg onload="alert(1)"/>' },
  { 'content/news/images/x.png': '<html></html>' },
];

describe('the content checker, fed junk', () => {
  it('answers every tree with messages naming files, and never throws', () => {
    const next = random(20261206);
    const failures: string[] = [];
    let problems = 0;
    for (let round = 0; round < 150 + nasty.length; round++) {
      const files: Record<string, string | Uint8Array> = { ...nasty[round] };
      const count = round < nasty.length ? 0 : 1 + Math.floor(next() * 6);
      for (let i = 0; i < count; i++)
        files[`content/${names[Math.floor(next() * names.length)]}`] = junk(next);
      try {
        const report = contentReport(root, { contentRoot: 'content', overrides: files, now: new Date() });
        problems += report.problems.length;
        for (const p of report.problems)
          if (!p.file || !p.expected?.mn || !p.expected?.en)
            failures.push(`round ${round}: ${JSON.stringify(p)}`);
      } catch (e) {
        failures.push(`round ${round}: ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
      }
    }
    expect(failures).toEqual([]);
    expect(problems).toBeGreaterThan(150);
  }, 120_000);
});
