import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '../../deploy/headers';
import { startNginx, type Nginx } from '../../scripts/lib/nginx';
import { launchBrowser } from '../../scripts/lib/browser';
import { headingWord, realDist, someArticle } from '../helpers/dist';

// The site in Chromium through nginx and its headers: nothing the policy blocks, nothing failing.

let nginx: Nginx;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
beforeAll(async () => {
  nginx = await startNginx({ root: realDist });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

interface Visit {
  page: Page;
  /** `securitypolicyviolation` events: directive and what was blocked. */
  violations: () => Promise<string[]>;
  /** Console errors and warnings (Chromium reports CSP and Permissions-Policy problems there), page errors, failed requests. */
  problems: string[];
  /** Every URL the page requested. */
  requests: string[];
}

/**
 * Open a page in a fresh tab, recording everything that could show a policy problem. With
 * `csp`, the HTML's Content-Security-Policy is replaced by that one on the way in.
 */
async function visit(path: string, csp?: string): Promise<Visit> {
  const page = await browser.context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener(
      'securitypolicyviolation',
      (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`),
      true,
    );
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
  });
  if (csp) {
    await page.route(
      (url) => url.pathname.endsWith('/search/'),
      async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
      },
    );
  }
  const response = await page.goto(nginx.origin + path, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  expect(response?.headers()['content-security-policy']).toBe(
    csp ?? securityHeaders['Content-Security-Policy'],
  );
  return {
    page,
    problems,
    requests,
    violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  };
}

const results = (page: Page) => page.locator('#search-results > li');

/** Wait until the search page shows results or says something went wrong. */
async function searchOutcome(page: Page): Promise<'results' | 'none'> {
  await page.waitForFunction(
    () =>
      (document.querySelectorAll('#search-results > li').length > 0 &&
        !document.querySelector('#search-results > li.pending')) ||
      /\S/.test(document.getElementById('search-status')?.textContent ?? ''),
    undefined,
    { timeout: 15_000 },
  );
  // The status may speak before the list fills: give the results a moment to arrive.
  await page.waitForTimeout(300);
  return (await results(page).count()) > 0 ? 'results' : 'none';
}

const article = someArticle();
const pages = {
  mn: { home: '/', article, search: `/search/?q=${encodeURIComponent(headingWord(article))}` },
  en: {
    home: '/en/',
    article: `/en${article}`,
    search: `/en/search/?q=${encodeURIComponent(headingWord(`/en${article}`))}`,
  },
};

describe.each(Object.entries(pages))('in %s', (_, paths) => {
  it.each([
    ['the home page', paths.home],
    ['an article', paths.article],
  ])('%s loads with no policy violation and no console error', async (_, path) => {
    const v = await visit(path);
    // JSON-LD is there, and is data the policy does not block.
    expect(await v.page.locator('script[type="application/ld+json"]').count()).toBeGreaterThan(0);
    // The one stylesheet arrived as CSS and applies.
    expect(await v.page.evaluate(() => [...document.styleSheets].map((s) => s.cssRules.length > 0))).toEqual([
      true,
    ]);
    expect(await v.violations()).toEqual([]);
    expect(v.problems).toEqual([]);
    expect(v.requests.filter((u) => !u.startsWith(nginx.origin))).toEqual([]);
    await v.page.close();
  });

  it('the search page finds results, with Pagefind’s WebAssembly, under the policy', async () => {
    const v = await visit(paths.search);
    expect(await searchOutcome(v.page)).toBe('results');
    expect(await results(v.page).first().locator('a').getAttribute('href')).toMatch(/^\//);
    expect(v.requests.some((u) => u.endsWith('.pagefind'))).toBe(true);
    expect(await v.violations()).toEqual([]);
    expect(v.problems).toEqual([]);
    await v.page.close();
  });
});

describe("'wasm-unsafe-eval'", () => {
  it('is needed: without it Chromium refuses to compile Pagefind and the search finds nothing', async () => {
    const csp = securityHeaders['Content-Security-Policy'].replace(" 'wasm-unsafe-eval'", '');
    expect(csp).not.toContain('wasm');
    const v = await visit(pages.en.search, csp);
    expect(await searchOutcome(v.page)).toBe('none');
    expect((await v.violations()).join('\n')).toMatch(/script-src.* blocked wasm-eval/);
    await v.page.close();
  });
});
