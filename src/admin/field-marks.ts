import { describe, type FormProblem } from './form-problems';

// Problems shown where they are: under the field's label, in the pane of its language, Mongolian
// then English, the field marked invalid for screen readers. Decap's form is React's; these marks
// are only added beside its elements and removed when the field is changed or checked again.

const mark = 'masm-problem';

/** Decap labels a control `<name>-field-<n>`; a nested field is looked for inside its parent's control. */
function fieldLabel(p: FormProblem): HTMLLabelElement | undefined {
  const names = p.field.split('.').filter((s) => s && !/^\d+$/.test(s));
  if (!names.length) return undefined;
  const pane = p.locale === 'en' ? 1 : 0;
  const labelsIn = (root: ParentNode, name: string) => [
    ...root.querySelectorAll<HTMLLabelElement>(`label[for^="${name}-field-"]`),
  ];
  let label: HTMLLabelElement | undefined = labelsIn(document, names[0])[pane];
  for (const name of names.slice(1)) {
    const container: Element | null | undefined = label?.closest('[class*="ControlContainer"]');
    const inner: HTMLLabelElement | undefined = container ? labelsIn(container, name)[0] : undefined;
    if (!inner) break;
    label = inner;
  }
  return label;
}

export function clearMarks() {
  document.querySelectorAll(`.${mark}`).forEach((m) => m.remove());
  document.querySelectorAll('[data-masm-invalid]').forEach((el) => {
    el.removeAttribute('aria-invalid');
    el.removeAttribute('data-masm-invalid');
  });
}

/**
 * Marks each problem at its field, brings the first into view, and returns each problem's field
 * name as its label says it ('' where it has no field on screen), for the notice.
 */
export function showMarks(problems: FormProblem[]): string[] {
  clearMarks();
  const names: string[] = [];
  let first: HTMLElement | undefined;
  let firstInput: HTMLElement | undefined;
  problems.forEach((p, i) => {
    const label = fieldLabel(p);
    // The label's own text, without Decap's "(optional)".
    names.push(label?.firstChild?.textContent?.trim() ?? '');
    // A problem with no field here (another file's, or the item's as a whole) goes above the form's first field.
    const top = document.querySelector('label[for*="-field-"]')?.closest('[class*="ControlContainer"]');
    if (!label?.parentElement && !top) return;
    const text = describe(p);
    const box = document.createElement('div');
    box.className = p.warning ? `${mark} masm-warning` : mark;
    box.id = `${mark}-${i}`;
    box.setAttribute('role', p.warning ? 'status' : 'alert');
    for (const [lang, line] of [
      ['mn', text.mn],
      ['en', text.en],
    ] as const) {
      const para = document.createElement('p');
      para.lang = lang;
      para.textContent = line;
      box.append(para);
    }
    // Under the label's bar, above the input.
    if (!label?.parentElement) {
      top!.insertAdjacentElement('beforebegin', box);
      first ??= box;
      return;
    }
    label.parentElement.insertAdjacentElement('afterend', box);
    const input = document.getElementById(label.htmlFor);
    if (input && !p.warning) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('data-masm-invalid', '');
      input.setAttribute('aria-describedby', box.id);
      firstInput ??= input;
    }
    first ??= box;
  });
  // The first refused field in view and focused, so the officer types the fix straight away.
  first?.scrollIntoView({ block: 'center' });
  firstInput?.focus({ preventScroll: true });
  return names;
}

/**
 * A refusal that is not a field's (a delete refused because other pages link to the item), kept
 * above the form until the next check: Decap's own notice goes after a few seconds.
 */
export function showNotice(text: string) {
  clearMarks();
  const top = document.querySelector('label[for*="-field-"]')?.closest('[class*="ControlContainer"]');
  if (!top) return;
  const box = document.createElement('div');
  box.className = mark;
  box.setAttribute('role', 'alert');
  box.tabIndex = -1;
  const para = document.createElement('p');
  para.textContent = text;
  box.append(para);
  top.insertAdjacentElement('beforebegin', box);
  box.scrollIntoView({ block: 'center' });
  box.focus({ preventScroll: true });
}

/** The marks' look, and their removal once the officer changes the field. */
export function installMarks() {
  const style = document.createElement('style');
  style.textContent = `.${mark}{border-left:4px solid #a4141b;padding:4px 10px;margin:6px 0;background:#fdf2f2}
.${mark} p{margin:2px 0;color:#a4141b;font-size:14px;font-weight:600}
.${mark}.masm-warning{border-left-color:#8a5a00;background:#fff8e6}
.${mark}.masm-warning p{color:#6b4500}
.masm-date{display:flex;gap:8px;align-items:center}
.masm-today{padding:6px 10px;border:1px solid #798291;border-radius:4px;background:#fff;cursor:pointer}
.masm-markdown [role=toolbar]{display:flex;flex-wrap:wrap;gap:4px;margin:0 0 6px}
.masm-markdown [role=toolbar] button{padding:4px 8px;border:1px solid #798291;border-radius:4px;background:#fff;color:#1f2933;font-size:14px;cursor:pointer}
.masm-markdown [role=toolbar] button:focus-visible{outline:3px solid #1d4f91;outline-offset:1px}
a > p[class*="ButtonText"]{color:#3d4451}
.masm-checkbox{width:1.5rem;height:1.5rem;margin:10px 0;accent-color:#1d4f91}
.masm-preview a{color:#1d4f91;text-decoration:underline;margin-right:1.5em;font-weight:600}
.masm-markdown textarea{width:100%;min-height:16em;font:15px/1.5 ui-monospace,monospace;resize:vertical}`;
  document.head.append(style);
  document.addEventListener(
    'input',
    (e) => {
      const container = (e.target as Element).closest?.('[class*="ControlContainer"]');
      container?.querySelectorAll(`.${mark}`).forEach((m) => m.remove());
    },
    true,
  );
}
