import { isoDayPattern } from '../lib/dates';
import { rules, type Bilingual } from '../lib/schemas/rules';
import type { FieldKind, FieldShape } from './shape';

// One schema field as a Decap CMS form field: the widget that fits its type, its label and hint in
// both languages as the schema registers them, and the schema's rules that a form can check
// (required, pattern, range) so the officer sees the mistake before saving. Messages name the rule
// in Mongolian and English.

export type DecapField = Record<string, unknown> & { name: string; label: string; required: boolean };

const both = (b: Bilingual) => `${b.mn} / ${b.en}`;
const pattern = (re: RegExp | string, message: Bilingual) => [
  typeof re === 'string' ? re : re.source,
  both(message),
];

/** A relation picker: its target collection and what is shown and stored. */
export interface Relation {
  collection: string;
  value: string;
  display: string[];
  search: string[];
}

export interface FieldOptions {
  /** Fields picked from another collection, by dotted path. */
  relations?: Record<string, Relation>;
  /** Fields with more than one line of text, by dotted path. */
  multiline?: string[];
  /** Extra rules a form can check, by dotted path. */
  patterns?: Record<string, [string, Bilingual]>;
  /** Mirrored collections: whether each field is translated or the same in both languages. */
  i18n?: boolean;
  /** Fields that hold a picture next to the entry. */
  images?: string[];
}

const dayPattern = pattern(isoDayPattern, rules.day);

function widgetFor(
  shape: FieldKind,
  path: string,
  label: string,
  o: FieldOptions,
  required = true,
): Record<string, unknown> {
  const relation = o.relations?.[path];
  if (relation && shape.kind !== 'list') {
    return {
      widget: 'relation',
      collection: relation.collection,
      value_field: relation.value,
      display_fields: relation.display,
      search_fields: relation.search,
      options_length: 200,
    };
  }
  if (o.images?.includes(path)) return { widget: 'image', choose_url: false };
  switch (shape.kind) {
    case 'text': {
      const extra = o.patterns?.[path];
      const rule = extra
        ? pattern(...extra)
        : shape.pattern
          ? pattern(shape.pattern, rules.slug)
          : shape.url
            ? pattern('^https://\\S+$', rules.httpsUrl)
            : pattern('\\S', rules.notEmpty);
      return { widget: o.multiline?.includes(path) ? 'text' : 'string', pattern: rule };
    }
    case 'day':
      // Typed as YYYY-MM-DD, the text the schemas read, with a button for today in Ulaanbaatar.
      return { widget: 'masm-date', pattern: dayPattern };
    case 'yearOrDay':
      return { widget: 'string', pattern: pattern('^\\d{4}(-\\d{2}-\\d{2})?$', rules.yearOrDay) };
    case 'number':
      return { widget: 'number', value_type: 'int', min: shape.min, max: shape.max };
    case 'boolean':
      // A checkbox that shows, in the other language's pane, the state the file will have (widgets.ts).
      return { widget: 'masm-boolean', default: false };
    case 'enum':
      return { widget: 'select', options: shape.options };
    case 'object':
      return {
        widget: 'object',
        collapsed: false,
        fields: shape.fields.map((f) => field(f, `${path}.${f.name}`, o, !required)),
      };
    case 'list':
      return listWidget(shape, path, label, o);
    case 'variants':
      throw new Error(`${path}: a choice of forms stands only in a list`);
  }
}

function listWidget(
  shape: Extract<FieldKind, { kind: 'list' }>,
  path: string,
  label: string,
  o: FieldOptions,
) {
  const min = shape.min ? { min: shape.min } : {};
  const item = shape.item;
  if (o.relations?.[path]) return { ...widgetFor(item, path, label, o), multiple: true, ...min };
  if (item.kind === 'object') {
    return { widget: 'list', ...min, fields: item.fields.map((f) => field(f, `${path}.${f.name}`, o)) };
  }
  if (item.kind === 'variants') {
    return {
      widget: 'list',
      ...min,
      typeKey: item.key,
      types: item.variants.map((v) => ({
        name: v.value,
        label: v.value,
        widget: 'object',
        // Decap wants at least one field per kind; the kind itself, which Decap also writes, is it.
        fields: [
          { name: item.key, label: item.key, widget: 'hidden', default: v.value },
          ...v.fields.map((f) => field(f, `${path}.${f.name}`, o)),
        ],
      })),
    };
  }
  return {
    widget: 'list',
    ...min,
    // Each item open, its text in its box: folded, Decap showed only the list's label on every row.
    collapsed: false,
    summary: '{{fields.item}}',
    // An item of a list is labelled as the list.
    field: { name: 'item', label, ...widgetFor(item, path, label, o), required: true },
  };
}

function labelOf(shape: FieldShape, path: string): string {
  if (!shape.label)
    throw new Error(`The editor has no label for ${path}: register it on the field (src/lib/schemas/)`);
  return both(shape.label);
}

/**
 * How a field of a mirrored collection is filled in each language. Decap hides from the English
 * pane every field inside an object or list that does not say, so nested fields say it too: text
 * is written per language, and a picture is chosen once for both (its description is per language).
 */
function i18nOf(path: string, translated: boolean, o: FieldOptions): true | 'duplicate' {
  if (o.images?.includes(path)) return 'duplicate';
  return translated || path.includes('.') ? true : 'duplicate';
}

/**
 * One Decap field for one schema field (and its sub-fields). Inside an optional object (a news
 * item's picture) Decap would demand the sub-fields even when the object is left out, so they are
 * not required in the form; client.ts refuses a picture without its description when saving.
 */
export function field(shape: FieldShape, path: string, o: FieldOptions, inOptional = false): DecapField {
  const label = labelOf(shape, path);
  const required = shape.required && !inOptional;
  const widget = widgetFor(shape, path, label, o, required);
  // Text is written in each language; dates, choices and pickers are the same in both. Decap's
  // list takes only true here (so a list of how to apply is filled in for each language).
  const translated = ['string', 'text', 'object', 'list', 'markdown'].includes(widget.widget as string);
  return {
    name: shape.name,
    label,
    ...(shape.hint ? { hint: both(shape.hint) } : {}),
    required,
    ...(!required && shape.kind === 'day' ? { default: '' } : {}),
    ...widget,
    ...(o.i18n ? { i18n: i18nOf(path, translated, o) } : {}),
  };
}
