import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../gates/browser';
import { serveDir, type StaticServer } from '../gates/server';
import { distDir, htmlPages } from '../helpers/dist';

const servicePages = htmlPages().filter((p) => /^(\/en)?\/services\/[^/]+\/$/.test(p));
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let site: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveDir(distDir);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('service pages on paper', () => {
  it('covers every service in both languages', () => {
    expect(servicePages.length).toBeGreaterThanOrEqual(12);
  });

  it.each(servicePages)('%s prints without navigation, on at most two A4 pages', async (path) => {
    const page = await browser.context.newPage();
    await page.goto(site.origin + path);
    await page.emulateMedia({ media: 'print' });
    for (const region of ['nav.main-nav', 'nav.breadcrumbs', 'form.site-search', '.language-switcher']) {
      expect(await page.locator(region).isVisible(), `${path} ${region}`).toBe(false);
    }
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    const pdf = (await page.pdf({ format: 'A4', printBackground: false })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    expect(pages, path).toBeGreaterThanOrEqual(1);
    expect(pages, path).toBeLessThanOrEqual(2);
    await page.close();
  });
});
