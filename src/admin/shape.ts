import { isoDayPattern } from '../lib/dates';

// The shape of a content schema, read from zod's own definitions, so that the editor's forms
// follow the schemas instead of a second hand-written list that could drift from them.

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;

export type FieldKind =
  | { kind: 'text'; pattern?: RegExp; url?: boolean }
  | { kind: 'day' }
  | { kind: 'yearOrDay' }
  | { kind: 'number'; min?: number; max?: number }
  | { kind: 'boolean' }
  | { kind: 'enum'; options: string[] }
  | { kind: 'list'; item: FieldKind; min?: number }
  | { kind: 'object'; fields: FieldShape[] }
  | { kind: 'variants'; key: string; variants: { value: string; fields: FieldShape[] }[] };

export type FieldShape = { name: string; required: boolean } & FieldKind;

const checks = (d: Def) =>
  ((d.checks as { _zod: { def: Record<string, unknown> } }[]) ?? []).map((c) => c._zod.def);

/** What one zod type takes, with wrappers (optional, default, refinements) seen through. */
function kindOf(schema: unknown): FieldKind {
  const d = defOf(schema);
  switch (d.type) {
    case 'optional':
    case 'default':
      return kindOf(d.innerType);
    case 'pipe': {
      // z.preprocess: the dates (fields.ts day / yearOrDay) are the only preprocessed fields.
      const out = defOf(d.out);
      if (out.type === 'union') return { kind: 'yearOrDay' };
      if (defOf(d.in).type === 'transform') {
        const inner = kindOf(d.out);
        if (inner.kind === 'text' && inner.pattern?.source === isoDayPattern.source) return { kind: 'day' };
        return inner;
      }
      return kindOf(d.in);
    }
    case 'string': {
      const regex = checks(d).find((c) => c.format === 'regex')?.pattern as RegExp | undefined;
      return { kind: 'text', pattern: regex, url: d.format === 'url' };
    }
    case 'number': {
      const cs = checks(d);
      const min = cs.find((c) => c.check === 'greater_than')?.value as number | undefined;
      const max = cs.find((c) => c.check === 'less_than')?.value as number | undefined;
      return { kind: 'number', min, max };
    }
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'enum', options: Object.values(d.entries as Record<string, string>) };
    case 'array': {
      const min = checks(d).find((c) => c.check === 'min_length')?.minimum as number | undefined;
      return { kind: 'list', item: kindOf(d.element), ...(min ? { min } : {}) };
    }
    case 'object':
      return { kind: 'object', fields: fieldsOf(schema) };
    case 'union': {
      const key = d.discriminator as string | undefined;
      if (!key) throw new Error('The editor reads only discriminated unions');
      const variants = (d.options as unknown[]).map((o) => {
        const tag = defOf((defOf(o).shape as Record<string, unknown>)[key]);
        return { value: String((tag.values as unknown[])[0]), fields: fieldsOf(o, key) };
      });
      return { kind: 'variants', key, variants };
    }
  }
  throw new Error(`The editor has no form field for zod type "${d.type}"`);
}

/** Whether a value may be left out (optional, or filled in by a default). */
const isRequired = (schema: unknown) => !['optional', 'default'].includes(defOf(schema).type);

/** The fields of an object schema (its refinements seen through), in the schema's order. */
export function fieldsOf(schema: unknown, except?: string): FieldShape[] {
  let d = defOf(schema);
  while (d.type !== 'object') d = defOf(d.innerType ?? d.in ?? d.schema);
  const shape = Object.entries(d.shape as Record<string, unknown>).filter(([name]) => name !== except);
  return shape.map(([name, s]) => ({
    name,
    required: isRequired(s),
    ...kindOf(s),
  }));
}
