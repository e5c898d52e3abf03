import { applyFormat, type Edit, type Format } from './markdown-edits';
import type { WidgetProps } from './widgets';

// The body's field: a plain text box with formatting buttons that write Markdown around the
// selection (markdown-edits.ts). Each button's change goes in as typing does, so Ctrl+Z takes it
// back; the picture button opens the editor's pictures and puts the chosen one at the cursor.

type H = (...a: unknown[]) => unknown;
type CreateClass = (o: object) => unknown;
type MediaProps = WidgetProps & {
  mediaPaths: { get(id: string): unknown };
  onOpenMediaLibrary(o: object): void;
  onRemoveInsertedMedia(id: string): void;
  field: { get(k: string): unknown };
};
type This = {
  props: MediaProps;
  box?: HTMLTextAreaElement | null;
  apply(format: Format, arg?: string): void;
};

/** Each button: what it writes, its name on screen (Mongolian, English), and what it asks first. */
export const formatButtons: { format: Format; label: [string, string]; asks?: [string, string] }[] = [
  { format: 'bold', label: ['Тод', 'Bold'] },
  { format: 'italic', label: ['Налуу', 'Italic'] },
  {
    format: 'link',
    label: ['Холбоос', 'Link'],
    asks: [
      'Холбоосын хаяг: сайтын хуудас (/hotline/, /en/hotline/) эсвэл https://…',
      'The link’s address: a page of the site (/hotline/, /en/hotline/) or https://…',
    ],
  },
  { format: 'heading2', label: ['Гарчиг', 'Heading'] },
  { format: 'heading3', label: ['Дэд гарчиг', 'Subheading'] },
  { format: 'bulleted', label: ['Жагсаалт', 'List'] },
  { format: 'numbered', label: ['Дугаартай жагсаалт', 'Numbered list'] },
  { format: 'quote', label: ['Ишлэл', 'Quote'] },
  { format: 'table', label: ['Хүснэгт', 'Table'] },
  { format: 'picture', label: ['Зураг', 'Picture'] },
];

/**
 * Puts `next` into the box as typing would (so the browser's undo has it), changing only the part
 * that differs, then selects what the button chose.
 */
function typeInto(box: HTMLTextAreaElement, next: Edit, fallback: (text: string) => void) {
  const old = box.value;
  let a = 0;
  while (a < old.length && a < next.text.length && old[a] === next.text[a]) a++;
  let b = 0;
  while (
    b < old.length - a &&
    b < next.text.length - a &&
    old[old.length - 1 - b] === next.text[next.text.length - 1 - b]
  )
    b++;
  box.focus();
  box.setSelectionRange(a, old.length - b);
  const typed = document.execCommand?.('insertText', false, next.text.slice(a, next.text.length - b));
  if (!typed || box.value !== next.text) fallback(next.text);
  requestAnimationFrame(() => box.setSelectionRange(next.start, next.end));
}

export function markdownControl(h: H, createClass: CreateClass, ui: 'mn' | 'en') {
  const say = (pair: [string, string]) => (ui === 'mn' ? pair[0] : pair[1]);
  return createClass({
    apply(this: This, format: Format, arg = '') {
      const box = this.box;
      if (!box) return;
      const next = applyFormat(
        format,
        { text: box.value, start: box.selectionStart, end: box.selectionEnd },
        arg,
      );
      if (next.text === box.value) return;
      typeInto(box, next, (text) => this.props.onChange(text));
    },
    press(this: This, b: (typeof formatButtons)[number]) {
      const p = this.props;
      if (b.format === 'picture') {
        return p.onOpenMediaLibrary({
          controlID: p.forID,
          forImage: true,
          allowMultiple: false,
          value: [],
          field: p.field,
        });
      }
      if (b.asks) {
        const answer = window.prompt(say(b.asks));
        if (answer?.trim()) this.apply(b.format, answer);
        return;
      }
      this.apply(b.format);
    },
    componentDidUpdate(this: This) {
      // A picture chosen in the editor's pictures for this field: placed once at the cursor.
      const p = this.props;
      const path = p.mediaPaths?.get(p.forID);
      if (typeof path === 'string' && path) {
        p.onRemoveInsertedMedia(p.forID);
        this.apply('picture', path);
      }
    },
    render(this: This & { press(b: (typeof formatButtons)[number]): void }) {
      const p = this.props;
      return h(
        'div',
        { className: 'masm-markdown' },
        h(
          'div',
          {
            role: 'toolbar',
            'aria-label': say(['Текстийн хэлбэр', 'Text formatting']),
            'aria-controls': p.forID,
          },
          ...formatButtons.map((b) =>
            h(
              'button',
              {
                key: b.format,
                type: 'button',
                disabled: p.isDisabled,
                'data-format': b.format,
                // The selection stays in the text box while the button is pressed.
                onMouseDown: (e: Event) => e.preventDefault(),
                onClick: () => this.press(b),
              },
              say(b.label),
            ),
          ),
        ),
        h('textarea', {
          id: p.forID,
          ref: (el: HTMLTextAreaElement | null) => (this.box = el),
          className: p.classNameWrapper,
          value: p.value ?? '',
          disabled: p.isDisabled,
          rows: 14,
          spellCheck: true,
          onChange: (e: { target: { value: string } }) => p.onChange(e.target.value),
          onFocus: p.setActiveStyle,
          onBlur: p.setInactiveStyle,
        }),
      );
    },
  });
}
