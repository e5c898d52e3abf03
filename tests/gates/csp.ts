import { parse } from 'node-html-parser';

/** The origin the pages are checked as (any will do: only "same origin or not" matters). */
const here = 'https://site.invalid';

/** Attributes that load something the policy governs, by element. */
const loads: [selector: string, attribute: string][] = [
  ['script[src]', 'src'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['img[srcset]', 'srcset'],
  ['source[src]', 'src'],
  ['source[srcset]', 'srcset'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['input[src]', 'src'],
  ['image[href]', 'href'],
  ['use[href]', 'href'],
];
/** `<link rel>` values that load a resource (the rest, such as canonical and alternate, only name a URL). */
const loadingRels = new Set([
  'stylesheet',
  'icon',
  'preload',
  'modulepreload',
  'prefetch',
  'manifest',
  'apple-touch-icon',
]);

const urlsOf = (value: string, attribute: string) =>
  attribute.endsWith('srcset') ? value.split(',').map((c) => c.trim().split(/\s+/)[0]) : [value];

function foreign(url: string): boolean {
  if (/^data:/i.test(url)) return false;
  try {
    return new URL(url, here).origin !== here;
  } catch {
    return true;
  }
}

/**
 * What in one built HTML page would need a weaker Content-Security-Policy than deploy/headers.ts
 * sends: inline script (JSON-LD data excepted), inline event handlers, `style` attributes and
 * `<style>` elements, `javascript:` URLs, plugins and frames, `<base>`, a form posting elsewhere,
 * and scripts, styles, images, fonts or media from another origin.
 */
export function cspProblems(html: string): string[] {
  const doc = parse(html, { comment: false });
  const problems: string[] = [];
  for (const script of doc.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (!script.hasAttribute('src') && type !== 'application/ld+json') {
      problems.push(`inline script: ${script.outerHTML.slice(0, 80)}`);
    }
  }
  for (const el of doc.querySelectorAll('*')) {
    for (const [name, value] of Object.entries(el.attributes)) {
      const attr = name.toLowerCase();
      if (attr.startsWith('on')) problems.push(`event handler attribute ${attr} on <${el.rawTagName}>`);
      if (attr === 'style') problems.push(`style attribute on <${el.rawTagName}>: ${value.slice(0, 60)}`);
      if (/^\s*javascript:/i.test(value)) problems.push(`javascript: URL in ${attr} on <${el.rawTagName}>`);
    }
  }
  for (const tag of ['style', 'object', 'embed', 'applet', 'iframe', 'frame', 'base']) {
    if (doc.querySelector(tag)) problems.push(`<${tag}> element`);
  }
  for (const form of doc.querySelectorAll('form[action]')) {
    if (foreign(form.getAttribute('action')!))
      problems.push(`form posting to ${form.getAttribute('action')}`);
  }
  for (const [selector, attribute] of loads) {
    for (const el of doc.querySelectorAll(selector)) {
      if (el.tagName === 'LINK') {
        const rels = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
        if (!rels.some((r) => loadingRels.has(r))) continue;
      }
      for (const url of urlsOf(el.getAttribute(attribute)!, attribute)) {
        if (foreign(url)) problems.push(`<${el.rawTagName} ${attribute}="${url}"> loads from another origin`);
      }
    }
  }
  return problems;
}

/** In a stylesheet: anything loaded from another origin (`url()`, `@import`). */
export function cssProblems(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)].map(
    (m) => m[2] ?? m[4],
  );
  return urls.filter(foreign).map((url) => `loads ${url} from another origin`);
}

/** In a script: string evaluation, which only 'unsafe-eval' would allow. */
export function scriptProblems(js: string): string[] {
  const found = js.match(/\beval\s*\(|\bnew\s+Function\s*\(|\bset(?:Timeout|Interval)\s*\(\s*['"`]/g) ?? [];
  return found.map((f) => `evaluates a string: ${f}`);
}
