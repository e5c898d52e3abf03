import { todayIn, isoDay, isoDayPattern } from '../lib/dates';
import { slugify } from '../lib/slug';
import type { Locale } from '../i18n/locales';
import { entryPath, href, paths } from '../lib/site/urls';

// The editor's own form controls, as Decap widgets: the file name of a new item (made from its
// title when left empty), and a date typed as YYYY-MM-DD with a button for today in
// Ulaanbaatar (Decap's date picker shows the browser's format, 05/20/2026, and "UTC").

type Immutable = { get(k: string): unknown };
export type WidgetProps = {
  value?: string;
  onChange(v: string): void;
  forID: string;
  classNameWrapper: string;
  entry: Immutable;
  field: Immutable;
  setActiveStyle(): void;
  setInactiveStyle(): void;
  /** The other language's copy of a field that is the same in both (Decap's i18n: duplicate). */
  isDisabled?: boolean;
};
type H = (...a: unknown[]) => unknown;
type CreateClass = (o: object) => unknown;
type This = { props: WidgetProps };

export function fileNameControl(h: H, createClass: CreateClass) {
  return createClass({
    render(this: This) {
      const p = this.props;
      // An item that exists keeps its file name (its address): shown, not a value of the form, so
      // opening it changes nothing and leaves nothing "unsaved".
      const existing = !p.entry.get('newRecord');
      return h('input', {
        id: p.forID,
        type: 'text',
        className: p.classNameWrapper,
        value: existing ? (p.entry.get('slug') as string) : (p.value ?? ''),
        readOnly: existing || p.isDisabled,
        autoComplete: 'off',
        spellCheck: false,
        onChange: (e: { target: { value: string } }) => p.onChange(e.target.value.trim()),
        onFocus: p.setActiveStyle,
        onBlur: p.setInactiveStyle,
      });
    },
  });
}

/** A new item's file name: the one typed, or one made from its title (Mongolian, in Latin letters). */
export function fileNameFor(data: { fileName?: unknown; title?: unknown }): string {
  if (typeof data.fileName === 'string' && data.fileName.trim()) return data.fileName.trim();
  const title = data.title as string | { mn?: string } | undefined;
  return slugify((typeof title === 'string' ? title : title?.mn) ?? '');
}

export function dateControl(h: H, createClass: CreateClass) {
  return createClass({
    render(this: This) {
      const p = this.props;
      const today = () => p.onChange(isoDay(todayIn()));
      return h(
        'div',
        { className: 'masm-date' },
        h('input', {
          id: p.forID,
          type: 'text',
          inputMode: 'numeric',
          placeholder: 'YYYY-MM-DD',
          pattern: isoDayPattern.source,
          className: p.classNameWrapper,
          value: p.value ?? '',
          disabled: p.isDisabled,
          autoComplete: 'off',
          spellCheck: false,
          onChange: (e: { target: { value: string } }) => p.onChange(e.target.value.trim()),
          onFocus: p.setActiveStyle,
          onBlur: p.setInactiveStyle,
        }),
        p.isDisabled
          ? null
          : h('button', { type: 'button', className: 'masm-today', onClick: today }, 'Өнөөдөр / Today'),
      );
    },
  });
}

/** The page an item makes (locale-free), by its kind; undefined for kinds without one (synonyms). */
export function itemPath(kind: string, slug: string, data: { number?: unknown }): string | undefined {
  if (kind in entryPath) return entryPath[kind as keyof typeof entryPath](slug);
  if (kind === 'regulations') return paths.regulation(slug);
  if (kind === 'directives' && Number.isInteger(Number(data.number)))
    return paths.directive(Number(data.number));
  return undefined;
}

/**
 * Links to the saved item's page in both languages, on the preview (`origin`: drafts and scheduled
 * items shown there, marked); a new item has its page once it is saved.
 */
export function previewControl(
  h: H,
  createClass: CreateClass,
  ui: 'mn' | 'en',
  origin: string,
  kindOf: (collection: string) => string | undefined,
) {
  const say = (mn: string, en: string) => (ui === 'mn' ? mn : en);
  return createClass({
    render(this: This) {
      const p = this.props;
      const e = p.entry;
      const kind = kindOf(String(e.get('collection')));
      const data = (e.get('data') as { toJS?: () => { number?: unknown } } | undefined)?.toJS?.() ?? {};
      const path = kind && !e.get('newRecord') ? itemPath(kind, String(e.get('slug')), data) : undefined;
      if (!path)
        return h(
          'p',
          { id: p.forID, className: 'masm-preview' },
          say('Хадгалсны дараа хуудсыг нь эндээс нээнэ.', 'Once saved, its page opens from here.'),
        );
      const link = (locale: Locale, text: string) =>
        h(
          'a',
          { href: `${origin}${href(locale, path)}`, target: '_blank', rel: 'noopener', lang: locale },
          text,
        );
      return h(
        'p',
        { id: p.forID, className: 'masm-preview' },
        link('mn', say('Монгол хуудас ↗', 'Mongolian page ↗')),
        ' ',
        link('en', say('Англи хуудас ↗', 'English page ↗')),
      );
    },
  });
}

/**
 * A yes/no field as a checkbox. A field the same in both languages is set in the Mongolian pane;
 * the English pane shows that state, read from the entry (Decap's own switch there kept showing the
 * state from before a save, and a switch that looked on could not be turned on).
 */
export function booleanControl(h: H, createClass: CreateClass) {
  return createClass({
    render(this: This) {
      const p = this.props;
      const name = String(p.field.get('name'));
      const data = p.entry.get('data') as { get?(k: string): unknown } | undefined;
      const checked = p.isDisabled ? data?.get?.(name) === true : p.value === (true as unknown);
      return h('input', {
        id: p.forID,
        type: 'checkbox',
        className: 'masm-checkbox',
        checked,
        disabled: p.isDisabled,
        onChange: (e: { target: { checked: boolean } }) => p.onChange(e.target.checked as unknown as string),
        onFocus: p.setActiveStyle,
        onBlur: p.setInactiveStyle,
      });
    },
  });
}
