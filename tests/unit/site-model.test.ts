import { describe, expect, it } from 'vitest';
import type { DirectiveData } from '../../src/lib/schemas/directives';
import type { NewsData } from '../../src/lib/schemas/news';
import type { PageData } from '../../src/lib/schemas/pages';
import type { RegulationData } from '../../src/lib/schemas/regulations';
import type { ReportData } from '../../src/lib/schemas/reports';
import type { ServiceData } from '../../src/lib/schemas/services';
import type { Entry } from '../../src/lib/site/entries';
import { buildSiteModel } from '../../src/lib/site/model';

// The site model from plain arrays: no Astro, no files.

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const now = day('2026-11-25');

const newsItem = (id: string, data: Partial<NewsData> = {}): Entry<NewsData> => ({
  id,
  filePath: `content/news/${id}.md`,
  data: { title: id, description: 'd', pubDate: day('2020-01-24'), tags: [], draft: false, ...data },
});
const service = (
  id: string,
  legalBasis: string[] = [],
  data: Partial<ServiceData> = {},
): Entry<ServiceData> => ({
  id,
  filePath: `content/services/${id}.md`,
  data: {
    title: id,
    summary: 's',
    category: 'certification',
    audience: 'a',
    steps: ['x'],
    documents: [],
    keywords: [],
    apply: [{ method: 'phone' }],
    legalBasis,
    reviewed: day('2026-11-24'),
    ...data,
  },
});
const reg = (id: string, data: Partial<RegulationData> = {}): Entry<RegulationData> => ({
  id,
  filePath: `content/regulations/${id}.yaml`,
  data: {
    kind: 'law',
    title: { mn: id, en: id },
    adopted: 2000,
    source: 'https://legalinfo.mn/law/details/1',
    summary: { mn: 's', en: 's' },
    relatedDirectives: [],
    ...data,
  },
});
const directive = (id: string, number: number, article = 'conf'): Entry<DirectiveData> => ({
  id,
  filePath: `content/directives/${id}.yaml`,
  data: { number, group: 'task', text: { mn: 'x', en: 'x' }, article },
});
const page = (id: string): Entry<PageData> => ({
  id,
  filePath: `content/pages/${id}.md`,
  data: { title: id, description: 'd' },
});

const report = (id: string, data: Partial<ReportData> = {}): Entry<ReportData> => ({
  id,
  filePath: `content/reports/${id}.md`,
  data: {
    title: id,
    directive: 1,
    pubDate: day('2021-01-01'),
    unit: 'u',
    status: 'in-progress',
    evidence: [],
    draft: false,
    ...data,
  },
});

const base = () => ({
  news: [newsItem('mn/conf'), newsItem('en/conf')],
  pages: [page('mn/about'), page('en/about')],
  services: [service('mn/s', ['law-b']), service('en/s', ['law-b'])],
  directives: [directive('01', 1), directive('02', 2)],
  regulations: [
    reg('law-a', { status: 'replaced', replacedBy: 'law-b', adopted: 1994 }),
    reg('law-b', { adopted: day('2019-05-09'), relatedDirectives: [2] }),
  ],
  reports: [] as Entry<ReportData>[],
});
const build = (c = base()) => buildSiteModel(c, { now });
const where = (m: ReturnType<typeof build>) => m.problems.map((p) => `${p.file} ${p.field} ${p.found}`);

describe('the site model resolves every relation once', () => {
  const m = build();

  it('has no problems for consistent content', () => {
    expect(m.problems).toEqual([]);
  });

  it('links regulations both ways, with their services per language and their directives', () => {
    const b = m.regulations.find((r) => r.slug === 'law-b')!;
    expect(b.replaces.map((r) => r.id)).toEqual(['law-a']);
    expect(b.services.en.map((s) => s.slug)).toEqual(['s']);
    expect(b.services.mn.map((s) => s.item.id)).toEqual(['mn/s']);
    expect(b.directives.map((d) => d.number)).toEqual([2]);
    expect(m.regulations.find((r) => r.slug === 'law-a')!.replacedBy?.id).toBe('law-b');
    // Newest first; a year alone counts from 1 January.
    expect(m.regulations.map((r) => r.slug)).toEqual(['law-b', 'law-a']);
    expect(m.regulations[1].time).toBe(Date.UTC(1994, 0, 1));
  });

  it('gives directives their article date and regulations, and the article its directives', () => {
    expect(m.directives[1].date).toEqual(day('2020-01-24'));
    expect(m.directives[1].regulations.map((r) => r.id)).toEqual(['law-b']);
    const article = m.routes.news.find((r) => r.params.slug === 'conf' && r.params.lang === 'en')!;
    expect(article.props.directives.map((d) => d.number)).toEqual([1, 2]);
  });

  it('gives service pages their legal basis and every route its params', () => {
    expect(
      m.routes.services.map((r) => [r.params.lang, r.params.slug, r.props.legalBasis.map((x) => x.id)]),
    ).toEqual([
      [undefined, 's', ['law-b']],
      ['en', 's', ['law-b']],
    ]);
    expect(m.routes.directives.map((r) => `${r.params.lang ?? 'mn'}/${r.params.n}`)).toEqual([
      'mn/1',
      'en/1',
      'mn/2',
      'en/2',
    ]);
    expect(m.routes.standing('about').map((r) => r.props.path)).toEqual(['/about/', '/about/']);
  });

  it('lists every page the build makes', () => {
    for (const p of [
      '/news/conf/',
      '/about/',
      '/services/s/',
      '/directives/2/',
      '/regulations/law-a/',
      '/regulations/kind/law/',
    ])
      expect(m.paths).toContain(p);
  });
});

describe('publication', () => {
  it('leaves drafts and scheduled news out of lists and pages, and shows them in preview', () => {
    const c = base();
    c.news.push(newsItem('mn/draft', { draft: true }), newsItem('mn/later', { pubDate: day('2027-01-01') }));
    const m = build(c);
    expect(m.news.filter((n) => n.locale === 'mn').map((n) => n.slug)).toEqual(['conf']);
    expect(m.paths).not.toContain('/news/draft/');
    expect(m.paths).not.toContain('/news/later/');
    const preview = buildSiteModel(c, { now, preview: true });
    expect(preview.news.filter((n) => n.locale === 'mn').map((n) => n.slug)).toEqual([
      'later',
      'conf',
      'draft',
    ]);
  });

  it('gives an untranslated news item a notice in the other language', () => {
    const c = base();
    c.news.push(newsItem('mn/only-mn', { pubDate: day('2021-01-01') }));
    const pages = build(c).routes.news.filter((r) => r.params.slug === 'only-mn');
    expect(pages.map((r) => [r.params.lang, r.props.page.kind])).toEqual([
      [undefined, 'entry'],
      ['en', 'untranslated'],
    ]);
  });
});

describe('cross-file checks name the file and the field', () => {
  it('a replacedBy that names no regulation', () => {
    const c = base();
    c.regulations.push(reg('old', { status: 'replaced', replacedBy: 'missing' }));
    expect(where(build(c))).toEqual(['content/regulations/old.yaml replacedBy "missing"']);
  });

  it('a replacedBy loop, once, and a regulation replaced by itself', () => {
    const c = base();
    c.regulations.push(
      reg('loop-a', { status: 'replaced', replacedBy: 'loop-b' }),
      reg('loop-b', { status: 'replaced', replacedBy: 'loop-a' }),
      reg('self', { status: 'replaced', replacedBy: 'self' }),
    );
    expect(where(build(c))).toEqual([
      'content/regulations/loop-a.yaml replacedBy loop-a → loop-b → loop-a',
      'content/regulations/self.yaml replacedBy self → self',
    ]);
  });

  it('a legal basis that names no regulation', () => {
    const c = base();
    c.services[1] = service('en/s', ['law-b', 'nope']);
    expect(where(build(c))).toEqual(['content/services/en/s.md legalBasis.1 "nope"']);
  });

  it('a directive whose article is missing or not published, and a duplicate number', () => {
    const c = base();
    c.news.push(newsItem('mn/draft', { draft: true }));
    c.directives.push(directive('03', 3, 'no-such-news'), directive('04', 4, 'draft'), directive('05', 2));
    expect(where(build(c))).toEqual([
      'content/directives/03.yaml article "no-such-news"',
      'content/directives/04.yaml article "draft"',
      'content/directives/05.yaml number 2',
    ]);
  });

  it('a related directive that does not exist', () => {
    const c = base();
    c.regulations.push(reg('x', { relatedDirectives: [1, 7] }));
    expect(where(build(c))).toEqual(['content/regulations/x.yaml relatedDirectives.1 7']);
  });

  it('a service or standing page without its translation (news may have one language)', () => {
    const c = base();
    c.services.push(service('mn/lonely'));
    c.pages.push(page('en/contact'));
    c.news.push(newsItem('mn/only-mn'));
    expect(where(build(c))).toEqual([
      'content/pages/en/contact.md file name ',
      'content/services/mn/lonely.md file name ',
    ]);
  });

  it('an English news item dated other than its Mongolian original', () => {
    const c = base();
    c.news[1] = newsItem('en/conf', { pubDate: day('2020-01-25') });
    const m = build(c);
    expect(where(m)).toEqual(['content/news/en/conf.md pubDate 2020-01-25']);
    expect(m.problems[0].expected.en).toContain('2020-01-24');
  });

  it("a service whose translation gives another day, or none, for the end of the law's assignment", () => {
    const c = base();
    c.services.push(
      service('mn/verify', [], { assignedUntil: day('2022-12-25') }),
      service('en/verify', [], { assignedUntil: day('2022-12-26') }),
      service('mn/type', [], { assignedUntil: day('2022-12-25') }),
      service('en/type'),
      service('mn/same', [], { assignedUntil: day('2022-12-25') }),
      service('en/same', [], { assignedUntil: day('2022-12-25') }),
    );
    const m = build(c);
    expect(where(m).sort()).toEqual([
      'content/services/en/type.md assignedUntil none',
      'content/services/en/verify.md assignedUntil 2022-12-26',
    ]);
    expect(m.problems.map((p) => p.expected.en).join(' ')).toContain('2022-12-25');
  });
});

describe('directive status from implementation reports', () => {
  const withReports = (...reports: Entry<ReportData>[]) => {
    const c = base();
    c.reports.push(...reports);
    return build(c);
  };

  it('is "no report yet" without reports, for every directive', () => {
    const m = build();
    expect(m.directives.map((d) => [d.status, d.statusDate])).toEqual([
      ['no-report-yet', undefined],
      ['no-report-yet', undefined],
    ]);
    expect(m.statusCounts).toEqual({ 'no-report-yet': 2, 'not-started': 0, 'in-progress': 0, done: 0 });
  });

  it('follows the latest published report; drafts and future reports do not count', () => {
    const m = withReports(
      report('mn/early', { pubDate: day('2020-06-01'), status: 'not-started' }),
      report('mn/later', { pubDate: day('2021-03-01'), status: 'in-progress' }),
      report('mn/draft', { pubDate: day('2022-01-01'), status: 'done', draft: true }),
      report('mn/future', { pubDate: day('2027-01-01'), status: 'done' }),
      report('en/early', { pubDate: day('2020-06-01'), status: 'not-started' }),
      report('mn/other', { directive: 2, pubDate: day('2020-02-01'), status: 'done' }),
    );
    expect(m.problems).toEqual([]);
    expect(m.directives[0].status).toBe('in-progress');
    expect(m.directives[0].statusDate).toEqual(day('2021-03-01'));
    expect(m.directives[1].status).toBe('done');
    expect(m.statusCounts).toEqual({ 'no-report-yet': 0, 'not-started': 0, 'in-progress': 1, done: 1 });
    expect(m.paths).not.toContain('/reports/draft/');
    expect(m.paths).not.toContain('/reports/future/');
    expect(m.paths).toContain('/directives/status/done/');
    expect(m.paths).not.toContain('/directives/status/not-started/');
  });

  it("lists a directive's reports newest first per language, an untranslated one in its own language", () => {
    const m = withReports(
      report('mn/early', { pubDate: day('2020-06-01') }),
      report('en/early', { pubDate: day('2020-06-01') }),
      report('mn/later', { pubDate: day('2021-03-01') }),
    );
    expect(m.directives[0].reports.mn.map((r) => r.slug)).toEqual(['later', 'early']);
    expect(m.directives[0].reports.en.map((r) => [r.slug, r.reportLocale])).toEqual([
      ['later', 'mn'],
      ['early', 'en'],
    ]);
  });

  it('resolves evidence into links with titles in the page language', () => {
    const m = withReports(
      report('en/r', {
        evidence: [
          { news: 'conf' },
          { regulation: 'law-b' },
          { service: 's' },
          { url: 'https://example.mn/', title: 'E' },
        ],
      }),
    );
    expect(m.evidenceLinks(m.reports[0].item.data.evidence, 'en')).toEqual([
      { href: '/en/news/conf/', label: 'en/conf', external: false },
      { href: '/en/regulations/law-b/', label: 'law-b', external: false },
      { href: '/en/services/s/', label: 'en/s', external: false },
      { href: 'https://example.mn/', label: 'E', external: true },
    ]);
  });

  it('pages the report list twenty at a time', () => {
    const many = Array.from({ length: 45 }, (_, i) =>
      report(`en/r${i}`, { pubDate: new Date(Date.UTC(2021, 0, 1 + i)) }),
    );
    const list = withReports(...many).routes.reportList.filter((r) => r.params.lang === 'en');
    expect(list.map((r) => [r.params.page, r.props.list.items.length])).toEqual([
      [undefined, 20],
      ['page/2', 20],
      ['page/3', 5],
    ]);
    expect(list[0].props.list.items[0].slug).toBe('r44');
    expect(list[2].props.evidence).toHaveLength(5);
  });
});

describe('long lists are split into pages', () => {
  const manyNews = () => {
    const c = base();
    // 30 items in 2021 and 15 in 2022, Mongolian only.
    for (let i = 0; i < 45; i++)
      c.news.push(newsItem(`mn/n${i}`, { pubDate: new Date(Date.UTC(i < 30 ? 2021 : 2022, 0, 1 + i)) }));
    return build(c);
  };

  it('pages the news twenty at a time, newest first, with an archive per year', () => {
    const m = manyNews();
    const mn = m.routes.newsList.filter((r) => r.params.lang === undefined);
    expect(mn.map((r) => [r.params.page, r.props.list.items.length, r.props.year])).toEqual([
      [undefined, 20, undefined],
      ['page/2', 20, undefined],
      ['page/3', 6, undefined],
      ['year/2022', 15, 2022],
      ['year/2021', 20, 2021],
      ['year/2021/page/2', 10, 2021],
      ['year/2020', 1, 2020],
    ]);
    expect(mn[0].props.years).toEqual([
      [2022, 15],
      [2021, 30],
      [2020, 1],
    ]);
    expect(mn[0].props.list.items[0].slug).toBe('n44');
    // Every item is on exactly one page of all news and on one page of its year.
    const listed = (pages: typeof mn) => pages.flatMap((r) => r.props.list.items.map((n) => n.slug)).sort();
    expect(listed(mn.filter((r) => !r.props.year))).toEqual(
      m.news
        .filter((n) => n.locale === 'mn')
        .map((n) => n.slug)
        .sort(),
    );
    expect(listed(mn.filter((r) => r.props.year))).toEqual(
      m.news
        .filter((n) => n.locale === 'mn')
        .map((n) => n.slug)
        .sort(),
    );
    expect(m.paths).toContain('/news/year/2021/page/2/');
    expect(m.paths).toContain('/news/page/3/');
  });

  it('gives a language without news one empty news page', () => {
    const c = base();
    c.news = [newsItem('mn/conf')];
    const en = build(c).routes.newsList.filter((r) => r.params.lang === 'en');
    expect(en.map((r) => [r.params.page, r.props.list.total, r.props.years])).toEqual([[undefined, 0, []]]);
  });

  it('pages every listing of the regulations library fifty at a time', () => {
    const c = base();
    for (let i = 0; i < 60; i++) c.regulations.push(reg(`r${i}`, { adopted: 2001 + (i % 2) }));
    const pages = build(c)
      .routes.library.filter((r) => r.params.lang === 'en')
      .map((r) => [r.params.page, r.props.list.items.length, r.props.list.total]);
    expect(pages).toEqual(
      expect.arrayContaining([
        [undefined, 50, 62],
        ['page/2', 12, 62],
        ['oldest', 50, 62],
        ['oldest/page/2', 12, 62],
        ['kind/law', 50, 62],
        ['year/2001', 30, 30],
      ]),
    );
    expect(pages.filter(([list]) => String(list).startsWith('year/2001'))).toHaveLength(1);
  });
});

describe('report checks name the file and the field', () => {
  const problems = (...reports: Entry<ReportData>[]) => {
    const c = base();
    c.reports.push(...reports);
    return where(build(c));
  };

  it('a report on a directive that does not exist', () => {
    expect(problems(report('mn/x', { directive: 9 }))).toEqual(['content/reports/mn/x.md directive 9']);
  });

  it('evidence that names a missing or unpublished entry', () => {
    const c = base();
    c.news.push(newsItem('mn/draft', { draft: true }));
    c.reports.push(
      report('mn/x', {
        evidence: [{ news: 'conf' }, { news: 'draft' }, { regulation: 'nope' }, { service: 'gone' }],
      }),
    );
    expect(where(build(c))).toEqual([
      'content/reports/mn/x.md evidence.1.news "draft"',
      'content/reports/mn/x.md evidence.2.regulation "nope"',
      'content/reports/mn/x.md evidence.3.service "gone"',
    ]);
  });

  it('"not-started" after "done" without reopened, and accepted with it', () => {
    const done = report('mn/a', { pubDate: day('2020-05-01'), status: 'done' });
    expect(problems(done, report('mn/b', { pubDate: day('2021-05-01'), status: 'not-started' }))).toEqual([
      'content/reports/mn/b.md status "not-started"',
    ]);
    expect(
      problems(
        done,
        report('mn/b', { pubDate: day('2021-05-01'), status: 'not-started', reopened: 'The rule changed.' }),
      ),
    ).toEqual([]);
    // Reports of another directive or language do not count.
    expect(problems(done, report('en/b', { pubDate: day('2021-05-01'), status: 'not-started' }))).toEqual([]);
  });

  it('a translation dated other than its original', () => {
    expect(problems(report('mn/a'), report('en/a', { pubDate: day('2021-01-02') }))).toEqual([
      'content/reports/en/a.md pubDate 2021-01-02',
    ]);
  });
});
