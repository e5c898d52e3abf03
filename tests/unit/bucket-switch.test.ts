import { describe, expect, it } from 'vitest';
import { planSwitch } from '../../scripts/lib/releases/bucket';

// How live/ in a bucket becomes a release: the order of the copies and what is removed when.
const files = (...names: string[]) => new Map(names.map((n) => [n, `md5-of-${n}`]));

describe('a switch of live/ in a bucket', () => {
  it('copies the hashed files first, then the other files, then the pages, each only if changed', () => {
    const release = files(
      '_astro/a.2.css',
      'pagefind/index/x.pf_index',
      'pagefind/pagefind-entry.json',
      'favicon.svg',
      'index.html',
      'rss.xml',
      '.release.json',
    );
    const live = files('_astro/a.1.css', 'favicon.svg', 'index.html');
    live.set('index.html', 'old');
    const plan = planSwitch(release, live, []);
    expect(plan.copy).toEqual([
      ['_astro/a.2.css', 'pagefind/index/x.pf_index'],
      ['pagefind/pagefind-entry.json'],
      ['index.html', 'rss.xml'],
    ]);
  });

  it('removes dropped pages at once and keeps other dropped files one switch, for pages still open', () => {
    const plan = planSwitch(
      files('index.html', '_astro/b.css'),
      files('index.html', 'news/old/index.html', '_astro/a.css'),
      [],
    );
    expect(plan.removePages).toEqual(['news/old/index.html']);
    expect(plan.pending).toEqual(['_astro/a.css']);
    expect(plan.removeLater).toEqual([]);
    // The next switch removes it, unless the new release has it again.
    expect(
      planSwitch(files('index.html', '_astro/c.css'), files('index.html', '_astro/a.css', '_astro/b.css'), [
        '_astro/a.css',
      ]).removeLater,
    ).toEqual(['_astro/a.css']);
    expect(
      planSwitch(files('index.html', '_astro/a.css'), files('index.html', '_astro/a.css', '_astro/b.css'), [
        '_astro/a.css',
      ]).removeLater,
    ).toEqual([]);
  });
});
