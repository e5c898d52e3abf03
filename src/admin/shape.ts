import type { z } from 'astro/zod';
import { isoDayPattern } from '../lib/dates';
import type { FieldText } from '../lib/schemas/field-texts';
import { choices, schemaJson, type SchemaNode } from '../lib/schemas/json';

// The shape of a content schema, read from its JSON Schema (src/lib/schemas/json.ts), so that the
// editor's forms follow the schemas, with each field's label and hint as the schema registers them,
// instead of a second hand-written list that could drift from them.

export type FieldKind =
  | { kind: 'text'; pattern?: string; url?: boolean }
  | { kind: 'day' }
  | { kind: 'yearOrDay' }
  | { kind: 'number'; min?: number; max?: number }
  | { kind: 'boolean' }
  | { kind: 'enum'; options: string[] }
  | { kind: 'list'; item: FieldKind; min?: number }
  | { kind: 'object'; fields: FieldShape[] }
  | { kind: 'variants'; key: string; variants: { value: string; fields: FieldShape[] }[] };

export type FieldShape = { name: string; required: boolean } & Partial<FieldText> & FieldKind;

/** The property that every option of a union fixes to a value of its own (a discriminated union's key). */
const discriminator = (options: SchemaNode[]) =>
  Object.keys(options[0].properties ?? {}).find((key) =>
    options.every((o) => o.properties?.[key]?.const !== undefined),
  );

/** What one field takes. */
function kindOf(node: SchemaNode): FieldKind {
  const options = choices(node);
  if (options.length > 1) {
    // fields.ts yearOrDay: a whole year, or a day.
    const day = options.some((o) => o.type === 'string' && o.pattern === isoDayPattern.source);
    if (day && options.some((o) => o.type === 'integer')) return { kind: 'yearOrDay' };
    const key = discriminator(options);
    if (!key) throw new Error('The editor reads only a year-or-day and discriminated unions');
    const variants = options.map((o) => ({
      value: String(o.properties![key].const),
      fields: fieldsIn(o, key),
    }));
    return { kind: 'variants', key, variants };
  }
  switch (node.type) {
    case 'string':
      if (node.enum) return { kind: 'enum', options: node.enum };
      // fields.ts day: typed as its text, YYYY-MM-DD.
      if (node.pattern === isoDayPattern.source) return { kind: 'day' };
      return { kind: 'text', pattern: node.pattern, url: node.format === 'uri' };
    case 'integer':
    case 'number':
      return { kind: 'number', min: node.minimum, max: node.maximum };
    case 'boolean':
      return { kind: 'boolean' };
    case 'array':
      return {
        kind: 'list',
        item: kindOf(node.items ?? {}),
        ...(node.minItems ? { min: node.minItems } : {}),
      };
    case 'object':
      return { kind: 'object', fields: fieldsIn(node) };
  }
  throw new Error(`The editor has no form field for ${JSON.stringify(node)}`);
}

/** An object's fields in the schema's order: required unless optional or filled in by a default. */
function fieldsIn(node: SchemaNode, except?: string): FieldShape[] {
  const required = new Set(node.required);
  return Object.entries(node.properties ?? {})
    .filter(([name]) => name !== except)
    .map(([name, field]) => ({
      name,
      required: required.has(name),
      ...(field.label ? { label: field.label } : {}),
      ...(field.hint ? { hint: field.hint } : {}),
      ...kindOf(field),
    }));
}

/** The fields of an object schema (its refinements seen through), in the schema's order. */
export function fieldsOf(schema: z.ZodType): FieldShape[] {
  const json = schemaJson(schema);
  if (json.type !== 'object') throw new Error('The editor makes a form only of an object schema');
  return fieldsIn(json);
}
