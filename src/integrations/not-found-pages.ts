import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { defaultLocale, locales } from '../i18n/locales';

/**
 * Astro writes only the root 404 page as `404.html`; `src/pages/en/404.astro` comes out as
 * `en/404/index.html`. Move it to `en/404.html`, where nginx (deploy/nginx.conf) and static hosts
 * look for the 404 page of a folder, so it has no URL of its own that would answer 200.
 * Runs after the sitemap, which leaves it out anyway (the page is noindex).
 */
export function notFoundPages(): AstroIntegration {
  return {
    name: 'masm-not-found-pages',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        for (const locale of locales.filter((l) => l !== defaultLocale)) {
          const built = join(outDir, locale, '404', 'index.html');
          if (!existsSync(built)) throw new Error(`No 404 page was built for /${locale}/ (${built})`);
          renameSync(built, join(outDir, locale, '404.html'));
          rmdirSync(join(outDir, locale, '404'));
          logger.info(`/${locale}/404/index.html moved to /${locale}/404.html`);
        }
      },
    },
  };
}
