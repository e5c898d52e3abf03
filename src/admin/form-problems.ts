import type { CollectionName } from '../lib/content-layout';
import { markupIssues, textIssues } from '../lib/markup/check';
import { parseMarkdown } from '../lib/markup/parse';
import type { Problem } from '../lib/validate/problem';
import { rules, type Bilingual } from '../lib/schemas/rules';
import type { Data } from './formats';

// What would stop a save, told at the field it is about: the form's own checks (code and HTML,
// pictures without a description) and the validator's, which the editor's backend runs on the
// files a save would write.

export interface FormProblem {
  /** The pane: mn or en (a bilingual YAML item has one pane: undefined). */
  locale?: string;
  /** The field's dotted path (hero.alt, title.mn); '' for the file as a whole. */
  field: string;
  /** Line in the text (body), counted from its first line. */
  line?: number;
  found: string;
  expected: Bilingual;
  /** Told, but the save goes ahead (a link into the other language's pages). */
  warning?: true;
}

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
 * The checks the browser can make alone, per language: code or markup in the text (with its line)
 * and in every text field, the same functions as `npm run check:content`, and a picture with no
 * description (the picture itself is optional, so the form cannot demand it).
 */
export function formProblems(
  collection: CollectionName,
  byLocale: Record<string, Data | undefined>,
  /** An MDX page's form: a content component may stand on its own line (the rest is text as typed). */
  { components = false } = {},
): FormProblem[] {
  const out: FormProblem[] = [];
  for (const [locale, data] of Object.entries(byLocale)) {
    if (!data) continue;
    if (typeof data.body === 'string')
      for (const i of markupIssues(parseMarkdown(data.body), data.body, collection, { components }))
        out.push({ locale, field: 'body', line: i.line, found: i.found, expected: i.expected });
    for (const [field, value] of textFields(data))
      for (const i of textIssues(value, field))
        out.push({ locale, field, found: i.found, expected: i.expected });
    const hero = data.hero as { src?: string; alt?: string } | undefined;
    if (hero?.src && !hero.alt?.trim())
      out.push({ locale, field: 'hero.alt', found: '', expected: rules.alt });
  }
  return out;
}

/**
 * The validator's problems with a save, in the form's terms: which pane (from the file's
 * language folder), which field, and lines in the text counted from its first line. A problem
 * the save would cause in another file (`saved` lists the save's files) names that file.
 */
export function fromValidator(
  problems: Problem[],
  bodyLines: Record<string, number>,
  assetFields: Record<string, string> = {},
  saved?: string[],
): FormProblem[] {
  const fieldOf = (p: Problem, inBody: boolean) => {
    if (assetFields[p.file]) return assetFields[p.file];
    if (inBody) return 'body';
    if (p.field === 'file name') return 'fileName';
    return p.field.startsWith('(') ? '' : p.field;
  };
  return problems.map((p) => {
    const warning = p.warning ? { warning: p.warning } : {};
    if (saved && !saved.includes(p.file))
      return {
        field: '',
        found: `${p.file}${p.line ? `:${p.line}` : ''}: ${p.found}`,
        expected: p.expected,
        ...warning,
      };
    const locale = /\/(mn|en)\/[^/]+$/.exec(p.file)?.[1];
    const inBody = p.field === 'body' || p.field.startsWith('body ');
    const start = bodyLines[p.file];
    const line = inBody && p.line && start ? p.line - start + 1 : undefined;
    return {
      locale,
      field: fieldOf(p, inBody),
      ...(line ? { line } : {}),
      found: p.found,
      expected: p.expected,
      ...warning,
    };
  });
}

/** One problem as the officer reads it, in each language. */
export function describe(p: FormProblem): Bilingual {
  const pane = p.locale ? ` (${p.locale})` : '';
  const say = (where: string, expected: string) =>
    `${[where && `${where}${pane}`, p.found].filter(Boolean).join(': ')}${where || p.found ? ' — ' : ''}${expected}`;
  return {
    mn:
      (p.warning ? 'Анхааруулга (хадгалахад саад болохгүй): ' : '') +
      say(p.line ? `Текст, ${p.line}-р мөр` : '', p.expected.mn),
    en:
      (p.warning ? 'Warning (the save goes ahead): ' : '') +
      say(p.line ? `Text, line ${p.line}` : '', p.expected.en),
  };
}
