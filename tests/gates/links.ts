import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { parsePath } from '../../src/i18n/paths';
import { siteOrigin } from '../helpers/astro';
import { resolveToFile } from '../helpers/dist';

/** The language in force at an element: its own `lang` or its nearest ancestor's. */
function langOf(el: HTMLElement): string | undefined {
  for (let n: HTMLElement | null = el; n; n = n.parentNode as HTMLElement | null) {
    const lang = n.getAttribute?.('lang');
    if (lang) return lang;
  }
  return undefined;
}

/**
 * Problems with the internal links of built pages (relative ones and absolute ones to the site's
 * own address): an href/src that resolves to no file, a #fragment that names no id on its target,
 * and a link into the other language's pages. A link to the other language is allowed only where
 * it says so with `hreflang` (the language switcher, the untranslated-page notice) or stands inside
 * an element in that language (the English part of the 404 page).
 */
export function linkProblems(root: string, pages: string[]): string[] {
  const problems: string[] = [];
  const docs = new Map<string, HTMLElement>();
  const doc = (file: string) => {
    let d = docs.get(file);
    if (!d) docs.set(file, (d = parse(readFileSync(file, 'utf8'))));
    return d;
  };
  for (const path of pages) {
    const file = resolveToFile(path, root);
    if (!file) {
      problems.push(`${path}: the page itself is not in the build`);
      continue;
    }
    for (const el of doc(file).querySelectorAll(
      'a[href], link[href], img[src], script[src], source[srcset]',
    )) {
      const raw =
        el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('srcset')!.split(/\s/)[0];
      if (/^(tel|mailto|data):/.test(raw)) continue;
      const url = new URL(raw, siteOrigin + path);
      if (url.origin !== siteOrigin) continue;
      const target = resolveToFile(url.pathname, root);
      if (!target) {
        problems.push(`${path}: ${raw} → no such file`);
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && target.endsWith('.html') && !doc(target).querySelector(`[id="${id.replace(/"/g, '\\"')}"]`)) {
        problems.push(`${path}: ${raw} → no element with id "${id}"`);
      }
      if (el.tagName === 'A' && target.endsWith('.html') && !target.endsWith('404.html')) {
        const targetLang = parsePath(url.pathname).locale;
        const linkLang = langOf(el);
        if (linkLang && linkLang !== targetLang && el.getAttribute('hreflang') !== targetLang) {
          problems.push(
            `${path}: ${raw} leads from a ${linkLang} page into a ${targetLang} page without hreflang`,
          );
        }
      }
    }
  }
  return problems;
}
