import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser';
import { auditPage, type PageAudit } from '../gates/browser-audit';
import { serveDir, type StaticServer } from '../../scripts/lib/static-server';
import { pagesToCheck } from '../gates/site-pages';
import { articleBudgetBytes, htmlCssGzipBytes, interactivePages, thirdPartyRequests } from '../gates/weight';
import { distDir } from '../helpers/dist';

const badPages = join(import.meta.dirname, '..', 'fixtures', 'bad-pages');
const pages = pagesToCheck(distDir);
const articles = pages.filter((p) => /^(\/en)?\/news\/[^/]+\/$/.test(p));

let browser: Awaited<ReturnType<typeof launchBrowser>>;
let site: StaticServer;
let bad: StaticServer;
const audits = new Map<string, PageAudit>();

beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveDir(distDir);
  bad = await serveDir(badPages);
  // One visit per page serves every browser gate: axe in both colour schemes, requests, script bytes.
  for (const path of pages) audits.set(path, await auditPage(browser.context, site.origin, path));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await bad?.close();
});

describe('gate: accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  it('checks every page of the sitemap and the 404 pages', () => {
    expect(pages.length).toBeGreaterThan(30);
    expect(pages).toEqual(expect.arrayContaining(['/', '/en/', '/404.html', '/en/404.html']));
  });

  describe.each(pages)('%s', (path) => {
    it.each(['light', 'dark'] as const)('has no violations in the %s colour scheme', (scheme) => {
      expect(audits.get(path)!.axe[scheme]).toEqual([]);
    });
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
  it.each(pages.filter((p) => !interactivePages.includes(p)))('%s loads no JavaScript', (path) => {
    expect(audits.get(path)!.scriptBytes).toBe(0);
  });

  it.each(pages)('%s requests nothing from a third-party origin', (path) => {
    expect(thirdPartyRequests(site.origin, audits.get(path)!.requests)).toEqual([]);
  });

  it.each(articles)(`%s weighs at most ${articleBudgetBytes / 1024} KB of HTML + CSS, gzipped`, (path) => {
    expect(htmlCssGzipBytes(distDir, path)).toBeLessThanOrEqual(articleBudgetBytes);
  });

  it('checks the news articles in both languages', () => {
    expect(articles).toEqual(
      expect.arrayContaining([
        '/news/sector-managers-conference-2020/',
        '/en/news/sector-managers-conference-2020/',
      ]),
    );
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
