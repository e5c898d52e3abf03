import { describe, expect, it } from 'vitest';
import { interactivePages } from '../gates/weight';
import { parse, type HTMLElement } from 'node-html-parser';
import { agency } from '../../src/lib/agency';
import { distFiles, fixtureDist, htmlPages, notFoundPages, page, realDist, text } from '../helpers/dist';

const pages = htmlPages();
const contentPages = pages.filter((p) => !notFoundPages.includes(p));

describe('the built site', () => {
  it('has every page the routes promise, in both languages', () => {
    for (const path of ['/', '/news/', '/directives/', '/hotline/', '/about/']) {
      expect(pages).toContain(path);
      expect(pages).toContain(`/en${path}`);
    }
    expect(pages).toContain('/news/sector-managers-conference-2020/');
    expect(pages).toContain('/en/news/sector-managers-conference-2020/');
    expect(distFiles()).toEqual(
      expect.arrayContaining(['/rss.xml', '/en/rss.xml', '/404.html', '/en/404.html']),
    );
  });

  it('declares the right language on every page', () => {
    for (const path of contentPages) {
      const lang = page(path).querySelector('html')?.getAttribute('lang');
      expect(lang, path).toBe(path.startsWith('/en/') ? 'en' : 'mn');
    }
  });

  it('gives every page a title, a description and exactly one h1', () => {
    for (const path of pages) {
      const doc = page(path);
      expect(text(doc.querySelector('title')), path).not.toBe('');
      expect(doc.querySelector('meta[name="description"]')?.getAttribute('content'), path).toBeTruthy();
      expect(doc.querySelectorAll('h1'), path).toHaveLength(1);
    }
  });

  it('promotes the hotline 1800-2525 as a tel: link in the header and footer of every page', () => {
    for (const path of pages) {
      const doc = page(path);
      for (const region of ['header.site-header', 'footer.site-footer']) {
        const link = doc.querySelector(`${region} a[href="tel:18002525"]`);
        expect(link, `${path} ${region}`).not.toBeNull();
        expect(text(link)).toContain('1800-2525');
      }
    }
  });

  it('has a skip link to the main content on every page', () => {
    for (const path of pages) {
      const doc = page(path);
      const skip = doc.querySelector('a.skip-link');
      expect(skip?.getAttribute('href'), path).toBe('#main');
      expect(doc.querySelector('main#main'), path).not.toBeNull();
    }
  });

  it('ships no client-side JavaScript on content pages (the search page is the one interactive page)', () => {
    for (const path of pages.filter((p) => !interactivePages.includes(p))) {
      const scripts = page(path).querySelectorAll('script');
      for (const s of scripts) expect(s.getAttribute('type'), path).toBe('application/ld+json');
    }
    for (const path of interactivePages) {
      expect(page(path).querySelectorAll('script[type="module"]').length, path).toBeGreaterThan(0);
    }
  });

  it('has a bilingual 404 page that leads home in both languages', () => {
    const doc = page('/404.html');
    expect(text(doc.querySelector('h1'))).toBe('Хуудас олдсонгүй');
    const english = doc.querySelector('section[lang="en"]');
    expect(text(english?.querySelector('h2'))).toBe('Page not found');
    expect(doc.querySelector('main a[href="/"]')).not.toBeNull();
    expect(english?.querySelector('a[href="/en/"]')).not.toBeNull();
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('has an English 404 page for /en/, English first, that leads home in both languages', () => {
    const doc = page('/en/404.html');
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(text(doc.querySelector('h1'))).toBe('Page not found');
    const mongolian = doc.querySelector('section[lang="mn"]');
    expect(text(mongolian?.querySelector('h2'))).toBe('Хуудас олдсонгүй');
    expect(doc.querySelector('main a[href="/en/"]')).not.toBeNull();
    expect(mongolian?.querySelector('a[href="/"][hreflang="mn"]')).not.toBeNull();
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
    // Astro wrote it to en/404/index.html; it has no URL of its own.
    expect(distFiles().some((f) => f.startsWith('/en/404/'))).toBe(false);
  });
});

describe('the hotline where the answer is', () => {
  it('makes every 1800-2525 on every page of either site a tap-to-call link', () => {
    const offenders: string[] = [];
    let seen = 0;
    for (const root of [fixtureDist, realDist])
      for (const path of htmlPages(root)) {
        const walk = (node: HTMLElement, inCall: boolean) => {
          for (const child of node.childNodes) {
            if (child.nodeType === 3) {
              const n = child.rawText.split(agency.hotline.display).length - 1;
              seen += n;
              if (n && !inCall) offenders.push(`${path}: …${child.rawText.trim().slice(0, 60)}`);
            } else if (child.nodeType === 1) {
              const el = child as HTMLElement;
              if (['script', 'style', 'template', 'head', 'title'].includes(el.rawTagName?.toLowerCase()))
                continue;
              // A parser reads <noscript> as text; a browser without script reads it as markup.
              if (el.rawTagName?.toLowerCase() === 'noscript') {
                walk(parse(el.innerHTML), inCall);
                continue;
              }
              walk(el, inCall || (el.rawTagName === 'a' && el.getAttribute('href') === agency.hotline.tel));
            }
          }
        };
        walk(page(path, root), false);
      }
    expect(seen).toBeGreaterThan(100);
    expect(offenders).toEqual([]);
  });
});

describe('robots.txt', () => {
  it('allows crawling and names the sitemap at the public address', async () => {
    const { readDist } = await import('../helpers/dist');
    const { siteOrigin } = await import('../helpers/astro');
    const robots = readDist('/robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${siteOrigin}/sitemap-index.xml`);
  });
});
