import { describe, expect, it } from 'vitest';
import { pagedTitle, pageWindow, paginate } from '../../src/lib/paginate';
import { pageParam, pagePath } from '../../src/lib/site/urls';

describe('paginate', () => {
  it('splits a list into full pages and a last partial one, at base and base/page/n/', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2, '/news/');
    expect(pages.map((p) => [p.items, p.current, p.last, p.total])).toEqual([
      [[1, 2], 1, 3, 5],
      [[3, 4], 2, 3, 5],
      [[5], 3, 3, 5],
    ]);
    expect(pages.map((p) => pagePath(p.base, p.current))).toEqual([
      '/news/',
      '/news/page/2/',
      '/news/page/3/',
    ]);
  });

  it('gives an empty list one empty page', () => {
    expect(paginate([], 20, '/reports/')).toEqual([
      { items: [], total: 0, current: 1, last: 1, base: '/reports/' },
    ]);
  });

  it('names the rest of the path after the route folder', () => {
    expect(pageParam('/news/', '/news/', 1)).toBeUndefined();
    expect(pageParam('/news/', '/news/', 4)).toBe('page/4');
    expect(pageParam('/news/year/2020/', '/news/', 2)).toBe('year/2020/page/2');
    expect(pageParam('/regulations/oldest/', '/regulations/', 1)).toBe('oldest');
  });
});

describe('pageWindow', () => {
  it.each([
    [1, 1, [1]],
    [1, 5, [1, 2, 3, null, 5]],
    [3, 5, [1, 2, 3, 4, 5]],
    [10, 20, [1, null, 8, 9, 10, 11, 12, null, 20]],
  ])('page %i of %i links to %j', (current, last, expected) => {
    expect(pageWindow(current, last)).toEqual(expected);
  });

  /** Fewest clicks from page 1 to every page, following only the links each page shows. */
  const clicks = (last: number) => {
    const seen = new Map([[1, 0]]);
    let frontier = [1];
    while (frontier.length) {
      const next: number[] = [];
      for (const p of frontier)
        for (const n of pageWindow(p, last))
          if (n !== null && !seen.has(n)) seen.set(n, seen.get(p)! + 1) && next.push(n);
      frontier = next;
    }
    return seen;
  };

  it.each([50, 500, 5000])('reaches each of %i pages in a few clicks with few links per page', (last) => {
    const reached = clicks(last);
    expect(reached.size).toBe(last);
    expect(Math.max(...reached.values())).toBeLessThanOrEqual(8);
    for (const current of [1, Math.floor(last / 2), last])
      expect(pageWindow(current, last).filter((n) => n !== null).length).toBeLessThanOrEqual(30);
  });
});

describe('pagedTitle', () => {
  it('adds the page number after the first page only', () => {
    expect(pagedTitle('News', { current: 1, last: 3 }, 'Page {n} of {total}')).toBe('News');
    expect(pagedTitle('News', { current: 2, last: 3 }, 'Page {n} of {total}')).toBe('News: Page 2 of 3');
  });
});
