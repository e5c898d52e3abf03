import { z } from 'astro/zod';
import { fieldsOf } from '../admin/shape';
import { newsSchema } from './schemas/news';
import { regulationKinds, regulationSchema } from './schemas/regulations';
import { reportSchema } from './schemas/reports';
import { serviceCategories, serviceSchema } from './schemas/services';
import { slugify } from './slug';

export { slugify };

// `npm run new`: a new entry in both languages, every required field present with a line on what
// goes there. Text the author must write is a [[placeholder]]; check:content refuses any left.

export const scaffoldKinds = ['news', 'service', 'regulation', 'directive-report'] as const;
export type ScaffoldKind = (typeof scaffoldKinds)[number];

const isCyrillic = (text: string) => /[\u0400-\u04ff]/.test(text);

/** A YAML string value, quoted so that any text (colons, #, quotes) stays text. */
const q = (text: string) => JSON.stringify(text);
const todo = (mn: string, en: string) => `[[${mn} / ${en}]]`;

/**
 * A comment line with what goes in each field: its hint as registered on the schema (the words the
 * editor shows), in Mongolian and English, and what the scaffold adds (choices, an example).
 */
function hints(schema: z.ZodType) {
  const fields = new Map(fieldsOf(schema).map((f) => [f.name, f]));
  return (name: string, extra = '') => {
    const hint = fields.get(name)?.hint;
    if (!hint) throw new Error(`scaffold: the schema has no hint for ${name}`);
    return `# ${hint.mn} / ${hint.en}${extra ? ` ${extra}` : ''}`;
  };
}
const newsHint = hints(newsSchema(() => z.string()));
const serviceHint = hints(serviceSchema);
const regulationHint = hints(regulationSchema);
const reportHint = hints(reportSchema);

interface ScaffoldFile {
  /** Path under the content root. */
  path: string;
  text: string;
}

/**
 * The files of a new entry; the title goes into its own language, the other gets a placeholder.
 * A directive report names its directive.
 */
export function scaffold(
  kind: ScaffoldKind,
  title: string,
  today: string,
  slug = slugify(title),
  directive = 1,
): ScaffoldFile[] {
  const cyr = isCyrillic(title);
  const titles = {
    mn: cyr ? title : todo('Монгол гарчиг', 'Mongolian title'),
    en: cyr ? todo('Англи гарчиг', 'English title') : title,
  };
  if (kind === 'regulation') return [{ path: `regulations/${slug}.yaml`, text: regulation(titles, today) }];
  const folder = { news: 'news', service: 'services', 'directive-report': 'reports' }[kind];
  return (['mn', 'en'] as const).map((locale) => ({
    path: `${folder}/${locale}/${slug}.md`,
    text:
      kind === 'news'
        ? news(titles[locale], today)
        : kind === 'service'
          ? service(titles[locale], today)
          : report(titles[locale], today, directive),
  }));
}

const news = (title: string, today: string) => `---
${newsHint('title')}
title: ${q(title)}
${newsHint('description')}
description: ${q(todo('Товч агуулга', 'Summary'))}
${newsHint('pubDate')}
pubDate: ${today}
${newsHint('tags', '— [стандарт] / [standards]')}
tags: []
${newsHint('draft', '— false болгоход нийтлэгдэнэ / set false when ready')}
draft: true
---

${todo('Мэдээний текстийг энд бичнэ', 'Write the news text here')}
`;

const service = (title: string, today: string) => `---
${serviceHint('title')}
title: ${q(title)}
${serviceHint('summary')}
summary: ${q(todo('Нэг өгүүлбэр', 'One sentence'))}
${serviceHint('category', `— ${serviceCategories.join(' | ')}`)}
category: ${serviceCategories[0]}
${serviceHint('audience')}
audience: ${q(todo('Хэнд хэрэгтэй', 'Who needs it'))}
${serviceHint('steps')}
steps:
  - ${q(todo('Эхний алхам', 'First step'))}
${serviceHint('apply')}
apply:
  - method: phone
${serviceHint('legalBasis')}
legalBasis: []
${serviceHint('reviewed')}
reviewed: ${today}
${serviceHint('keywords')}
---

${todo('Үйлчилгээний тайлбарыг энд бичнэ', 'Describe the service here')}
`;

const regulation = (titles: { mn: string; en: string }, today: string) => `${regulationHint(
  'kind',
  `— ${regulationKinds.join(' | ')}`,
)}
kind: ${regulationKinds[0]}
${regulationHint('number')}
number: ${q(todo('Дугаар', 'Number'))}
${regulationHint('title')}
title:
  mn: ${q(titles.mn)}
  en: ${q(titles.en)}
${regulationHint('adopted')}
adopted: ${q(`[[${today}]]`)}
${regulationHint('source')}
source: ${q('https://legalinfo.mn/law/details/[[0]]')}
${regulationHint('summary')}
summary:
  mn: ${q(todo('Товч агуулга', 'Summary in Mongolian'))}
  en: ${q(todo('Товч агуулга англиар', 'Summary in English'))}
${regulationHint('relatedDirectives', '— [1, 4]')}
relatedDirectives: []
${regulationHint('keywords')}
`;

const report = (title: string, today: string, directive: number) => `---
${reportHint('title')}
title: ${q(title)}
${reportHint('directive')}
directive: ${directive}
${reportHint('pubDate')}
pubDate: ${today}
${reportHint('unit')}
unit: ${q(todo('Нэгжийн нэр', 'Unit name'))}
${reportHint('status')}
status: in-progress
${reportHint('evidence', '[{ news: <file> }, { regulation: <file> }, { url: "https://…", title: "…" }]')}
evidence: []
${reportHint('draft', '— false болгоход нийтлэгдэнэ / set false when ready')}
draft: true
---

${todo('Юу хийснийг энд бичнэ', 'Write what was done here')}
`;
