import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlPages, readDist, realDist } from '../helpers/dist';

// public/_redirects, read as Netlify and Cloudflare Pages read it: a source with named placeholders
// (":a" is one path segment), a destination, a status. Checked against every page the build made.
interface Rule {
  from: RegExp;
  names: string[];
  to: string;
  status: number;
}

function parseRedirects(file: string): Rule[] {
  return file
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [from, to, status] = line.split(/\s+/);
      const names: string[] = [];
      const pattern = from.replace(/[.]/g, '\\.').replace(/:([a-z]+)/g, (_, name) => {
        names.push(name);
        return '([^/]+)';
      });
      return { from: new RegExp(`^${pattern}$`), names, to, status: Number(status) };
    });
}

/** Where a host sends `path` (the first rule that matches wins), or undefined. */
function redirect(rules: Rule[], path: string): { to: string; status: number } | undefined {
  for (const rule of rules) {
    const m = rule.from.exec(path);
    if (!m) continue;
    const to = rule.names.reduce((out, name, i) => out.replace(`:${name}`, m[i + 1]), rule.to);
    return { to, status: rule.status };
  }
}

describe('public/_redirects', () => {
  const rules = parseRedirects(readDist('/_redirects', realDist));

  it('sends every page\'s ".../index.html" to the page\'s own address, for good', () => {
    const pages = htmlPages(realDist).filter((p) => p.endsWith('/'));
    expect(pages.length).toBeGreaterThan(50);
    const offenders = pages
      .map((p) => [p, redirect(rules, `${p}index.html`)] as const)
      .filter(([p, r]) => r?.to !== p || r.status !== 301)
      .map(([p, r]) => `${p}index.html → ${JSON.stringify(r)}`);
    expect(offenders).toEqual([]);
  });

  it('leaves every other file where it is', () => {
    const others = [
      '/',
      '/news/',
      '/rss.xml',
      '/404.html',
      '/en/404.html',
      '/sitemap-index.xml',
      '/pagefind/pagefind.js',
    ];
    expect(others.filter((p) => redirect(rules, p))).toEqual([]);
    expect(readFileSync(new URL('../../public/_redirects', import.meta.url), 'utf8')).toBe(
      readDist('/_redirects', realDist),
    );
  });
});
