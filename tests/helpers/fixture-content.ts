// What the fixture site holds besides its copy of a content tree (tests/fixtures/site/content/):
// the cases the tests need and real content may not have. Written into the fixture project
// before its one build (tests/helpers/fixture-site.ts); the tests read the numbers from here.

import { escapeForMdx } from '../../src/lib/markup/mdx';

const front = (fields: Record<string, string | number | boolean | undefined>) =>
  Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? JSON.stringify(v) : v}`)
    .join('\n');
const md = (fields: Parameters<typeof front>[0], body: string, extra = '') =>
  `---\n${front(fields)}${extra}\n---\n\n${body}\n`;

/** A draft, a scheduled item and an item in Mongolian only. */
export const publishing = {
  'news/mn/draft-item.md': md(
    { title: 'Ноорог', description: 'Ноорог мэдээ.', pubDate: '2020-02-01', draft: true },
    'Туршилтын текст.',
  ),
  'news/en/draft-item.md': md(
    { title: 'Draft', description: 'A draft.', pubDate: '2020-02-01', draft: true },
    'Test text.',
  ),
  'news/mn/scheduled-item.md': md(
    { title: 'Төлөвлөсөн', description: 'Ирээдүйн мэдээ.', pubDate: '2999-01-01' },
    'Туршилтын текст.',
  ),
  'news/mn/mongolian-only.md': md(
    { title: 'Зөвхөн монгол', description: 'Орчуулаагүй мэдээ.', pubDate: '2020-03-01' },
    'Туршилтын текст.',
  ),
};

/** Text that only looks like code: each is published as written (the keys are the paragraphs as shown). */
export const lookAlikes: Record<string, string> = {
  'A tolerance of < 0.5 % is allowed.': 'A tolerance of < 0.5 % is allowed.',
  'If a < b then b is larger.': 'If a < b then b is larger.',
  'The set {1, 2} has two members.': 'The set {1, 2} has two members.',
  'We know that 2 > 1 always.': 'We know that 2 > 1 always.',
  'This was item #1 on the list.': 'This was item #1 on the list.',
  'A value x <= y, and {} is empty.': 'A value x <= y, and {} is empty.',
  'Braces written as text: {process.env.HOME}.': 'Braces written as text: \\{process.env.HOME}.',
  'A tag written as text: <script>.': 'A tag written as text: &lt;script&gt;.',
  'import duties were discussed at the meeting.': 'import duties were discussed at the meeting.',
};
/** English-only news items holding the look-alikes (as typed in Markdown, and as the editor writes MDX). */
export const lookAlikeItems = 2;
const lookAlikeFile = {
  'news/en/look-alikes.md': md(
    { title: 'Look-alikes', description: 'Text that looks like code.', pubDate: '2020-02-01' },
    Object.values(lookAlikes).join('\n\n'),
  ),
  // The same text as shown, typed in the editor's MDX form: the editor writes it as MDX itself.
  'news/en/look-alikes-mdx.mdx': md(
    { title: 'Look-alikes in MDX', description: 'Text that looks like code.', pubDate: '2020-02-01' },
    escapeForMdx(Object.keys(lookAlikes).join('\n\n')),
  ),
};

// Implementation reports: the real site ships none.
const report = (fields: Parameters<typeof front>[0], evidence = '[]') =>
  md(fields, 'Хийсэн ажил.', `\nevidence: ${evidence}`);
const both = (slug: string, fields: Parameters<typeof front>[0], evidence?: string) => ({
  [`reports/mn/${slug}.md`]: report(
    { title: `Тайлан ${slug}`, unit: 'Хэмжил зүйн хэлтэс', ...fields },
    evidence,
  ),
  [`reports/en/${slug}.md`]: report(
    { title: `Report ${slug}`, unit: 'Metrology department', ...fields },
    evidence,
  ),
});
/** Reports on directive 5, enough for the reports list to need a second page. */
export const batchReports = 21;
const reports: Record<string, string> = {
  ...both(
    'reform-begun',
    { directive: 1, pubDate: '2020-06-01', status: 'in-progress' },
    '[{ news: sector-managers-conference-2020 }, { regulation: law-on-metrology-2019 }]',
  ),
  ...both(
    'reform-done',
    { directive: 1, pubDate: '2021-03-01', status: 'done' },
    '[{ service: verification-of-measuring-instruments }, { url: "https://legalinfo.mn/law/details/14440", title: "legalinfo.mn" }]',
  ),
  ...both('phone-line', { directive: 2, pubDate: '2020-05-01', status: 'in-progress' }),
  'reports/mn/phone-draft.md': report({
    title: 'Ноорог',
    unit: 'Х',
    directive: 2,
    pubDate: '2022-01-01',
    status: 'done',
    draft: true,
  }),
  'reports/mn/phone-future.md': report({
    title: 'Ирээдүй',
    unit: 'Х',
    directive: 2,
    pubDate: '2999-01-01',
    status: 'done',
  }),
  'reports/mn/mn-only.md': report({
    title: 'Зөвхөн монгол тайлан',
    unit: 'Х',
    directive: 3,
    pubDate: '2020-09-01',
    status: 'not-started',
  }),
  ...both('quality-done', { directive: 4, pubDate: '2020-04-01', status: 'done' }),
  ...both('quality-reopened', {
    directive: 4,
    pubDate: '2021-04-01',
    status: 'not-started',
    reopened: 'Стандарт шинэчлэгдсэн.',
  }),
};
for (let i = 1; i <= batchReports; i++)
  Object.assign(
    reports,
    both(`batch-${i}`, {
      directive: 5,
      pubDate: `2022-02-${String(i).padStart(2, '0')}`,
      status: 'in-progress',
    }),
  );

// Long lists: more news and regulations than a page holds.
/** News items in both languages, dated 2021 (the first 35) and 2022. */
export const listNews = 55;
export const listNewsDate = (i: number) =>
  `${i < 35 ? 2021 : 2022}-${String((i % 12) + 1).padStart(2, '0')}-10`;
/** Orders, adopted 2000–2002. */
export const listOrders = 60;
/** Mongolian-only news of 2019: more entries than the translation status shows on one page. */
export const mongolianOnly = 50;
const lists: Record<string, string> = {};
for (let i = 0; i < listNews; i++)
  for (const lang of ['mn', 'en'] as const)
    lists[`news/${lang}/item-${i}.md`] = md(
      { title: `${lang === 'mn' ? 'Мэдээ' : 'News'} ${i}`, description: `d ${i}`, pubDate: listNewsDate(i) },
      `Text ${i}.`,
    );
for (let i = 0; i < listOrders; i++)
  lists[`regulations/order-${i}.yaml`] =
    [
      'kind: order',
      `number: А/${i}`,
      `title:\n  mn: "Тушаал ${i}"\n  en: "Order ${i}"`,
      'issuer:\n  mn: Дарга\n  en: Head',
      `adopted: ${2000 + (i % 3)}`,
      'source: https://legalinfo.mn/law/details/1',
      'summary:\n  mn: Товч.\n  en: Summary.',
    ].join('\n') + '\n';
for (let i = 0; i < mongolianOnly; i++)
  lists[`news/mn/only-${i}.md`] = md(
    {
      title: `Зөвхөн монгол ${i}`,
      description: 'd',
      pubDate: `2019-05-${String((i % 28) + 1).padStart(2, '0')}`,
    },
    'Текст.',
  );

/** Every file the fixture site adds to its content tree, by path under content/. */
export const fixtureFiles: Record<string, string> = { ...publishing, ...lookAlikeFile, ...reports, ...lists };

/** The repository address the fixture site links "Edit this page" to. */
export const fixtureEditBase = 'https://git.example.mn/masm/site/-/edit/main/';
