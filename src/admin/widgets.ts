import { todayIn, isoDay, isoDayPattern } from '../lib/dates';
import { slugify } from '../lib/slug';

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
