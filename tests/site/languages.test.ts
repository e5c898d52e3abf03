import { describe, expect, it } from 'vitest';
import { siteOrigin } from '../helpers/astro';
import { htmlPages, notFoundPages, page, resolveToFile, text } from '../helpers/dist';

const contentPages = htmlPages().filter((p) => !notFoundPages.includes(p));
const counterpart = (path: string) => (path.startsWith('/en/') ? path.slice(3) : `/en${path}`);
/** Pages in both languages (the notice that stands in for a missing translation is not one). */
const paired = contentPages.filter(
  (p) =>
    resolveToFile(counterpart(p)) &&
    ![p, counterpart(p)].some((x) => page(x).querySelector('.notice[role="note"]')),
);
const localPath = (href: string) => new URL(href).pathname;

describe('languages', () => {
  it('gives every page a canonical URL on the public site', () => {
    for (const path of contentPages) {
      const canonical = page(path).querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(canonical, path).toBe(`${siteOrigin}${path}`);
    }
  });

  it('links every page in both languages to both versions and x-default, and each link resolves and links back', () => {
    expect(paired.length).toBeGreaterThan(200);
    for (const path of paired) {
      const links = page(path).querySelectorAll('link[rel="alternate"][hreflang]');
      const byLang: Record<string, string> = Object.fromEntries(
        links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')!]),
      );
      expect(Object.keys(byLang).sort(), path).toEqual(['en', 'mn', 'x-default']);
      expect(byLang['x-default'], path).toBe(byLang.mn);
      for (const href of Object.values(byLang)) {
        const target = localPath(href);
        expect(resolveToFile(target), `${path} → ${href}`).toBeDefined();
        const back = page(target)
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .map((l) => localPath(l.getAttribute('href')!));
        expect(back, `${target} links back to ${path}`).toContain(path);
      }
    }
  });

  it('has a language switcher that leads to the same page in the other language', () => {
    for (const path of paired) {
      const link = page(path).querySelector('.language-switcher a');
      const expected = counterpart(path);
      expect(link?.getAttribute('href'), path).toBe(expected);
      expect(link?.getAttribute('lang'), path).toBe(path.startsWith('/en/') ? 'mn' : 'en');
      expect(text(link), path).toBe(path.startsWith('/en/') ? 'Монгол' : 'English');
    }
  });

  it('writes the interface in the page language', () => {
    expect(text(page('/').querySelector('nav.main-nav'))).toContain('Мэдээ');
    expect(text(page('/en/').querySelector('nav.main-nav'))).toContain('News');
    expect(text(page('/en/').querySelector('nav.main-nav'))).not.toMatch(/[А-Яа-я]/);
  });

  it('marks the current section in the navigation', () => {
    const nav = page('/en/news/sector-managers-conference-2020/').querySelector('nav.main-nav');
    expect(text(nav?.querySelector('a[aria-current]'))).toBe('News');
    expect(
      page('/directives/').querySelector('nav.main-nav a[aria-current="page"]')?.getAttribute('href'),
    ).toBe('/directives/');
  });
});
