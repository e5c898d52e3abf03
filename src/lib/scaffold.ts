import { regulationKinds } from './schemas/regulations';
import { reportStatuses } from './schemas/reports';
import { serviceCategories } from './schemas/services';
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
# Гарчиг, энэ файлын хэлээр / Headline, in the language of this file
title: ${q(title)}
# Жагсаалт, RSS, хайлтад гарах 1–2 өгүүлбэр / One or two sentences for listings, feeds and search
description: ${q(todo('Товч агуулга', 'Summary'))}
# Нийтлэх огноо ОООО-СС-ӨӨ, хоёр хэлээр ижил; ирээдүйн огноо бол тэр өдөр гарна / Publication date YYYY-MM-DD, the same in both languages; a future date schedules it
pubDate: ${today}
# Сэдвүүд, жишээ нь [стандарт] (заавал биш) / Topics, e.g. [standards] (optional)
tags: []
# true: сайтад гарахгүй; бэлэн болмогц false болгоно / true keeps it off the site; set false when ready
draft: true
---

${todo('Мэдээний текстийг энд бичнэ', 'Write the news text here')}
`;

const service = (title: string, today: string) => `---
# Иргэний хэлээр үйлчилгээний нэр / The task, as a citizen would say it
title: ${q(title)}
# Үйлчилгээ юу хийдэг вэ: нэг өгүүлбэр / What the service does: one sentence
summary: ${q(todo('Нэг өгүүлбэр', 'One sentence'))}
# Ангилал: ${serviceCategories.join(' | ')}
category: ${serviceCategories[0]}
# Хэнд хэрэгтэй вэ / Who needs it
audience: ${q(todo('Хэнд хэрэгтэй', 'Who needs it'))}
# Алхмууд, дарааллаар / What happens, in order
steps:
  - ${q(todo('Эхний алхам', 'First step'))}
# Хэрхэн хандах: in-person | online (url: https://…) | phone
apply:
  - method: phone
# Эрх зүйн үндэс: content/regulations/ доторх файлын нэрс / Legal basis: file names in content/regulations/
legalBasis: []
# Мэдээллийг хамгийн сүүлд шалгасан огноо / When the page's facts were last checked
reviewed: ${today}
# Хүмүүсийн хайдаг ердийн үгс (заавал биш), жишээ нь / Everyday search words (optional), e.g.: keywords: [алт, мөнгө]
---

${todo('Үйлчилгээний тайлбарыг энд бичнэ', 'Describe the service here')}
`;

const regulation = (
  titles: { mn: string; en: string },
  today: string,
) => `# Төрөл / Kind: ${regulationKinds.join(' | ')}
kind: ${regulationKinds[0]}
# Албан ёсны дугаар (байхгүй бол энэ мөрийг устгана) / Official number (delete the line if there is none)
number: ${q(todo('Дугаар', 'Number'))}
# Албан ёсны нэр ба англи орчуулга / Official title and its English rendering
title:
  mn: ${q(titles.mn)}
  en: ${q(titles.en)}
# Баталсан огноо ОООО-СС-ӨӨ, эсвэл зөвхөн он / Adoption date YYYY-MM-DD, or only the year
adopted: ${q(`[[${today}]]`)}
# Албан ёсны эх: legalinfo.mn эсвэл estandard.gov.mn / The official text: legalinfo.mn or estandard.gov.mn
source: ${q('https://legalinfo.mn/law/details/[[0]]')}
# Юуг зохицуулдаг вэ, 1–2 өгүүлбэр / What it covers, one or two sentences
summary:
  mn: ${q(todo('Товч агуулга', 'Summary in Mongolian'))}
  en: ${q(todo('Товч агуулга англиар', 'Summary in English'))}
# Холбогдох удирдамжийн дугаарууд, жишээ нь [1, 4] / Numbers of related directives, e.g. [1, 4]
relatedDirectives: []
# Хүмүүсийн хайдаг ердийн үгс (заавал биш) / Everyday search words (optional), e.g.: keywords: { mn: [хэмжил зүйн хууль], en: [metrology law] }
`;

const report = (title: string, today: string, directive: number) => `---
# Тайлангийн гарчиг, энэ файлын хэлээр / Headline, in the language of this file
title: ${q(title)}
# Аль үүрэг даалгаврын тайлан вэ (1–10) / The directive it reports on (1–10)
directive: ${directive}
# Тайлангийн огноо ОООО-СС-ӨӨ, хоёр хэлээр ижил / Date of the report YYYY-MM-DD, the same in both languages
pubDate: ${today}
# Тайлагнасан нэгж, энэ файлын хэлээр / The reporting unit, in the language of this file
unit: ${q(todo('Нэгжийн нэр', 'Unit name'))}
# Байдал / Status: ${reportStatuses.join(' | ')}
status: in-progress
# Нотлох баримт, жишээ нь / Evidence, e.g.: [{ news: <file name> }, { regulation: <file name> }, { url: "https://…", title: "…" }]
evidence: []
# true: сайтад гарахгүй; бэлэн болмогц false болгоно / true keeps it off the site; set false when ready
draft: true
---

${todo('Юу хийснийг энд бичнэ', 'Write what was done here')}
`;
