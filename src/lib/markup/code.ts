import { parse, parseExpressionAt } from 'acorn';

// Text that an MDX reader would run as code. Content files are Markdown, where such text would
// only be shown, but an author who writes it expects it to run (or copied it from somewhere):
// it is refused with a message, while text that merely looks like code ("{1, 2}") stays text.

type JsNode = { type: string; name?: string; [key: string]: unknown };

// Expressions that do something or name something: a variable, a call, a function, a template…
const doing = new Set([
  'ThisExpression',
  'Super',
  'MetaProperty',
  'CallExpression',
  'NewExpression',
  'ImportExpression',
  'TemplateLiteral',
  'TaggedTemplateExpression',
  'ArrowFunctionExpression',
  'FunctionExpression',
  'ClassExpression',
  'AssignmentExpression',
  'UpdateExpression',
  'AwaitExpression',
  'YieldExpression',
]);

function namesOrDoes(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some(namesOrDoes);
  const n = node as JsNode;
  if (typeof n.type === 'string') {
    if (doing.has(n.type)) return true;
    // A word in another script is a word; an ASCII name is a variable.
    if (n.type === 'Identifier' && /^[\x00-\x7f]+$/.test(n.name ?? '')) return true;
  }
  return Object.entries(n).some(([k, v]) => k !== 'loc' && typeof v === 'object' && namesOrDoes(v));
}

/** Whether the text between `{` and `}` is code: a comment, or an expression that names or does something. */
function isCodeExpression(inner: string): boolean {
  const text = inner.trim();
  if (!text) return false;
  if (/^\/\*[\s\S]*\*\/$/.test(text) || text.startsWith('//')) return true;
  try {
    const expr = parseExpressionAt(text, 0, { ecmaVersion: 'latest' }) as unknown as JsNode & { end: number };
    if (text.slice(expr.end).trim().replace(/;$/, '')) return false;
    return namesOrDoes(expr);
  } catch {
    return false;
  }
}

const escapedAt = (raw: string, i: number) => {
  let n = 0;
  while (i - n - 1 >= 0 && raw[i - n - 1] === '\\') n++;
  return n % 2 === 1;
};

/** `{…}` in raw Markdown text (not escaped as `\{`) whose contents are code: index and the braces. */
export function codeInBraces(raw: string): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  for (let i = raw.indexOf('{'); i !== -1; i = raw.indexOf('{', i + 1)) {
    if (escapedAt(raw, i)) continue;
    let depth = 0;
    let end = -1;
    for (let j = i; j < raw.length; j++) {
      if (raw[j] === '{' && !escapedAt(raw, j)) depth++;
      else if (raw[j] === '}' && !escapedAt(raw, j) && --depth === 0) {
        end = j;
        break;
      }
    }
    if (end === -1) break;
    if (isCodeExpression(raw.slice(i + 1, end))) {
      out.push({ index: i, text: raw.slice(i, end + 1) });
      i = end;
    }
  }
  return out;
}

/** Whether a paragraph is an ES module statement (`import … from '…'`, `export const …`), as MDX reads it. */
export function isModuleCode(raw: string): boolean {
  if (!/^(?:import|export)(?=[\s{*'"])/.test(raw)) return false;
  try {
    const program = parse(raw, { ecmaVersion: 'latest', sourceType: 'module' });
    if (program.body.some((s) => /^(?:Import|Export)/.test(s.type))) return true;
  } catch {
    // A statement followed by text on the next line: decided by its first words below.
  }
  return /^import\s*(?:['"]|[\w$*{][^\n]*\bfrom\s*['"])|^export\s+(?:const|let|var|function|class|default|async)\b|^export\s*[{*]/.test(
    raw,
  );
}
