// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { CONTENT_ROOT, SITE_NOW, SITE_URL } from './site.config.mjs';
import { editor } from './src/integrations/editor.ts';
import { contentValidation } from './src/integrations/content-validation.ts';
import { notFoundPages } from './src/integrations/not-found-pages.ts';
import { precompressBuild } from './src/integrations/precompress.ts';
import { releaseStamp } from './src/integrations/release-stamp.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { markdownProcessor } from './src/lib/markdown.ts';
import { factsOf } from './src/lib/site/page-facts.ts';
import { startOfDay } from './src/lib/dates.ts';

const compress = precompressBuild();

export default defineConfig({
  site: SITE_URL,
  // Test builds run side by side, each with its own cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // The benchmark builds generated corpora beside the site's own dist/.
  ...(process.env.OUT_DIR ? { outDir: process.env.OUT_DIR } : {}),
  trailingSlash: 'always',
  // The preview an officer opens from the editor (astro dev) shows the page as published, with no
  // developer toolbar over it.
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // Each MDX page warns that Astro's "use astro:head-inject" directive may not be preserved:
        // Astro's own, known and harmless (withastro/astro#18087); every other warning is shown.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
  build: { format: 'directory' },
  markdown: {
    processor: markdownProcessor(),
  },
  integrations: [
    // First: nothing is built from content that has a problem.
    contentValidation(CONTENT_ROOT, SITE_NOW),
    // Compiles the .mdx content pages, which the validation has checked on their own syntax tree
    // first (docs/content.md): text and the allow-listed components only.
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'mn', locales: { mn: 'mn', en: 'en' } },
      // A new sitemap file every 45,000 URLs, under the protocol's 50,000 (with the index listing them).
      entryLimit: 45_000,
      // What is listed and when it last changed, from the site model (src/lib/site/page-facts.ts):
      // noindex pages (untranslated notices, search, translation lists) are left out. The filter
      // throws when the model published nothing, which stops the build (a throw in serialize
      // would only be logged, and the sitemap left unwritten).
      filter: (page) => !factsOf(page).noindex,
      serialize: (item) => {
        const { lastmod } = factsOf(item.url);
        // The moment the page went live or changed: 00:00 in Ulaanbaatar on its date.
        return lastmod ? { ...item, lastmod: startOfDay(lastmod).toISOString() } : item;
      },
    }),
    // After the sitemap, which lists the pages where Astro built them (before /en/404/ moves).
    notFoundPages(),
    // Compresses the pages where they now are while the search index is built…
    compress.early,
    searchIndex(),
    // …then what the search step wrote (Pagefind's files included).
    compress.late,
    // After the compression too: the editor is for staff, not part of the public site's checks.
    editor(),
    // Last: a build that got this far is complete.
    releaseStamp({ contentRoot: CONTENT_ROOT, now: SITE_NOW }),
  ],
});
