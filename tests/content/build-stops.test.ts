import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTree, fixtureProject } from '../helpers/content-fixture';

/** Every file of a folder with its contents, to tell whether anything changed. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) =>
    readdirSync(d).forEach((name) => {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[relative(dir, full)] = readFileSync(full, 'base64') + statSync(full).mtimeMs;
    });
  walk(dir);
  return out;
}

describe('a failed build leaves the previous good site as it was', () => {
  const good = contentTree();
  const broken = contentTree({ 'news/en/conf.md': ['pubDate: 2020-01-24', 'pubDate: 2020-02-31'] });
  const project = fixtureProject();
  const outDir = project.dist;
  let before: Record<string, string>;
  beforeAll(async () => {
    const first = await project.build(good.root);
    expect(first.status, first.output).toBe(0);
    before = snapshot(outDir);
  });
  afterAll(() => [good, broken, project].forEach((t) => t.cleanup()));

  it('builds the small site', () => {
    expect(Object.keys(before)).toContain(join('news', 'conf', 'index.html'));
  });

  it('stops before writing, with the bilingual report, and dist/ is untouched', async () => {
    const second = await project.build(broken.root);
    expect(second.status).not.toBe(0);
    expect(second.output).toContain('content/news/en/conf.md:4  [pubDate]');
    expect(second.output).toContain('Байх ёстой: жинхэнэ огноо');
    expect(second.output).toContain('Expected: a real date written YYYY-MM-DD');
    expect(second.output).toContain('the build stopped before writing anything');
    expect(snapshot(outDir)).toEqual(before);
  });
});
