import { groupBy } from '../group-by';
import { locales } from '../../i18n/locales';
import { isoDay } from '../dates';
import type { Bilingual } from '../schemas/rules';
import { problem, shown, type Problem } from '../validate/problem';
import type { ServiceData } from '../schemas/services';
import type { ContentEntries, Entry } from './entries';
import { fileOf, localized } from './entries';

// Checks across files that no schema can make: references that must exist, chains that must end,
// translations that must agree. Pure: they take the loaded entries and return every problem.

const notA = (what: Bilingual): Bilingual => ({
  mn: `байгаа ${what.mn}-ийн нэр (ийм файл алга)`,
  en: `the name of an existing ${what.en} (no such file)`,
});
const regulation = { mn: 'хууль, эрх зүйн баримт бичиг', en: 'regulation in content/regulations/' };

/** Kinds whose pages must exist in both languages (an untranslated notice is not enough). */
const bothLanguagesRequired = ['pages', 'services'] as const;

export function crossChecks(c: ContentEntries, publishedNews: ReadonlySet<string>): Problem[] {
  return [
    ...checkRegulations(c),
    ...checkServices(c),
    ...checkDirectives(c, publishedNews),
    ...checkReports(c, publishedNews),
    ...checkTranslations(c),
  ];
}

function checkReports(c: ContentEntries, publishedNews: ReadonlySet<string>): Problem[] {
  const out: Problem[] = [];
  const directives = new Set(c.directives.map((d) => d.data.number));
  const known = {
    news: publishedNews,
    regulation: new Set(c.regulations.map((r) => r.id)),
    service: new Set(localized(c.services).map((s) => s.slug)),
  };
  const what = {
    news: { mn: 'нийтлэгдсэн мэдээ', en: 'published news item' },
    regulation,
    service: { mn: 'үйлчилгээ', en: 'service' },
  };
  for (const r of c.reports) {
    if (!directives.has(r.data.directive)) {
      out.push(
        problem(fileOf(r), 'directive', shown(r.data.directive), {
          mn: 'content/directives/ дотор байгаа удирдамжийн дугаар',
          en: 'the number of a directive in content/directives/',
        }),
      );
    }
    r.data.evidence.forEach((e, i) => {
      for (const kind of ['news', 'regulation', 'service'] as const) {
        const ref = e[kind];
        if (ref && !known[kind].has(ref))
          out.push(problem(fileOf(r), `evidence.${i}.${kind}`, shown(ref), notA(what[kind])));
      }
    });
  }
  // A directive reported done is not reported not started again without a reason (per language).
  for (const versions of groupBy(
    localized(c.reports),
    (r) => `${r.locale}/${r.item.data.directive}`,
  ).values()) {
    const byDate = versions.sort((a, b) => a.item.data.pubDate.getTime() - b.item.data.pubDate.getTime());
    byDate.forEach((r, i) => {
      const d = r.item.data;
      const doneBefore = byDate.slice(0, i).some((p) => p.item.data.status === 'done');
      if (d.status === 'not-started' && doneBefore && !d.reopened) {
        out.push(
          problem(fileOf(r.item), 'status', shown(d.status), {
            mn: 'өмнө нь "done" гэж мэдээлсэн тул яагаад дахин эхлээгүй болсныг reopened: <шалтгаан> талбарт бичнэ',
            en: 'a reason in reopened: <why>, since an earlier report said "done"',
          }),
        );
      }
    });
  }
  return out;
}

function checkRegulations(c: ContentEntries): Problem[] {
  const out: Problem[] = [];
  const bySlug = new Map(c.regulations.map((r) => [r.id, r]));
  const directiveNumbers = new Set(c.directives.map((d) => d.data.number));
  for (const r of c.regulations) {
    const { replacedBy, relatedDirectives } = r.data;
    if (replacedBy && !bySlug.has(replacedBy)) {
      out.push(problem(fileOf(r), 'replacedBy', shown(replacedBy), notA(regulation)));
    }
    relatedDirectives.forEach((n, i) => {
      if (!directiveNumbers.has(n)) {
        out.push(
          problem(fileOf(r), `relatedDirectives.${i}`, shown(n), {
            mn: 'content/directives/ дотор байгаа удирдамжийн дугаар',
            en: 'the number of a directive in content/directives/',
          }),
        );
      }
    });
  }
  // Following replacedBy must end: report each loop once, at its first file in name order.
  const reported = new Set<string>();
  for (const start of [...c.regulations].sort((a, b) => a.id.localeCompare(b.id))) {
    const chain = [start.id];
    for (
      let next = start.data.replacedBy;
      next && bySlug.has(next);
      next = bySlug.get(next)!.data.replacedBy
    ) {
      if (chain.includes(next)) {
        const loop = chain.slice(chain.indexOf(next));
        if (!loop.some((s) => reported.has(s))) {
          loop.forEach((s) => reported.add(s));
          out.push(
            problem(fileOf(start), 'replacedBy', [...loop, next].join(' → '), {
              mn: 'өөр баримт бичгээр солигдсон гэсэн гинж төгсөх ёстой (тойрог болж болохгүй)',
              en: 'a chain of replacements that ends (not a loop)',
            }),
          );
        }
        break;
      }
      chain.push(next);
    }
  }
  return out;
}

function checkServices(c: ContentEntries): Problem[] {
  const known = new Set(c.regulations.map((r) => r.id));
  return c.services.flatMap((s) =>
    s.data.legalBasis.flatMap((ref, i) =>
      known.has(ref) ? [] : [problem(fileOf(s), `legalBasis.${i}`, shown(ref), notA(regulation))],
    ),
  );
}

function checkDirectives(c: ContentEntries, publishedNews: ReadonlySet<string>): Problem[] {
  const out: Problem[] = [];
  const seen = new Map<number, Entry>();
  for (const d of [...c.directives].sort((a, b) => a.id.localeCompare(b.id))) {
    const clash = seen.get(d.data.number);
    if (clash) {
      out.push(
        problem(fileOf(d), 'number', shown(d.data.number), {
          mn: `өөр дугаар (${fileOf(clash)} энэ дугаарыг ашигласан)`,
          en: `another number (${fileOf(clash)} uses this one)`,
        }),
      );
    } else seen.set(d.data.number, d);
    if (!publishedNews.has(d.data.article)) {
      out.push(
        problem(fileOf(d), 'article', shown(d.data.article), {
          mn: 'нийтлэгдсэн мэдээний файлын нэр (content/news/mn/<нэр>.md)',
          en: 'the file name of a published news item (content/news/mn/<name>.md)',
        }),
      );
    }
  }
  return out;
}

function checkTranslations(c: ContentEntries): Problem[] {
  const out: Problem[] = [];
  for (const kind of ['news', 'pages', 'services', 'reports'] as const) {
    const entries = localized(c[kind] as Entry[]);
    const bySlug = groupBy(entries, (e) => e.slug);
    for (const [slug, versions] of bySlug) {
      if ((bothLanguagesRequired as readonly string[]).includes(kind) && versions.length < locales.length) {
        const [only] = versions;
        const missing = locales.find((l) => l !== only.locale)!;
        out.push(
          problem(fileOf(only.item), 'file name', '', {
            mn: `content/${kind}/${missing}/${slug}.md орчуулга (энэ төрлийн хуудас хоёр хэлээр байх ёстой)`,
            en: `its translation content/${kind}/${missing}/${slug}.md (pages of this kind exist in both languages)`,
          }),
        );
      }
    }
  }
  // A news item or report and its translation are one event: they carry the same date.
  const dated = [
    ...localized(c.news).map((e) => ({ ...e, field: 'pubDate', date: e.item.data.pubDate, kind: 'news' })),
    ...localized(c.reports).map((e) => ({
      ...e,
      field: 'pubDate',
      date: e.item.data.pubDate,
      kind: 'reports',
    })),
  ];
  for (const versions of groupBy(dated, (e) => `${e.kind}/${e.slug}`).values()) {
    const mn = versions.find((v) => v.locale === 'mn');
    for (const other of versions.filter((v) => v !== mn)) {
      if (mn && isoDay(mn.date) !== isoDay(other.date)) {
        out.push(
          problem(fileOf(other.item), other.field, isoDay(other.date), {
            mn: `монгол хувилбарын огноо ${isoDay(mn.date)} (${fileOf(mn.item)})`,
            en: `the Mongolian version's date, ${isoDay(mn.date)} (${fileOf(mn.item)})`,
          }),
        );
      }
    }
  }
  // A service and its translation say the same about until when a law gave its work to the state body.
  const untilOf = (e: Entry<ServiceData>) => (e.data.assignedUntil ? isoDay(e.data.assignedUntil) : 'none');
  for (const versions of groupBy(localized(c.services), (e) => e.slug).values()) {
    const mn = versions.find((v) => v.locale === 'mn');
    for (const other of versions.filter((v) => v !== mn)) {
      if (mn && untilOf(mn.item) !== untilOf(other.item)) {
        out.push(
          problem(fileOf(other.item), 'assignedUntil', untilOf(other.item), {
            mn: `монгол хувилбарын утга ${untilOf(mn.item)} (${fileOf(mn.item)})`,
            en: `the Mongolian version's value, ${untilOf(mn.item)} (${fileOf(mn.item)})`,
          }),
        );
      }
    }
  }
  return out;
}
