import type { z } from 'astro/zod';
import { choices, schemaJson } from '../schemas/json';
import { ruleOf, rules, type Bilingual } from '../schemas/rules';
import { problem, shown, type Problem } from './problem';
import type { Source } from './source';

type Issue = z.core.$ZodIssue;

/** What the schema says of the value at `path`: one node for each choice that has it. */
function nodesAt(schema: z.ZodType, path: readonly PropertyKey[]) {
  let nodes = [schemaJson(schema)];
  for (const key of path) {
    nodes = nodes.flatMap(choices).flatMap((n) => {
      if (n.type === 'array' && typeof key === 'number') return n.items ? [n.items] : [];
      const field = n.type === 'object' ? n.properties?.[String(key)] : undefined;
      return field ? [field] : [];
    });
  }
  return nodes;
}

/** The field names an object in the schema takes at `path` (to suggest the one meant). */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const keys = nodesAt(schema, path)
    .flatMap(choices)
    .flatMap((n) => Object.keys(n.properties ?? {}));
  return [...new Set(keys)];
}

/** Edit distance with transpositions: how many typing slips turn one name into the other. */
function typoDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The known name closest to a mistyped one, if it is close enough to be the one meant. */
function closest(name: string, known: string[]): string | undefined {
  const lower = name.toLowerCase();
  const scored = known
    .map((k) => ({ k, d: typoDistance(lower, k.toLowerCase()) }))
    .filter(({ k, d }) => d <= Math.max(1, Math.floor(k.length / 3)))
    .sort((a, b) => a.d - b.d);
  return scored[0]?.k;
}

const typeNames: Record<string, Bilingual> = {
  string: { mn: 'текст', en: 'text' },
  number: { mn: 'тоо', en: 'a number' },
  boolean: { mn: 'true эсвэл false', en: 'true or false' },
  array: { mn: 'жагсаалт ([a, b] эсвэл мөр бүрт "- ")', en: 'a list ([a, b] or one "- " line each)' },
  object: { mn: 'доор нь догол мөрөөр бичсэн талбарууд', en: 'fields indented under it' },
  date: { mn: 'огноо ОООО-СС-ӨӨ', en: 'a date YYYY-MM-DD' },
};

/** Text that is the value meant, written in quotes: true or false, a number. */
const quotedKinds: Record<string, RegExp> = { boolean: /^(true|false)$/, number: /^-?\d+(\.\d+)?$/ };

const valueAt = (data: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>(
    (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    data,
  );

function expectation(issue: Issue, value: unknown, hint?: Bilingual): Bilingual {
  const rule = ruleOf(issue);
  if (rule && !(issue.code === 'invalid_type' && value === undefined)) return rule;
  switch (issue.code) {
    case 'invalid_type': {
      // `draft: "false"`: the value is right, the quotes make it text.
      if (typeof value === 'string' && quotedKinds[issue.expected]?.test(value.trim())) {
        const key = String(issue.path.at(-1) ?? '');
        return {
          mn: `хашилтгүй: ${key}: ${value.trim()} (хашилт "…" нь үүнийг текст болгодог)`,
          en: `no quotes: ${key}: ${value.trim()} (the quotes "…" make it text)`,
        };
      }
      const type = typeNames[issue.expected] ?? { mn: issue.expected, en: issue.expected };
      // A required field left out: what goes in it, in the words the editor shows as its hint.
      if (value === undefined) {
        const what = rule ?? hint;
        return what
          ? { mn: `заавал бөглөх талбар — ${what.mn}`, en: `this field is required — ${what.en}` }
          : { mn: 'заавал бөглөх талбар', en: 'this field is required' };
      }
      return type;
    }
    case 'invalid_value': {
      const list = issue.values.map((v) => String(v)).join(', ');
      return { mn: `эдгээрийн нэг: ${list}`, en: `one of: ${list}` };
    }
    case 'invalid_union':
      if ('options' in issue && Array.isArray(issue.options)) {
        const list = issue.options.map(String).join(', ');
        return { mn: `эдгээрийн нэг: ${list}`, en: `one of: ${list}` };
      }
      break;
    case 'too_small':
      if (issue.origin === 'array')
        return { mn: `дор хаяж ${issue.minimum} мөр`, en: `at least ${issue.minimum} item(s)` };
      if (issue.origin === 'string') return rules.notEmpty;
      return { mn: `${issue.minimum}-ээс багагүй тоо`, en: `a number of at least ${issue.minimum}` };
    case 'too_big':
      return { mn: `${issue.maximum}-ээс ихгүй`, en: `at most ${issue.maximum}` };
    case 'invalid_format':
      if (issue.format === 'url') return { mn: 'https:// хаяг', en: 'an https:// address' };
      break;
  }
  return { mn: issue.message, en: issue.message };
}

/** Zod's findings on one file, told as problems with the field, the value and what is expected. */
export function schemaProblems(file: string, schema: z.ZodType, issues: Issue[], source: Source): Problem[] {
  // A misspelled field ("titel") is one mistake: told once, as "did you mean", not again as the
  // field it meant being empty.
  const meantFields = new Set(
    issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.flatMap((key) => {
            const meant = closest(key, knownKeys(schema, issue.path));
            return meant ? [[...issue.path, meant].join('.')] : [];
          })
        : [],
    ),
  );
  return issues.flatMap((issue) => {
    if (
      issue.code === 'invalid_type' &&
      valueAt(source.data, issue.path) === undefined &&
      meantFields.has(issue.path.join('.'))
    )
      return [];
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path);
      return issue.keys.map((key) => {
        const meant = closest(key, known);
        const path = [...issue.path, key];
        return problem(
          file,
          path.join('.'),
          `${key}: ${shown(valueAt(source.data, path))}`,
          meant
            ? {
                mn: `мэдэгдэх талбар — "${meant}" гэж бичих гэсэн үү?`,
                en: `a known field — did you mean "${meant}"?`,
              }
            : {
                mn: `эдгээр талбарын нэг: ${known.join(', ')}`,
                en: `one of the known fields: ${known.join(', ')}`,
              },
          source.lineOf(path),
        );
      });
    }
    const value = valueAt(source.data, issue.path);
    const field = issue.path.length ? issue.path.join('.') : '(front matter)';
    const hint = nodesAt(schema, issue.path).find((n) => n.hint)?.hint;
    return [problem(file, field, shown(value), expectation(issue, value, hint), source.lineOf(issue.path))];
  });
}
