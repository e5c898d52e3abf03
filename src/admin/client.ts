import { parse, stringify } from 'yaml';
import { rules } from '../lib/schemas/rules';
import type { CollectionName } from '../lib/content-layout';
import { localeMn } from './locale-mn';
import { markupProblems } from './content-checks';

// Runs in the browser after decap-cms.js (bundled into /admin/editor.js at build time): the
// file formats that write what the validator accepts, the file-name field, the Mongolian
// interface, then starts the editor.

type Data = Record<string, unknown>;
type Immutable = { toJS(): unknown };
interface Cms {
  registerCustomFormat(
    name: string,
    ext: string,
    f: { fromFile(t: string): Data; toFile(d: Data, keys?: string[]): string },
  ): void;
  registerWidget(name: string, control: unknown): void;
  registerLocale(name: string, phrases: unknown): void;
  registerEventListener(l: { name: string; handler: (a: { entry: Immutable }) => unknown }): void;
  init(o: { config: Data }): void;
}
type Props = {
  value?: string;
  onChange(v: string): void;
  forID: string;
  classNameWrapper: string;
  entry: { get(k: string): unknown };
  setActiveStyle(): void;
  setInactiveStyle(): void;
};
declare const window: Window & {
  CMS: Cms;
  h: (...a: unknown[]) => unknown;
  createClass: (o: object) => unknown;
};

/** Fields whose value is a number in the file, whatever a picker hands over. */
const numeric = new Set(['directive', 'relatedDirectives']);

/**
 * What a form holds, as the schemas read it: no empty optional fields or lists (an empty text is
 * an error there; a list left out is the schema's default), dates as YYYY-MM-DD text, a year
 * alone as a number, picture paths relative (./x.jpg).
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

/** The fields in the form's order; the editor's own file-name field is not part of the file. */
function fileData(data: Data, keys: string[] = []): Data {
  const order = [...keys, ...Object.keys(data)].filter((k, i, all) => all.indexOf(k) === i);
  const kept = order.filter((k) => k !== 'fileName' && k !== 'body' && k in data).map((k) => [k, data[k]]);
  return (clean(Object.fromEntries(kept)) as Data) ?? {};
}

const yamlText = (data: Data) => stringify(data, { lineWidth: 0, aliasDuplicateObjects: false });

export const formats = {
  md: {
    fromFile(text: string): Data {
      const m = /^---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
      if (!m) return { body: text };
      return { ...(parse(m[1] ?? '') ?? {}), body: text.slice(m[0].length).replace(/^\r?\n/, '') };
    },
    toFile(data: Data, keys?: string[]): string {
      const body = typeof data.body === 'string' ? data.body.trim() : '';
      return `---\n${yamlText(fileData(data, keys))}---\n${body ? `\n${body}\n` : ''}`;
    },
  },
  yaml: {
    fromFile: (text: string): Data => parse(text) ?? {},
    toFile: (data: Data, keys?: string[]) => yamlText(fileData(data, keys)),
  },
};

/**
 * Refuses to save what the validator would refuse and the form cannot demand: a picture without
 * its description (the picture itself is optional), and code or HTML outside the allowed list in
 * the text or any field, in any language of the entry. Decap shows the message and writes nothing.
 */
export function checkBeforeSave({ entry }: { entry: Immutable }) {
  const e = entry.toJS() as { collection?: string; data?: Data; i18n?: Record<string, { data?: Data }> };
  const byLocale: Record<string, Data | undefined> = { mn: e.data };
  for (const [locale, l] of Object.entries(e.i18n ?? {})) byLocale[locale] = l.data;
  for (const data of Object.values(byLocale)) {
    const hero = data?.hero as { src?: string; alt?: string } | undefined;
    if (hero?.src && !hero.alt?.trim()) throw new Error(`${rules.alt.mn} / ${rules.alt.en}`);
  }
  const problems = e.collection ? markupProblems(e.collection as CollectionName, byLocale) : [];
  if (problems.length) throw new Error(problems.join('\n'));
}

function fileNameControl() {
  const { h, createClass } = window;
  return createClass({
    // An entry that exists keeps its file name (its address); only a new one is named here.
    componentDidMount(this: { props: Props }) {
      const slug = this.props.entry.get('slug') as string | undefined;
      if (!this.props.entry.get('newRecord') && slug && this.props.value !== slug) this.props.onChange(slug);
    },
    render(this: { props: Props }) {
      const p = this.props;
      const existing = !p.entry.get('newRecord');
      return h('input', {
        id: p.forID,
        type: 'text',
        className: p.classNameWrapper,
        value: existing ? (p.entry.get('slug') as string) : (p.value ?? ''),
        readOnly: existing,
        autoComplete: 'off',
        spellCheck: false,
        onChange: (e: { target: { value: string } }) => p.onChange(e.target.value),
        onFocus: p.setActiveStyle,
        onBlur: p.setInactiveStyle,
      });
    },
  });
}

/** Mongolian unless asked otherwise (?ui=en) or the browser prefers English. */
function interfaceLocale(): 'mn' | 'en' {
  const asked = new URLSearchParams(location.search).get('ui');
  if (asked === 'mn' || asked === 'en') return asked;
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'mn';
}

if (typeof window !== 'undefined' && window.CMS) {
  const { CMS } = window;
  CMS.registerCustomFormat('masm-md', 'md', formats.md);
  CMS.registerCustomFormat('masm-yaml', 'yaml', formats.yaml);
  CMS.registerWidget('masm-file-name', fileNameControl());
  CMS.registerLocale('mn', localeMn);
  CMS.registerEventListener({ name: 'preSave', handler: checkBeforeSave });
  const locale = interfaceLocale();
  document.documentElement.lang = locale;
  CMS.init({ config: { locale } });
}
