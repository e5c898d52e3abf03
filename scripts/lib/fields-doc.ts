import type { z } from 'astro/zod';
import { fieldsOf, type FieldShape } from '../../src/admin/shape';

// docs/fields.md: every content field with its label and hint in both languages, as registered on
// the schemas (src/lib/schemas/) — the same words the editor's forms and the validator show.

const cell = (text = '') => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function rows(fields: FieldShape[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const name = `${prefix}${f.name}`;
    const own = `| \`${name}\` | ${f.required ? 'yes' : ''} | ${cell(f.label?.en)} / ${cell(f.label?.mn)} | ${cell(f.hint?.en)} | ${cell(f.hint?.mn)} |`;
    if (f.kind === 'object') return [own, ...rows(f.fields, `${name}.`)];
    if (f.kind === 'list' && f.item.kind === 'object') return [own, ...rows(f.item.fields, `${name}[].`)];
    if (f.kind === 'variants')
      return [own, ...f.variants.flatMap((v) => rows(v.fields, `${name} (${f.key}: ${v.value}).`))];
    return [own];
  });
}

/** The whole page, one table per collection. */
export function fieldsDoc(schemas: Record<string, z.ZodType>): string {
  const parts = [
    '# Content fields',
    '',
    'Made by `npm run docs:fields` from the schemas in `src/lib/schemas/`, where each field’s label and',
    'hint are registered; the editor’s forms and the validator’s messages use the same words. Do not',
    'edit by hand: a test fails when this page and the schemas differ.',
  ];
  for (const [name, schema] of Object.entries(schemas)) {
    parts.push(
      '',
      `## ${name}`,
      '',
      '| field | required | label (en / mn) | hint | hint (mn) |',
      '| --- | --- | --- | --- | --- |',
      ...rows(fieldsOf(schema)),
    );
  }
  return parts.join('\n') + '\n';
}
