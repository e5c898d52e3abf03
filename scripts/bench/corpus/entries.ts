import type { Locale } from '../../../src/i18n/locales';
import { body, bodySize } from './body';
import type { NewsPlan } from './plan';
import type { RegulationPlan, ServicePlan } from './plan-acts';
import type { ReportPlan } from './plan-reports';
import type { Random } from './random';
import type { Link, Writer } from './text';
import { tags, units } from './words';

// The text of each generated file, front matter exactly as the schemas in src/lib/schemas/ take it
// (strict: no other field). Strings are JSON-quoted, which YAML reads as the same text.

const q = (text: string) => JSON.stringify(text);
const list = (items: string[]) => `[${items.map(q).join(', ')}]`;
const markdownFile = (fields: (string | false | undefined)[], text: string) =>
  `---\n${fields.filter(Boolean).join('\n')}\n---\n\n${text}`;

export function newsFile(n: NewsPlan, locale: Locale, w: Writer, random: Random, links: Link[]): string {
  return markdownFile(
    [
      `title: ${q(n.title[locale])}`,
      `description: ${q(w.plainParagraph(random.int(1, 2)))}`,
      `pubDate: ${n.pubDate}`,
      n.updatedDate && `updatedDate: ${n.updatedDate}`,
      `tags: ${list(n.tags.map((t) => tags[locale][t]))}`,
      n.draft && 'draft: true',
    ],
    body(w, random, bodySize(random), links),
  );
}

/** Search words: distinct ignoring case, as the schema requires. */
function keywords(w: Writer, random: Random): string[] {
  const words = Array.from({ length: random.int(0, 3) }, () => w.title(1, 2).toLowerCase());
  return words.filter((k, i) => words.indexOf(k) === i);
}

export function serviceFile(s: ServicePlan, locale: Locale, w: Writer, random: Random): string {
  const steps = Array.from({ length: random.int(1, 4) }, () => `  - ${q(w.oneSentence())}`);
  const documents = Array.from({ length: random.int(0, 3) }, () => `  - ${q(w.title(2, 4))}`);
  const apply = ['  - method: phone', random.chance(0.5) && '  - method: in-person'];
  if (s.online) apply.push(`  - method: online\n    url: https://example.org/${s.slug}`);
  return markdownFile(
    [
      `title: ${q(s.title[locale])}`,
      `summary: ${q(w.oneSentence())}`,
      `category: ${s.category}`,
      `keywords: ${list(keywords(w, random))}`,
      `audience: ${q(w.oneSentence())}`,
      `steps:\n${steps.join('\n')}`,
      documents.length > 0 && `documents:\n${documents.join('\n')}`,
      `apply:\n${apply.filter(Boolean).join('\n')}`,
      `legalBasis: ${list(s.legalBasis)}`,
      `reviewed: ${s.reviewed}`,
    ],
    body(w, random, { sections: random.int(1, 2), sentences: [2, 4] }),
  );
}

export function regulationFile(r: RegulationPlan, w: { mn: Writer; en: Writer }, random: Random): string {
  const summary = (x: Writer) => q(x.plainParagraph(random.int(1, 2)));
  const related = r.relatedDirectives.join(', ');
  const searchWords = random.chance(0.3) && { mn: keywords(w.mn, random), en: keywords(w.en, random) };
  return (
    [
      `kind: ${r.kind}`,
      r.number && `number: ${q(r.number)}`,
      `title:\n  mn: ${q(r.title.mn)}\n  en: ${q(r.title.en)}`,
      `adopted: ${r.adopted}`,
      r.status && `status: ${r.status}`,
      r.replacedBy && `replacedBy: ${r.replacedBy}`,
      `source: ${r.source}`,
      `summary:\n  mn: ${summary(w.mn)}\n  en: ${summary(w.en)}`,
      `relatedDirectives: [${related}]`,
      searchWords && `keywords:\n  mn: ${list(searchWords.mn)}\n  en: ${list(searchWords.en)}`,
    ]
      .filter(Boolean)
      .join('\n') + '\n'
  );
}

export function reportFile(r: ReportPlan, locale: Locale, w: Writer, random: Random): string {
  const evidence = r.evidence.map((e) =>
    'url' in e
      ? `  - url: ${e.url}\n    title: ${q(e.title[locale])}`
      : `  - ${Object.keys(e)[0]}: ${Object.values(e)[0]}`,
  );
  return markdownFile(
    [
      `title: ${q(r.title[locale])}`,
      `directive: ${r.directive}`,
      `pubDate: ${r.date}`,
      `unit: ${q(units[locale][r.unit])}`,
      `status: ${r.status}`,
      r.reopened && `reopened: ${q(w.oneSentence())}`,
      evidence.length ? `evidence:\n${evidence.join('\n')}` : 'evidence: []',
      r.draft && 'draft: true',
    ],
    body(w, random, { sections: random.int(0, 2), sentences: [2, 4] }),
  );
}
