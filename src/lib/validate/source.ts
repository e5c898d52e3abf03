import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** A content file's front matter or YAML, parsed as written, with a way back to its lines. */
export interface Source {
  /** The fields. Dates stay text here (YAML 1.2), so an impossible date is seen, not rolled over. */
  data: unknown;
  /** Markdown text after the front matter. */
  body?: string;
  /** Line in the file where the body starts. */
  bodyLine: number;
  /** YAML syntax errors and front-matter mistakes, with their lines. */
  errors: { line?: number; message: string }[];
  /** The line of a field (its key), or of the nearest enclosing field that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

function parseYaml(text: string, firstLine: number): Omit<Source, 'body' | 'bodyLine'> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const line = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const errors = [...doc.errors, ...doc.warnings].map((e) => ({ line: line(e.pos[0]), message: e.message }));
  const lineOf = (path: readonly PropertyKey[]) => {
    let node: unknown = doc.contents;
    let found: number | undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        const range = (pair.key as Node).range;
        if (range) found = line(range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item?.range) break;
        found = line(item.range[0]);
        node = item;
      } else break;
    }
    return found;
  };
  return { data: errors.length ? undefined : (doc.toJS() ?? {}), errors, lineOf };
}

/** A bilingual YAML file. */
export function parseYamlFile(text: string): Source {
  return { ...parseYaml(text, 1), bodyLine: 1 };
}

/** A Markdown file: front matter between `---` lines, then the body. */
export function parseMarkdownFile(text: string): Source {
  const match = /^---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) {
    return {
      data: undefined,
      body: text,
      bodyLine: 1,
      errors: [{ line: 1, message: 'front matter' }],
      lineOf: () => undefined,
    };
  }
  const yaml = parseYaml(match[1] ?? '', 2);
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  return { ...yaml, body: text.slice(match[0].length), bodyLine };
}
