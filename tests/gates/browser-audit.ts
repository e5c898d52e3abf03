import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser';
import { serveDir } from '../../scripts/lib/static-server';

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export type ColorScheme = 'light' | 'dark';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe's violations on the page as loaded, one line each: rule, impact, first targets. axe-core is
 * put into the page once and run there (its Playwright wrapper injects it again at every run,
 * which made an audit three times slower).
 */
export async function axeViolations(page: Page, runOnly: { type: 'tag' | 'rule'; values: string[] }) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    (only) =>
      (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: unknown[] }> } }).axe
        .run(document, { runOnly: only, resultTypes: ['violations'] })
        .then((r) => r.violations),
    runOnly,
  );
  return (violations as { id: string; impact: string; nodes: { target: string[] }[] }[]).map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

export interface PageAudit {
  path: string;
  /** axe violations per colour scheme, one line each: rule, impact, first target. */
  axe: Record<ColorScheme, string[]>;
  /** Every URL the page requested (once each, over both loads). */
  requests: string[];
  /** Bytes of JavaScript the page loads: script files plus inline scripts (JSON-LD is data, not code). */
  scriptBytes: number;
}

/**
 * Load one page in Chromium, check it in the light and then the dark colour scheme, and record
 * what the gates need.
 * Requests to any other origin are recorded and aborted, so no traffic leaves this machine.
 */
export async function auditPage(context: BrowserContext, origin: string, path: string): Promise<PageAudit> {
  const page = await context.newPage();
  const requests: string[] = [];
  let scriptBytes = 0;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    return url.startsWith(origin) ? route.continue() : route.abort();
  });
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') {
      scriptBytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    }
  });
  const axe: Record<ColorScheme, string[]> = { light: [], dark: [] };
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(origin + path, { waitUntil: 'load' });
  for (const scheme of ['light', 'dark'] as const) {
    // The page follows the scheme without a reload; it changes colours only, so in the dark
    // contrast is what there is to check again.
    await page.emulateMedia({ colorScheme: scheme });
    axe[scheme] = await axeViolations(
      page,
      scheme === 'light' ? { type: 'tag', values: axeTags } : { type: 'rule', values: ['color-contrast'] },
    );
  }
  scriptBytes += await page.evaluate(() =>
    [...document.querySelectorAll('script:not([type="application/ld+json"])')].reduce(
      (sum, s) => sum + (s.textContent?.length ?? 0),
      0,
    ),
  );
  await page.close();
  return { path, axe, requests: [...new Set(requests)], scriptBytes };
}

/** Audit some pages of a built site (served from `dist` on 127.0.0.1), in order; with the origin served. */
export async function auditBuiltPages(
  dist: string,
  paths: string[],
): Promise<{ origin: string; audits: [string, PageAudit][] }> {
  const browser = await launchBrowser();
  const server = await serveDir(dist);
  try {
    const audits: [string, PageAudit][] = [];
    for (const path of paths) audits.push([path, await auditPage(browser.context, server.origin, path)]);
    return { origin: server.origin, audits };
  } finally {
    await browser.close();
    await server.close();
  }
}
