import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditBuiltPages } from '../gates/browser-audit';
import { validateHtml } from '../gates/html-validator';
import { linkProblems } from '../gates/links';
import { pagesToCheck } from '../gates/site-pages';
import { thirdPartyRequests } from '../gates/weight';
import { page, readDist, text } from '../helpers/dist';
import { buildWithExtraContent } from '../helpers/fixture-site';

// Implementation reports exist only in this fixture build: the real site ships none.

type Fields = Record<string, string | number | boolean | undefined>;
const report = (fields: Fields, evidence = '[]', body = 'Хийсэн ажил.') =>
  `---\n${Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? JSON.stringify(v) : v}`)
    .join('\n')}\nevidence: ${evidence}\n---\n\n${body}\n`;
const both = (slug: string, fields: Fields, evidence?: string) => ({
  [`content/reports/mn/${slug}.md`]: report(
    { title: `Тайлан ${slug}`, unit: 'Хэмжил зүйн хэлтэс', ...fields },
    evidence,
  ),
  [`content/reports/en/${slug}.md`]: report(
    { title: `Report ${slug}`, unit: 'Metrology department', ...fields },
    evidence,
  ),
});

const files: Record<string, string> = {
  ...both(
    'reform-begun',
    { directive: 1, date: '2020-06-01', status: 'in-progress' },
    '[{ news: sector-managers-conference-2020 }, { regulation: law-on-metrology-2019 }]',
  ),
  ...both(
    'reform-done',
    { directive: 1, date: '2021-03-01', status: 'done' },
    '[{ service: verification-of-measuring-instruments }, { url: "https://legalinfo.mn/law/details/14440", title: "legalinfo.mn" }]',
  ),
  ...both('phone-line', { directive: 2, date: '2020-05-01', status: 'in-progress' }),
  'content/reports/mn/phone-draft.md': report({
    title: 'Ноорог',
    unit: 'Х',
    directive: 2,
    date: '2022-01-01',
    status: 'done',
    draft: true,
  }),
  'content/reports/mn/phone-future.md': report({
    title: 'Ирээдүй',
    unit: 'Х',
    directive: 2,
    date: '2999-01-01',
    status: 'done',
  }),
  'content/reports/mn/mn-only.md': report({
    title: 'Зөвхөн монгол тайлан',
    unit: 'Х',
    directive: 3,
    date: '2020-09-01',
    status: 'not-started',
  }),
  ...both('quality-done', { directive: 4, date: '2020-04-01', status: 'done' }),
  ...both('quality-reopened', {
    directive: 4,
    date: '2021-04-01',
    status: 'not-started',
    reopened: 'Стандарт шинэчлэгдсэн.',
  }),
};
// Enough reports on directive 5 for the list to need a second page.
for (let i = 1; i <= 21; i++)
  Object.assign(
    files,
    both(`batch-${i}`, {
      directive: 5,
      date: `2022-02-${String(i).padStart(2, '0')}`,
      status: 'in-progress',
    }),
  );

let site: ReturnType<typeof buildWithExtraContent>;
beforeAll(() => {
  site = buildWithExtraContent(files);
  if (site.status !== 0) throw new Error(site.output);
}, 180_000);
afterAll(() => site?.cleanup());
const doc = (path: string) => page(path, site.dist);

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
      expect(readDist(f, site.dist), f).not.toMatch(/phone-draft|phone-future/);
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
    expect(readDist('/en/rss.xml', site.dist)).toContain('/en/reports/reform-done/');
    expect(readDist('/rss.xml', site.dist)).toContain('/reports/mn-only/');
    expect(readDist('/sitemap-0.xml', site.dist)).toContain('/en/reports/reform-done/</loc>');
  });

  it('passes the links, HTML, accessibility and weight gates', async () => {
    const pages = pagesToCheck(site.dist);
    expect(linkProblems(site.dist, pages)).toEqual([]);
    const checked = [
      '/directives/',
      '/en/directives/status/not-started/',
      '/en/directives/1/',
      '/en/reports/',
      '/en/reports/page/2/',
      '/en/reports/reform-done/',
      '/en/reports/mn-only/',
      '/reports/mn-only/',
    ];
    const files = checked.map((p) => `${site.dist}${p}index.html`);
    expect(validateHtml(files).map((e) => `${e.file}:${e.line}: ${e.message}`)).toEqual([]);
    const { origin, audits } = await auditBuiltPages(site.dist, checked);
    for (const [path, audit] of audits) {
      expect(audit.axe.light, path).toEqual([]);
      expect(audit.axe.dark, path).toEqual([]);
      expect(audit.scriptBytes, path).toBe(0);
      expect(thirdPartyRequests(origin, audit.requests), path).toEqual([]);
    }
  }, 120_000);
});
