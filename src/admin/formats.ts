import { parse, stringify } from 'yaml';
import { escapeForMdx, unescapeMdx } from '../lib/markup/mdx';

// The file formats the editor writes, so that what it saves is what the validator accepts: YAML
// front matter with no empty fields, dates as text, then the Markdown body as typed.

export type Data = Record<string, unknown>;

/** Fields whose value is a number in the file, whatever a picker hands over. */
const numeric = new Set(['directive', 'relatedDirectives']);

/**
 * What a form holds, as the schemas read it: no empty optional fields or lists (an empty text is
 * an error there; a list left out is the schema's default), dates as YYYY-MM-DD text, a year
 * alone as a number, picture paths relative (./x.jpg, ../images/x.jpg).
 */
export function clean(value: unknown, key = ''): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) {
    const items = value.map((v) => clean(v, key)).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (value && typeof value === 'object') {
    const out = Object.entries(value).flatMap(([k, v]) => {
      const c = clean(v, k);
      return c === undefined ? [] : [[k, c]];
    });
    return out.length ? Object.fromEntries(out) : undefined;
  }
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'string' && numeric.has(key) && /^\d+$/.test(value)) return Number(value);
  if (key === 'adopted' && typeof value === 'string' && /^\d{4}$/.test(value)) return Number(value);
  if (key === 'src' && typeof value === 'string' && !/^(\.{1,2}\/|\/|[a-z]+:)/i.test(value))
    return `./${value}`;
  return value;
}

/** The editor's own fields (a new item's file name, the links to its page): never part of a file. */
export const editorFields = new Set(['fileName', 'preview']);

/** The fields in the form's order, the editor's own left out. */
function fileData(data: Data, keys: string[] = []): Data {
  const order = [...keys, ...Object.keys(data)].filter((k, i, all) => all.indexOf(k) === i);
  const kept = order
    .filter((k) => !editorFields.has(k) && k !== 'body' && k in data)
    .map((k) => [k, data[k]]);
  return (clean(Object.fromEntries(kept)) as Data) ?? {};
}

const yamlText = (data: Data) => stringify(data, { lineWidth: 0, aliasDuplicateObjects: false });

export interface Format {
  fromFile(text: string): Data;
  toFile(data: Data, keys?: string[]): string;
}

/**
 * One language's Markdown file (or MDX file, with `mdx`: the body is written as MDX that shows
 * what the officer typed, and read back as typed). With `translated` (the fields written per language), a language
 * where none is filled gets no file: Decap writes nothing for an empty text, so an English pane
 * left blank means "not translated yet" rather than a file of copied dates.
 */
export function markdownFormat(translated?: string[], mdx = false): Format {
  return {
    fromFile(text) {
      const m = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
      const read = (body: string) => (mdx ? unescapeMdx(body) : body);
      if (!m) return { body: read(text) };
      return { ...(parse(m[1] ?? '') ?? {}), body: read(text.slice(m[0].length).replace(/^\r?\n/, '')) };
    },
    toFile(data, keys) {
      const typed = typeof data.body === 'string' ? data.body.trim() : '';
      // In MDX, "<" and "{" start code: the officer's text is written so that it shows as typed.
      const body = mdx ? escapeForMdx(typed) : typed;
      const at = (path: string) =>
        path.split('.').reduce<unknown>((v, k) => (v as Data | undefined)?.[k], data);
      if (
        translated &&
        !translated.some((p) => clean(p === 'body' ? body : at(p), p.split('.').at(-1)) !== undefined)
      )
        return '';
      return `---\n${yamlText(fileData(data, keys))}---\n${body ? `\n${body}\n` : ''}`;
    },
  };
}

/**
 * Whether the editor writes a file it was handed: a language left blank comes as an empty text
 * (`markdownFormat`) and means "not translated yet", so no file is written for it. The form's
 * check and the editor's backend both ask here, so they agree on what a save writes.
 */
export const writesFile = (raw: string): boolean => raw.trim() !== '';

export const yamlFormat: Format = {
  fromFile: (text) => parse(text.replace(/^\uFEFF/, '')) ?? {},
  toFile: (data, keys) => yamlText(fileData(data, keys)),
};
