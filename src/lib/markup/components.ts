import type { CollectionName } from '../content-layout';
import type { Bilingual } from '../schemas/rules';
import { contentComponents } from './allowed';

/** A content component as written in a body: `<DirectiveList group="task" />`. */
interface ComponentUse {
  name: string;
  attributes: Record<string, string>;
}

// The one way to write a component: alone on its line(s), a capitalised name, quoted text values,
// self-closed. Nothing in it is an expression.
const tag = /^<([A-Z][A-Za-z0-9]*)((?:\s+[A-Za-z][A-Za-z0-9-]*="[^"]*")*)\s*\/>$/;
const attribute = /([A-Za-z][A-Za-z0-9-]*)="([^"]*)"/g;

/** The component a block of HTML is, if it is written as one. */
export function parseComponentTag(html: string): ComponentUse | undefined {
  const m = tag.exec(html.trim());
  if (!m) return undefined;
  const attributes: Record<string, string> = {};
  for (const [, name, value] of m[2].matchAll(attribute)) attributes[name] = value;
  return { name: m[1], attributes };
}

const names = () => Object.keys(contentComponents).join(', ');

/** What is wrong with a component used in a body of the given kind, or undefined. */
export function componentProblem(use: ComponentUse, collection: CollectionName): Bilingual | undefined {
  const rule = contentComponents[use.name];
  if (!rule || !rule.collections.includes(collection)) {
    const here = Object.entries(contentComponents).filter(([, r]) => r.collections.includes(collection));
    return here.length
      ? {
          mn: `энэ төрлийн файлд зөвхөн эдгээр бүрэлдэхүүн: ${here.map(([n]) => n).join(', ')}`,
          en: `only these components in this kind of file: ${here.map(([n]) => n).join(', ')}`,
        }
      : {
          mn: `энэ төрлийн файлд бүрэлдэхүүн (${names()}) хэрэглэхгүй: зөвхөн Markdown текст`,
          en: `no components (${names()}) in this kind of file: Markdown text only`,
        };
  }
  const allowed = Object.entries(rule.attributes)
    .map(([a, values]) => `${a}="${values.join('|')}"`)
    .join(' ');
  const example = { mn: `<${use.name} ${allowed} />`, en: `<${use.name} ${allowed} />` };
  for (const [name, value] of Object.entries(use.attributes)) {
    if (!rule.attributes[name]?.includes(value))
      return { mn: `зөвшөөрөгдсөн утгатай: ${example.mn}`, en: `allowed values only: ${example.en}` };
  }
  if (rule.required.some((a) => !(a in use.attributes)))
    return { mn: `шаардлагатай утгатай: ${example.mn}`, en: `with its required value: ${example.en}` };
  return undefined;
}
