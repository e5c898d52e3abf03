// What the body's formatting buttons do to the text: plain Markdown written around the officer's
// selection, so what is typed is what is saved (the rich-text mode of Decap's own widget escaped
// links and rewrote what it did not know). Pure: the widget (markdown-control.ts) hands over the
// text and the selection and puts back what comes out; tested with plain strings.

/** A text and its selection (start = end: the cursor). */
export interface Edit {
  text: string;
  start: number;
  end: number;
}

export type Format =
  | 'bold'
  | 'italic'
  | 'link'
  | 'heading2'
  | 'heading3'
  | 'bulleted'
  | 'numbered'
  | 'quote'
  | 'table'
  | 'picture';

/** The characters a selection has on either side of its words, kept outside the marks (`** a**` is no bold). */
function trimmed({ text, start, end }: Edit) {
  const chosen = text.slice(start, end);
  const lead = chosen.length - chosen.trimStart().length;
  const trail = chosen.length - chosen.trimEnd().length;
  return chosen.trim() ? { start: start + lead, end: end - trail } : { start, end };
}

/** Marks around the selection (or an empty pair at the cursor); marks already there are taken off. */
function wrap(edit: Edit, mark: string): Edit {
  const { text } = edit;
  const { start, end } = trimmed(edit);
  const n = mark.length;
  if (text.slice(start - n, start) === mark && text.slice(end, end + n) === mark)
    return {
      text: text.slice(0, start - n) + text.slice(start, end) + text.slice(end + n),
      start: start - n,
      end: end - n,
    };
  return {
    text: text.slice(0, start) + mark + text.slice(start, end) + mark + text.slice(end),
    start: start + n,
    end: end + n,
  };
}

/** An address as a link wants it: https:// before a bare host, no spaces. */
export function linkAddress(typed: string): string {
  const a = typed.trim().replace(/\s/g, '%20');
  if (/^(https?:|mailto:|tel:|\/|#|\.)/i.test(a)) return a;
  if (/^[\w-]+(\.[\w-]+)+(\/|$)/.test(a)) return `https://${a}`;
  return a;
}

/** `[selection](address)`; with nothing selected the address is the link's text. */
function link(edit: Edit, typed: string): Edit {
  const address = linkAddress(typed);
  if (!address) return edit;
  const { start, end } = trimmed(edit);
  const words = edit.text.slice(start, end).replace(/[[\]]/g, '\\$&') || address;
  const written = `[${words}](${address})`;
  return {
    text: edit.text.slice(0, start) + written + edit.text.slice(end),
    start: start + 1,
    end: start + 1 + words.length,
  };
}

/** The whole lines the selection touches. */
function lineRange({ text, start, end }: Edit) {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const stop = text.indexOf('\n', end > start && text[end - 1] === '\n' ? end - 1 : end);
  return { from, to: stop === -1 ? text.length : stop };
}

const linePrefix = /^(#{1,6} |> |[-*+] |\d+[.)] )/;

/**
 * Each touched line given a prefix (a heading, a list item, a quote), any other such prefix taken
 * off first; when every line already has it, it is taken off instead.
 */
function prefixLines(edit: Edit, prefix: (i: number) => string, same: RegExp): Edit {
  const { from, to } = lineRange(edit);
  const lines = edit.text.slice(from, to).split('\n');
  const filled = lines.filter((l) => l.trim());
  const off = filled.length > 0 && filled.every((l) => same.test(l));
  let i = 0;
  const written = lines
    .map((l) => {
      if (!l.trim()) return l;
      const bare = l.replace(linePrefix, '');
      return off ? bare : prefix(i++) + bare;
    })
    .join('\n');
  const text = edit.text.slice(0, from) + written + edit.text.slice(to);
  return { text, start: from, end: from + written.length };
}

/** A block (a table, a picture) on lines of its own, with a blank line before and after. */
function block(edit: Edit, written: string, select: [number, number]): Edit {
  const { text } = edit;
  const at = lineRange({ text, start: edit.end, end: edit.end }).to;
  const before = text.slice(0, at);
  const after = text.slice(at).replace(/^\n*/, '');
  const head = before.trimEnd() ? before.trimEnd() + '\n\n' : '';
  const tail = after ? `\n\n${after}` : '';
  const start = head.length + select[0];
  return { text: head + written + tail, start, end: head.length + select[1] };
}

/**
 * The selected lines as a table: cells split at tabs (pasted from a spreadsheet) or at "|"; with
 * nothing selected, an empty table of two columns and one row after the cursor's line.
 */
function table(edit: Edit): Edit {
  const chosen = edit.text.slice(edit.start, edit.end);
  const rows = chosen
    .split('\n')
    .filter((l) => l.trim())
    .map((l) =>
      (l.includes('\t')
        ? l.split('\t')
        : l
            .replace(/^\s*\|/, '')
            .replace(/\|\s*$/, '')
            .split('|')
      ).map((c) => c.trim().replace(/\|/g, '\\|')),
    );
  if (rows.length && rows.some((r) => r.length > 1)) {
    const width = Math.max(...rows.map((r) => r.length));
    const line = (cells: string[]) =>
      `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
    const written = [line(rows[0]), line(Array(width).fill('---')), ...rows.slice(1).map(line)].join('\n');
    const { from, to } = lineRange(edit);
    const head = edit.text.slice(0, from).trimEnd();
    const rest = edit.text.slice(to).replace(/^\n*/, '');
    const text = (head ? `${head}\n\n` : '') + written + (rest ? `\n\n${rest}` : '');
    const start = head ? head.length + 2 : 0;
    return { text, start, end: start + written.length };
  }
  const written = '|  |  |\n| --- | --- |\n|  |  |';
  return block(edit, written, [2, 2]);
}

/** A picture from the editor's pictures at the cursor's line, its description to be typed between the brackets. */
function picture(edit: Edit, path: string): Edit {
  if (!path) return edit;
  return block(edit, `![](${path})`, [2, 2]);
}

/**
 * The text after a formatting button: `arg` is the link's address or the picture's path (nothing
 * happens without one).
 */
export function applyFormat(format: Format, edit: Edit, arg = ''): Edit {
  switch (format) {
    case 'bold':
      return wrap(edit, '**');
    case 'italic':
      return wrap(edit, '*');
    case 'link':
      return link(edit, arg);
    case 'heading2':
      return prefixLines(edit, () => '## ', /^## /);
    case 'heading3':
      return prefixLines(edit, () => '### ', /^### /);
    case 'bulleted':
      return prefixLines(edit, () => '- ', /^[-*+] /);
    case 'numbered':
      return prefixLines(edit, (i) => `${i + 1}. `, /^\d+[.)] /);
    case 'quote':
      return prefixLines(edit, () => '> ', /^> /);
    case 'table':
      return table(edit);
    case 'picture':
      return picture(edit, arg);
  }
}
