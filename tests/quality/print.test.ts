import { describe, expect, it } from 'vitest';
import { builtSiteInBrowser } from '../helpers/browser-site';
import { htmlPages } from '../helpers/dist';

const servicePages = htmlPages().filter((p) => /^(\/en)?\/services\/[^/]+\/$/.test(p));
const env = builtSiteInBrowser();

describe('service pages on paper', () => {
  it('covers every service in both languages', () => {
    expect(servicePages.length).toBeGreaterThanOrEqual(12);
  });

  it.each(servicePages)('%s prints without navigation, on at most two A4 pages', async (path) => {
    const page = await env.browser.context.newPage();
    await page.goto(env.site.origin + path);
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
