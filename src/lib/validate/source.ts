import { isAlias, isMap, isSeq, LineCounter, parseDocument, visit, type Node, type YAMLError } from 'yaml';
import type { Bilingual } from '../schemas/rules';

/** A content file's front matter or YAML, parsed as written, with a way back to its lines. */
export interface Source {
  /** The fields. Dates stay text here (YAML 1.2), so an impossible date is seen, not rolled over. */
  data: unknown;
  /** Markdown text after the front matter. */
  body?: string;
  /** Line in the file where the body starts. */
  bodyLine: number;
  /** YAML syntax errors and front-matter mistakes, with their lines, in both languages. */
  errors: { line?: number; found?: string; expected: Bilingual }[];
  /** The line of a field (its key), or of the nearest enclosing field that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

function parseYaml(text: string, firstLine: number): Omit<Source, 'body' | 'bodyLine'> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const line = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const errors = [...doc.errors, ...doc.warnings].map((e) => yamlError(e, text, line));
  // Anchors and aliases (&a, *a) repeat one part of the file elsewhere: nothing in content needs
  // them, and aliases of aliases grow a few lines into millions of values.
  if (!errors.length)
    visit(doc, {
      Node(_, node) {
        const alias = isAlias(node);
        if (!node.anchor && !alias) return undefined;
        errors.push({
          line: node.range ? line(node.range[0]) : firstLine,
          found: alias ? `*${node.source}` : `&${node.anchor}`,
          expected: {
            mn: 'утгыг шууд бичнэ: YAML-ийн & болон * (anchor, alias) контентод хэрэглэхгүй',
            en: 'the value written out: YAML anchors and aliases (& and *) are not used in content',
          },
        });
        return visit.BREAK;
      },
    });
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

/**
 * A YAML mistake told in both languages, never in the YAML library's English: a field written
 * twice is named with both its lines; anything else is named by its line.
 */
function yamlError(e: YAMLError, text: string, line: (offset: number) => number) {
  if (e.code === 'DUPLICATE_KEY') {
    const key = /^\s*([^:\n]+?)\s*:/.exec(text.slice(e.pos[0]))?.[1] ?? '';
    const first = text
      .slice(0, e.pos[0])
      .search(new RegExp(`^\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`, 'm'));
    const lines = [first >= 0 ? line(first) : undefined, line(e.pos[0])].filter(Boolean).join(', ');
    return {
      line: line(e.pos[0]),
      found: `${key}: …`,
      expected: {
        mn: `"${key}" талбар нэг л удаа (${lines}-р мөрөнд давхар бичигдсэн): нэгийг нь устгана уу`,
        en: `the field "${key}" once (it is written twice, on lines ${lines}): delete one`,
      },
    };
  }
  // The line the mistake is on, as written; YAML reports some (a quote left open) where the text
  // ends, so an empty line there means the last line written before it.
  let start = text.lastIndexOf('\n', Math.max(0, e.pos[0] - 1)) + 1;
  let written = text.slice(start, (text.indexOf('\n', start) + 1 || text.length + 1) - 1).trim();
  if (!written) {
    const before = text.slice(0, start).trimEnd();
    start = before.lastIndexOf('\n') + 1;
    written = before.slice(start).trim();
  }
  // "title: Стандартын өдөр: 10 сарын 14": a colon and a space inside a value start another field.
  const colon = /^([\w.-]+):\s+([^"'\s][^#]*?:\s.*)$/.exec(written);
  if (colon) {
    const quoted = `${colon[1]}: "${colon[2].replace(/"/g, '\\"')}"`;
    return {
      line: line(start),
      found: written,
      expected: {
        mn: `хашилтад бичсэн утга, учир нь утганд ": " байна: ${quoted}`,
        en: `the value in quotes, as it holds ": ": ${quoted}`,
      },
    };
  }
  return {
    line: line(written ? start : e.pos[0]),
    ...(written ? { found: written } : {}),
    expected: {
      mn: 'зөв YAML: "талбар: утга" мөр бүрт, доторх талбарууд догол мөрөөр, хашилт хаагдсан',
      en: 'valid YAML: one "field: value" a line, inner fields indented, quotes closed',
    },
  };
}

/** Some Windows editors start a UTF-8 file with a byte-order mark: it is not part of the text. */
const withoutBom = (text: string) => text.replace(/^\uFEFF/, '');

/** A bilingual YAML file. */
export function parseYamlFile(text: string): Source {
  return { ...parseYaml(withoutBom(text), 1), bodyLine: 1 };
}

/** A Markdown file: front matter between `---` lines, then the body. */
export function parseMarkdownFile(file: string): Source {
  const text = withoutBom(file);
  const match = /^---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) {
    return {
      data: undefined,
      body: text,
      bodyLine: 1,
      errors: [
        {
          line: 1,
          expected: {
            mn: 'файлын эхэнд --- мөрүүдийн хооронд талбарууд',
            en: 'fields between --- lines at the top of the file',
          },
        },
      ],
      lineOf: () => undefined,
    };
  }
  const yaml = parseYaml(match[1] ?? '', 2);
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  return { ...yaml, body: text.slice(match[0].length), bodyLine };
}
