import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTree, fixtureProject } from '../helpers/content-fixture';

// An item dated D is live from 00:00 in Ulaanbaatar on D, that is 16:00 UTC the day before: the
// same small site built one second before that moment and at it (SITE_NOW), compared in every
// place a page appears: its page, the news list and its year, the feed, the sitemap and search.

const item =
  '---\ntitle: Zuragdakh\ndescription: Zuragdakh medee.\npubDate: 2026-06-16\n---\n\nQuokkaword.\n';
const tree = contentTree({ 'news/mn/on-the-day.md': item });
const builds = {
  before: { now: '2026-06-15T15:59:59Z', project: fixtureProject() },
  at: { now: '2026-06-15T16:00:00Z', project: fixtureProject() },
};

beforeAll(async () => {
  const results = await Promise.all(
    Object.values(builds).map((b) => b.project.build(tree.root, { SITE_NOW: b.now })),
  );
  for (const r of results) if (r.status !== 0) throw new Error(r.output);
}, 180_000);
afterAll(() => {
  Object.values(builds).forEach((b) => b.project.cleanup());
  tree.cleanup();
});

/** Where the item shows in one build. */
function appearances(dist: string) {
  const read = (path: string) => (existsSync(join(dist, path)) ? readFileSync(join(dist, path), 'utf8') : '');
  const fragments = join(dist, 'pagefind', 'fragment');
  const indexed = readdirSync(fragments).some((f) =>
    gunzipSync(readFileSync(join(fragments, f)))
      .toString('utf8')
      .includes('Quokkaword'),
  );
  return {
    page: existsSync(join(dist, 'news', 'on-the-day', 'index.html')),
    list: read('news/index.html').includes('/news/on-the-day/'),
    year: read('news/year/2026/index.html').includes('/news/on-the-day/'),
    feed: read('rss.xml').includes('/news/on-the-day/'),
    sitemap: read('sitemap-0.xml').includes('/news/on-the-day/'),
    search: indexed,
  };
}

describe('an item dated 16 June 2026', () => {
  it('is nowhere at 15:59:59 UTC on 15 June (23:59:59 in Ulaanbaatar)', () => {
    expect(appearances(builds.before.project.dist)).toEqual({
      page: false,
      list: false,
      year: false,
      feed: false,
      sitemap: false,
      search: false,
    });
  });

  it('is everywhere at 16:00 UTC on 15 June (00:00 on 16 June in Ulaanbaatar)', () => {
    expect(appearances(builds.at.project.dist)).toEqual({
      page: true,
      list: true,
      year: true,
      feed: true,
      sitemap: true,
      search: true,
    });
  });

  it('carries the moment it went live in the feed, and its date on its page', () => {
    const feed = readFileSync(join(builds.at.project.dist, 'rss.xml'), 'utf8');
    expect(feed).toContain('<pubDate>Mon, 15 Jun 2026 16:00:00 GMT</pubDate>');
    const html = readFileSync(join(builds.at.project.dist, 'news', 'on-the-day', 'index.html'), 'utf8');
    expect(html).toContain('datetime="2026-06-16"');
  });
});
