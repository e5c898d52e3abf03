import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSession } from '../../src/lib/validate/session';
import { projectRoot } from '../helpers/astro';

// The content session: the tree read and checked once, asked by the build's integration and by
// every collection's loader; released once the collections are loaded.

const fixtureContent = resolve(projectRoot, 'tests/fixtures/site/content');
const now = new Date('2026-01-01T00:00:00Z');

describe('the content session', () => {
  it('is read once: every later ask gets the same answer', async () => {
    const first = await contentSession(projectRoot, fixtureContent, now);
    const again = await contentSession(projectRoot, fixtureContent, now);
    expect(again).toBe(first);
    expect(first.problems.filter((p) => !p.warning)).toEqual([]);
    expect(first.entries('news').length).toBeGreaterThan(0);
    expect(first.entries('directives').map((f) => f.collection)).toEqual(
      first.entries('directives').map(() => 'directives'),
    );
  });

  it('once released, keeps only what the pages still ask for: which collections exist and the MDX text', async () => {
    const root = resolve(projectRoot, 'tests/fixtures/site');
    // Its own key (another project root), so the other test's session stays whole.
    const s = await contentSession(root, fixtureContent, now);
    const mdx = s.entries('news').find((f) => f.format === 'mdx')!;
    const md = s.entries('services').find((f) => f.format === 'md')!;
    expect(mdx).toBeDefined();
    expect(s.text(md.absolute)).toBe(md.text);
    s.release();
    expect(() => s.entries('news')).toThrow(/released/);
    expect(s.files).toEqual([]);
    expect(s.has('news')).toBe(true);
    expect(s.has('reports')).toBe(false);
    expect(s.text(mdx.absolute)).toBe(mdx.text);
    expect(s.text(md.absolute)).toBeUndefined();
  });
});
