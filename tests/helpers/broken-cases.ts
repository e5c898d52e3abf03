import type { Changes } from './content-fixture';

// One broken file per kind of mistake an author can make, on the small valid site
// (tests/fixtures/mini-content/): [what, changes, the file refused, the field named].

const news = (fields: string, body = 'Текст.') => `---\n${fields}\n---\n\n${body}\n`;
const NEWS_MN = 'news/mn/conf.md';
const NEWS_EN = 'news/en/conf.md';
const SERVICE = 'services/en/verification.md';
const LAW = 'regulations/law-b.yaml';
const DIRECTIVE = 'directives/02.yaml';
const REPORT = 'reports/mn/first.md';

export const brokenCases: [string, Changes, string, string][] = [
  ['a mistyped field name', { [NEWS_MN]: ['tags:', 'draf: true\ntags:'] }, NEWS_MN, 'draf'],
  [
    'an unknown field inside the picture',
    { [NEWS_MN]: ['  alt:', '  caption: x\n  alt:'] },
    NEWS_MN,
    'hero.caption',
  ],
  ['month 13, day 45', { [NEWS_MN]: ['pubDate: 2020-01-24', 'pubDate: 2026-13-45'] }, NEWS_MN, 'pubDate'],
  [
    '30 February',
    { [NEWS_EN]: ['pubDate: 2020-01-24', 'pubDate: 2020-01-24\nupdatedDate: 2021-02-30'] },
    NEWS_EN,
    'updatedDate',
  ],
  [
    'a date in another format',
    { [NEWS_MN]: ['pubDate: 2020-01-24', 'pubDate: 24.01.2020'] },
    NEWS_MN,
    'pubDate',
  ],
  [
    'an update before publication',
    { [NEWS_EN]: ['pubDate: 2020-01-24', 'pubDate: 2020-01-24\nupdatedDate: 2019-01-01'] },
    NEWS_EN,
    'updatedDate',
  ],
  ['a missing headline', { [NEWS_EN]: ['title: Sector conference\n', ''] }, NEWS_EN, 'title'],
  [
    'an empty description',
    { [NEWS_EN]: ['description: A conference was held and directives were set.', "description: ''"] },
    NEWS_EN,
    'description',
  ],
  ['draft as text', { [NEWS_EN]: ['pubDate:', 'draft: "yes"\npubDate:'] }, NEWS_EN, 'draft'],
  ['tags that are not a list', { [NEWS_MN]: ['tags: [зөвлөгөөн]', 'tags: зөвлөгөөн'] }, NEWS_MN, 'tags'],
  [
    'a picture without alt text',
    { [NEWS_MN]: ['  alt: Зөвлөгөөний танхим', "  alt: ''"] },
    NEWS_MN,
    'hero.alt',
  ],
  ['a picture that does not exist', { [NEWS_MN]: ['./photo.png', './missing.png'] }, NEWS_MN, 'hero.src'],
  [
    'another date in the English version',
    { [NEWS_EN]: ['pubDate: 2020-01-24', 'pubDate: 2020-01-25'] },
    NEWS_EN,
    'pubDate',
  ],
  [
    'a link to a page that does not exist',
    { [NEWS_MN]: ['(/hotline/)', '(/hotlines/)'] },
    NEWS_MN,
    'body (link)',
  ],
  [
    'a link to a missing heading',
    { [NEWS_EN]: ['#үүрэг-болгосон-ажил', '#no-such-heading'] },
    NEWS_EN,
    'body (link)',
  ],
  ['a link over http://', { [NEWS_EN]: ['(/en/hotline/)', '(http://masm.gov.mn/)'] }, NEWS_EN, 'body (link)'],
  [
    'a body picture without alt text',
    { [NEWS_EN]: ['## Directives', '![](../mn/photo.png)\n\n## Directives'] },
    NEWS_EN,
    'body (image)',
  ],
  [
    'a body picture that does not exist',
    { [NEWS_EN]: ['## Directives', '![A hall](./hall.png)\n\n## Directives'] },
    NEWS_EN,
    'body (image)',
  ],
  [
    'HTML outside the allowed list',
    { [NEWS_EN]: ['A conference was held.', 'A conference <b>was held.'] },
    NEWS_EN,
    'body (HTML)',
  ],
  [
    'a scaffold placeholder left in',
    { [NEWS_EN]: ['## Directives', '[[Write the news text here]]\n\n## Directives'] },
    NEWS_EN,
    'body',
  ],
  [
    'broken YAML',
    { [NEWS_EN]: ['title: Sector conference', 'title: "Sector conference'] },
    NEWS_EN,
    '(front matter)',
  ],
  [
    'a non-Latin file name',
    { 'news/mn/шинэ-мэдээ.md': news('title: Х\ndescription: Х.\npubDate: 2021-01-01') },
    'news/mn/шинэ-мэдээ.md',
    'file name',
  ],
  [
    'a capital letter in a file name',
    { 'news/en/New-Item.md': news('title: X\ndescription: X.\npubDate: 2021-01-01') },
    'news/en/New-Item.md',
    'file name',
  ],
  [
    'a body file of another extension the site would skip',
    { 'news/en/notes.markdown': news('title: X\ndescription: X.\npubDate: 2021-01-01') },
    'news/en/notes.markdown',
    'file name',
  ],
  [
    'a file outside a language folder',
    { 'news/item.md': news('title: X\ndescription: X.\npubDate: 2021-01-01') },
    'news/item.md',
    'file name',
  ],
  [
    'an unknown content folder',
    { 'newz/mn/item.md': news('title: X\ndescription: X.\npubDate: 2021-01-01') },
    'newz/mn/item.md',
    'file name',
  ],
  ['an unknown service category', { [SERVICE]: ['verification-calibration', 'taxes'] }, SERVICE, 'category'],
  [
    'a summary of two sentences',
    { [SERVICE]: ['are verified.', 'are verified. Call us.'] },
    SERVICE,
    'summary',
  ],
  ['no steps', { [SERVICE]: ['steps:\n  - Call the hotline.', 'steps: []'] }, SERVICE, 'steps'],
  ['an unknown way to apply', { [SERVICE]: ['method: phone', 'method: email'] }, SERVICE, 'apply.0.method'],
  [
    'an online application over http',
    { [SERVICE]: ['method: phone', 'method: online\n    url: http://e-mongolia.mn/'] },
    SERVICE,
    'apply.0.url',
  ],
  [
    'a legal basis that does not exist',
    { [SERVICE]: ['[law-b]', '[law-b, law-c]'] },
    SERVICE,
    'legalBasis.1',
  ],
  [
    'a legal basis written as a title',
    { [SERVICE]: ['[law-b]', '[Law on Metrology]'] },
    SERVICE,
    'legalBasis.0',
  ],
  [
    'an American spelling in English',
    { [SERVICE]: ['Call the hotline.', 'Call the hotline center.'] },
    SERVICE,
    'steps.0',
  ],
  [
    'a term the law does not use',
    { 'services/mn/verification.md': ['---\n\n', '---\n\nХэв шинжийг тогтооно.\n\n'] },
    'services/mn/verification.md',
    'body',
  ],
  ['a missing review date', { [SERVICE]: ['reviewed: 2026-11-24\n', ''] }, SERVICE, 'reviewed'],
  ['a service without its translation', { 'services/mn/verification.md': null }, SERVICE, 'file name'],
  [
    'a standing page without a description',
    { 'pages/mn/about.md': ['description: About the agency.\n', ''] },
    'pages/mn/about.md',
    'description',
  ],
  ['an unknown kind of act', { [LAW]: ['kind: law', 'kind: decree'] }, LAW, 'kind'],
  ['an official text over http', { [LAW]: ['https://legalinfo.mn', 'http://legalinfo.mn'] }, LAW, 'source'],
  ['an official text elsewhere', { [LAW]: ['https://legalinfo.mn', 'https://example.com'] }, LAW, 'source'],
  ['an official text that is no address', { [LAW]: ['https://legalinfo.mn', 'legalinfo'] }, LAW, 'source'],
  ['an impossible adoption date', { [LAW]: ['2019-05-09', '2019-02-30'] }, LAW, 'adopted'],
  [
    'a missing English title',
    { [LAW]: ['title: { mn: Шинэ хууль, en: New law }', 'title: { mn: Шинэ хууль }'] },
    LAW,
    'title.en',
  ],
  [
    '"replaced" without its replacement',
    { [LAW]: ['kind: law', 'kind: law\nstatus: replaced'] },
    LAW,
    'replacedBy',
  ],
  [
    'a replacement that does not exist',
    { 'regulations/law-a.yaml': ['replacedBy: law-b', 'replacedBy: law-z'] },
    'regulations/law-a.yaml',
    'replacedBy',
  ],
  [
    'a replacement loop',
    { [LAW]: ['kind: law', 'kind: law\nstatus: replaced\nreplacedBy: law-a'] },
    'regulations/law-a.yaml',
    'replacedBy',
  ],
  [
    'a directive number out of range',
    { [LAW]: ['relatedDirectives: [1]', 'relatedDirectives: [11]'] },
    LAW,
    'relatedDirectives.0',
  ],
  [
    'a related directive that does not exist',
    { [LAW]: ['relatedDirectives: [1]', 'relatedDirectives: [1, 3]'] },
    LAW,
    'relatedDirectives.1',
  ],
  ['a duplicate directive number', { [DIRECTIVE]: ['number: 2', 'number: 1'] }, DIRECTIVE, 'number'],
  [
    'a directive whose article does not exist',
    { [DIRECTIVE]: ['article: conf', 'article: conference'] },
    DIRECTIVE,
    'article',
  ],
  [
    'a directive whose article is a draft',
    { [NEWS_MN]: ['tags:', 'draft: true\ntags:'], [NEWS_EN]: ['pubDate:', 'draft: true\npubDate:'] },
    DIRECTIVE,
    'article',
  ],
  ['an unknown group of directives', { [DIRECTIVE]: ['group: task', 'group: tasks'] }, DIRECTIVE, 'group'],
  [
    'a report on a directive that does not exist',
    { [REPORT]: ['directive: 1', 'directive: 7'] },
    REPORT,
    'directive',
  ],
  [
    'a report dated before the conference',
    {
      [REPORT]: ['pubDate: 2020-06-01', 'pubDate: 2019-12-31'],
      'reports/en/first.md': ['pubDate: 2020-06-01', 'pubDate: 2019-12-31'],
    },
    REPORT,
    'pubDate',
  ],
  ['an unknown report status', { [REPORT]: ['status: done', 'status: finished'] }, REPORT, 'status'],
  [
    'evidence naming a missing regulation',
    { [REPORT]: ['regulation: law-b', 'regulation: law-z'] },
    REPORT,
    'evidence.1.regulation',
  ],
  [
    'evidence naming a missing news item',
    { 'reports/en/first.md': ['news: conf', 'news: conference'] },
    'reports/en/first.md',
    'evidence.0.news',
  ],
  [
    'evidence naming two things at once',
    { [REPORT]: ['  - news: conf', '  - news: conf\n    service: verification'] },
    REPORT,
    'evidence.0',
  ],
  [
    'evidence over http://',
    { [REPORT]: ['url: https://legalinfo.mn', 'url: http://legalinfo.mn'] },
    REPORT,
    'evidence.3.url',
  ],
  [
    '"not started" after "done" without saying why',
    {
      'reports/mn/second.md': news(
        'title: Дахин\ndirective: 1\npubDate: 2021-01-01\nunit: Газар\nstatus: not-started',
      ),
    },
    'reports/mn/second.md',
    'status',
  ],
  [
    'a best bet for a page the site does not have',
    { 'best-bets/phone.yaml': 'page: /hotlin/\nqueries:\n  - утасны дугаар\n' },
    'best-bets/phone.yaml',
    'page',
  ],
  [
    'a best bet with no search',
    { 'best-bets/phone.yaml': 'page: /hotline/\nqueries: []\n' },
    'best-bets/phone.yaml',
    'queries',
  ],
  [
    'a best bet naming a page by its full address',
    { 'best-bets/phone.yaml': 'page: https://masm.gov.mn/hotline/\nqueries:\n  - утас\n' },
    'best-bets/phone.yaml',
    'page',
  ],
];
