import type { CollectionName } from '../lib/content-layout';
import { markupIssues, textIssues, type MarkupIssue } from '../lib/markup/check';
import { parseMarkdown } from '../lib/markup/parse';

type Data = Record<string, unknown>;

/** Text fields of a form, with their dotted names (the body aside). */
function textFields(value: unknown, path: string[] = []): [string, string][] {
  if (typeof value === 'string') return [[path.join('.'), value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) =>
      path.length || k !== 'body' ? textFields(v, [...path, k]) : [],
    );
  return [];
}

/**
 * What the validator would refuse in a form as code or markup, per language: the body (with its
 * lines) and every text field. The same functions as `npm run check:content`, run in the browser.
 */
export function markupProblems(
  collection: CollectionName,
  byLocale: Record<string, Data | undefined>,
): string[] {
  const out: string[] = [];
  for (const [locale, data] of Object.entries(byLocale)) {
    if (!data) continue;
    const say = (where: { mn: string; en: string }, i: MarkupIssue) =>
      out.push(
        `${where.mn} (${locale}): ${i.found} — ${i.expected.mn} / ${where.en} (${locale}): ${i.found} — ${i.expected.en}`,
      );
    if (typeof data.body === 'string') {
      for (const i of markupIssues(parseMarkdown(data.body), data.body, collection))
        say({ mn: `Текст, ${i.line}-р мөр`, en: `Text, line ${i.line}` }, i);
    }
    for (const [field, value] of textFields(data))
      for (const i of textIssues(value, field)) say({ mn: field, en: field }, i);
  }
  return out;
}
