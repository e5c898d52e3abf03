import { describe, expect, it } from 'vitest';
import { page, readDist, text } from '../helpers/dist';

// Implementation reports exist only in the fixture site (tests/helpers/fixture-content.ts): the
// real site ships none.

const doc = (path: string) => page(path);

describe('directive status from reports', () => {
  it.each([
    ['/directives/1/', 'Хэрэгжсэн', '2021 оны 3 дугаар сарын 1'],
    ['/en/directives/1/', 'Done', '1 March 2021'],
    ['/en/directives/2/', 'In progress', '1 May 2020'],
    ['/en/directives/3/', 'Not started', '1 September 2020'],
    ['/directives/4/', 'Эхлээгүй', '2021 оны 4 дүгээр сарын 1'],
    ['/en/directives/7/', 'No report yet', undefined],
  ])('%s: the latest published report decides (%s)', (path, status, date) => {
    const facts = doc(path).querySelectorAll('dl.facts dd').map(text);
    expect(facts[0]).toBe(status);
    if (date) expect(facts[1]).toBe(date);
    else expect(facts).toHaveLength(2);
  });

  it('lists all reports of a directive newest first, with unit, status and evidence that resolve', () => {
    const items = doc('/en/directives/1/').querySelectorAll('.report-list > li');
    expect(items.map((li) => text(li.querySelector('h3')))).toEqual([
      'Report reform-done',
      'Report reform-begun',
    ]);
    expect(text(items[0].querySelector('.meta'))).toBe(
      '1 March 2021 · Reporting unit: Metrology department · Implementation: Done',
    );
    expect(items[0].querySelectorAll('.evidence a').map((a) => a.getAttribute('href'))).toEqual([
      '/en/services/verification-of-measuring-instruments/',
      'https://legalinfo.mn/law/details/14440',
    ]);
    expect(items[1].querySelectorAll('.evidence a').map((a) => a.getAttribute('href'))).toEqual([
      '/en/news/sector-managers-conference-2020/',
      '/en/regulations/law-on-metrology-2019/',
    ]);
  });

  it('leaves drafts and future reports out everywhere', () => {
    for (const f of ['/directives/2/index.html', '/reports/index.html', '/rss.xml', '/sitemap-0.xml'])
      expect(readDist(f), f).not.toMatch(/phone-draft|phone-future/);
  });

  it('lists an untranslated report in its own language on the other page', () => {
    const link = doc('/en/directives/3/').querySelector('.report-list a');
    expect(link?.getAttribute('href')).toBe('/reports/mn-only/');
    expect(link?.getAttribute('lang')).toBe('mn');
    expect(link?.getAttribute('hreflang')).toBe('mn');
  });
});

describe('the directives at a glance', () => {
  const counts = { 'No report yet': 5, 'Not started': 2, 'In progress': 2, Done: 1 };

  it('draws the counts as an SVG bar whose text equivalent says the same', () => {
    const d = doc('/en/directives/');
    const svg = d.querySelector('svg.status-bar')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    const widths = svg
      .querySelectorAll('rect')
      .map((r) => [r.getAttribute('class'), Number(r.getAttribute('width'))]);
    expect(widths).toEqual([
      ['status-no-report-yet', 50],
      ['status-not-started', 20],
      ['status-in-progress', 20],
      ['status-done', 10],
    ]);
    const legend = d.querySelectorAll('.status-legend li').map(text);
    expect(legend).toEqual([...Object.entries(counts).map(([s, n]) => `${s}: ${n}`), 'All: 10']);
    // Each directive card says the same as the counts.
    const statuses = d.querySelectorAll('.directive-cards .status').map(text);
    for (const [s, n] of Object.entries(counts)) expect(statuses.filter((x) => x === s)).toHaveLength(n);
  });

  it('filters by status with plain links', () => {
    const link = doc('/en/directives/').querySelector(
      '.status-legend a[href="/en/directives/status/not-started/"]',
    );
    expect(text(link)).toBe('Not started: 2');
    const shown = doc('/en/directives/status/not-started/').querySelectorAll('.directive-cards h3').map(text);
    expect(shown).toEqual(['Directive 3', 'Directive 4']);
    expect(doc('/directives/status/done/').querySelectorAll('.directive-cards h3').map(text)).toEqual([
      'Үүрэг даалгавар 1',
    ]);
  });
});

describe('the reports', () => {
  it('lists every report newest first, twenty a page', () => {
    const first = doc('/en/reports/').querySelectorAll('.news-list > li h2').map(text);
    expect(first).toHaveLength(20);
    expect(first[0]).toBe('Report batch-21');
    const second = doc('/en/reports/page/2/').querySelectorAll('.news-list > li h2').map(text);
    expect(second).toEqual([
      'Report batch-1',
      'Report quality-reopened',
      'Report reform-done',
      'Report reform-begun',
      'Report phone-line',
      'Report quality-done',
    ]);
    expect(doc('/en/reports/').querySelector('a[rel="next"]')?.getAttribute('href')).toBe(
      '/en/reports/page/2/',
    );
  });

  it('gives each report a page with Report JSON-LD about its directive, search data and the reason it was reopened', () => {
    const d = doc('/en/reports/quality-reopened/');
    const ld = d.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent));
    const r = ld.find((x) => x['@type'] === 'Report');
    expect(r.about.url).toBe(new URL('/en/directives/4/', r.mainEntityOfPage).href);
    expect(r.datePublished).toBe('2021-04-01');
    expect(d.querySelector('[data-pagefind-filter="type:report"]')).not.toBeNull();
    expect(d.querySelector('[data-pagefind-filter="status:not-started"]')).not.toBeNull();
    expect(text(d.querySelector('dl.facts'))).toContain('Стандарт шинэчлэгдсэн.');
  });

  it('puts reports in the feeds and the sitemap', () => {
    expect(readDist('/en/rss.xml')).toContain('/en/reports/batch-21/');
    expect(readDist('/rss.xml')).toContain('/reports/batch-21/');
    expect(readDist('/sitemap-0.xml')).toContain('/en/reports/reform-done/</loc>');
  });
});
