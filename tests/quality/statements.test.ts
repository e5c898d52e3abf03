import { describe, expect, it } from 'vitest';
import { builtSiteInBrowser } from '../helpers/browser-site';
import { htmlPages, page, text } from '../helpers/dist';

// The accessibility statement and the privacy page say only what the site's own tests check.

describe('the accessibility statement and the privacy page', () => {
  it.each([
    ['/accessibility/', 'Хүртээмжийн мэдэгдэл', 'WCAG) 2.1-ийн AA'],
    ['/en/accessibility/', 'Accessibility statement', 'WCAG) 2.1 at level AA'],
    ['/privacy/', 'Нууцлал', 'Күүки (cookie) хадгалдаггүй'],
    ['/en/privacy/', 'Privacy', 'It sets no cookies'],
  ])('%s exists and says it', (path, heading, claim) => {
    const doc = page(path);
    expect(text(doc.querySelector('h1'))).toBe(heading);
    expect(text(doc.querySelector('main'))).toContain(claim);
    // Where the agency has named no contact, the hotline is given.
    expect(text(doc.querySelector('main'))).toContain('1800-2525');
  });

  it('is linked from the footer of every page, in the page language', () => {
    for (const path of htmlPages()) {
      const prefix = path.startsWith('/en/') ? '/en' : '';
      const hrefs = page(path)
        .querySelectorAll('footer a')
        .map((a) => a.getAttribute('href'));
      expect(hrefs, path).toEqual(expect.arrayContaining([`${prefix}/accessibility/`, `${prefix}/privacy/`]));
    }
  });
});

describe('what the privacy page promises, in Chromium', () => {
  const env = builtSiteInBrowser();

  it('sets no cookie and stores nothing, through a visit that searches', async () => {
    const p = await env.browser.context.newPage();
    for (const path of ['/', '/en/news/sector-managers-conference-2020/', '/search/?q=стандарт']) {
      await p.goto(env.site.origin + path);
    }
    await p.waitForFunction(
      () =>
        document.querySelectorAll('#search-results > li').length > 0 &&
        !document.querySelector('#search-results > li.pending'),
    );
    expect(await env.browser.context.cookies()).toEqual([]);
    expect(await p.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual([
      '',
      0,
      0,
    ]);
    await p.close();
  });
});
