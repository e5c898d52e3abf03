import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser';
import { serveDir, type StaticServer } from '../../scripts/lib/static-server';
import { auditPage, type PageAudit } from '../gates/browser-audit';
import { onePageOfEachKind, pageKind, pagesToCheck } from '../gates/site-pages';
import { articleBudgetBytes, htmlCssGzipBytes, interactivePages, thirdPartyRequests } from '../gates/weight';
import { fixtureDist, realDist, resolveToFile } from '../helpers/dist';

// In Chromium, one page of every kind in each language of the fixture site (which has every kind
// the real site has, and the ones it has not yet: reports, notices, long lists): axe in both
// colour schemes, requests, script bytes. What can be read from the files is checked on every
// page of both sites.

const badPages = join(import.meta.dirname, '..', 'fixtures', 'bad-pages');
const sample = onePageOfEachKind(fixtureDist);
const everyPage = [realDist, fixtureDist].flatMap((root) =>
  pagesToCheck(root).map((path) => ({ root, path })),
);

let browser: Awaited<ReturnType<typeof launchBrowser>>;
let site: StaticServer;
let bad: StaticServer;
const audits = new Map<string, PageAudit>();

beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveDir(fixtureDist);
  bad = await serveDir(badPages);
  // Two tabs at a time: axe spends much of its time waiting on the page.
  const queue = [...sample];
  const tab = async () => {
    for (let path = queue.shift(); path; path = queue.shift())
      audits.set(path, await auditPage(browser.context, site.origin, path));
  };
  await Promise.all([tab(), tab()]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await bad?.close();
});

const offenders = (f: (a: PageAudit) => string[]) =>
  [...audits].flatMap(([path, a]) => f(a).map((line) => `${path}: ${line}`));

describe('gate: accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  it('audits a page of every kind in both languages, the 404 and search pages and a notice included', () => {
    const kinds = new Set(sample.map(pageKind));
    for (const kind of [
      'home',
      'news',
      'news/*',
      'news/year/#',
      'services/*',
      'regulations/*',
      'regulations/facet',
      'directives/#',
    ])
      expect(kinds, kind).toContain(kind);
    for (const kind of ['reports/*', 'translations', 'search', '404.html', 'hotline'])
      expect(kinds, kind).toContain(kind);
    expect(sample).toEqual(
      expect.arrayContaining(['/', '/en/', '/404.html', '/en/404.html', '/en/news/mongolian-only/']),
    );
  });

  it('finds no violation on any of them, in the light or the dark colour scheme', () => {
    expect(
      offenders((a) => [...a.axe.light.map((v) => `light ${v}`), ...a.axe.dark.map((v) => `dark ${v}`)]),
    ).toEqual([]);
  });

  it('catches a missing alt text', async () => {
    const audit = await auditPage(browser.context, bad.origin, '/axe-light/');
    expect(audit.axe.light.join('\n')).toMatch(/^image-alt/m);
  });

  it('catches a contrast failure that only shows in dark mode', async () => {
    const audit = await auditPage(browser.context, bad.origin, '/axe-dark/');
    expect(audit.axe.light).toEqual([]);
    expect(audit.axe.dark.join('\n')).toMatch(/^color-contrast/m);
  });
});

describe('gate: page weight', () => {
  it('no page of either site loads JavaScript but the search pages (script files and inline script)', () => {
    const scripts = everyPage.flatMap(({ root, path }) => {
      if (interactivePages.includes(path)) return [];
      const doc = parse(readFileSync(resolveToFile(path, root)!, 'utf8'));
      return doc
        .querySelectorAll('script')
        .filter((s) => s.getAttribute('type') !== 'application/ld+json')
        .map((s) => `${root === realDist ? 'real' : 'fixture'} ${path}: ${s.outerHTML.slice(0, 80)}`);
    });
    expect(everyPage.length).toBeGreaterThan(300);
    expect(scripts).toEqual([]);
  });

  it('the audited pages ran no script but the search pages, and asked no other origin for anything', () => {
    expect(
      offenders((a) =>
        interactivePages.includes(a.path) || !a.scriptBytes ? [] : [`${a.scriptBytes} bytes of script`],
      ),
    ).toEqual([]);
    expect(offenders((a) => thirdPartyRequests(site.origin, a.requests))).toEqual([]);
  });

  it(`every article of either site weighs at most ${articleBudgetBytes / 1024} KB of HTML + CSS, gzipped`, () => {
    const articles = everyPage.filter(({ path }) => /^(\/en)?\/news\/[^/]+\/$/.test(path));
    expect(articles.length).toBeGreaterThan(100);
    const heavy = articles.flatMap(({ root, path }) => {
      const bytes = htmlCssGzipBytes(root, path);
      return bytes > articleBudgetBytes ? [`${path}: ${bytes} bytes`] : [];
    });
    expect(heavy).toEqual([]);
  });

  it('catches a page that loads a script and a third-party image', async () => {
    const audit = await auditPage(browser.context, bad.origin, '/script-page/');
    expect(audit.scriptBytes).toBeGreaterThan(0);
    expect(thirdPartyRequests(bad.origin, audit.requests)).toEqual(['https://third-party.invalid/pixel.png']);
  });

  it('catches an article over the budget', () => {
    const root = mkdtempSync(join(tmpdir(), 'masm-heavy-'));
    // Text that does not compress: the budget is about what travels over the network.
    const words = Array.from({ length: 6000 }, (_, i) => ((i * 2654435761) >>> 0).toString(36)).join(' ');
    writeFileSync(join(root, 'index.html'), `<!doctype html><title>Heavy</title><p>${words}</p>`);
    expect(htmlCssGzipBytes(root, '/')).toBeGreaterThan(articleBudgetBytes);
  });
});
