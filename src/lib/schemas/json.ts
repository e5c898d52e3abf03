import { z } from 'astro/zod';
import { fieldTexts, type FieldText } from './field-texts';

/** The parts of a content schema's JSON Schema that the editor and the validator read. */
export interface SchemaNode extends Partial<FieldText> {
  type?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  enum?: string[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
}

const made = new WeakMap<z.ZodType, SchemaNode>();

/**
 * A content schema as zod describes it publicly (z.toJSONSchema), with each field's label and hint
 * on its node. It is the input side, as an author writes a file: a date is its text, and a field
 * with a default may be left out. Refinements and transforms do not show; Astro's image() reads as
 * any value.
 */
export function schemaJson(schema: z.ZodType): SchemaNode {
  let json = made.get(schema);
  if (!json) {
    json = z.toJSONSchema(schema, {
      io: 'input',
      unrepresentable: 'any',
      metadata: fieldTexts,
    }) as SchemaNode;
    made.set(schema, json);
  }
  return json;
}

/** What a node accepts, one schema per choice: the options of a union, or the node itself. */
export const choices = (node: SchemaNode): SchemaNode[] => node.anyOf ?? node.oneOf ?? [node];
