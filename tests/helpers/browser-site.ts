import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser';
import { serveDir, type StaticServer } from '../../scripts/lib/static-server';
import { fixtureDist } from './dist';

/**
 * Chromium and the built site served on 127.0.0.1, started before the file's (or describe
 * block's) tests and stopped after them. Its fields are set once the hooks have run.
 */
export function builtSiteInBrowser(root = fixtureDist) {
  const env = {} as { browser: Awaited<ReturnType<typeof launchBrowser>>; site: StaticServer };
  beforeAll(async () => {
    env.browser = await launchBrowser();
    env.site = await serveDir(root);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}

/** The search box's accessible name, and the search page, per language. */
export const searchLabels = { mn: 'Сайтаас хайх', en: 'Search this site' } as const;
export const searchPath = (lang: 'mn' | 'en') => (lang === 'mn' ? '/search/' : '/en/search/');
