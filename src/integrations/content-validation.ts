import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import {
  contentSession,
  openBuildSession,
  type ContentSession,
  type MarkdownRenderer,
} from '../lib/validate/session';
import { formatProblems } from '../lib/validate/report';

/**
 * Read and check all content once, before Astro writes anything: the same session feeds the
 * collections (src/lib/content-loader.ts) and this verdict. On `astro build` a problem stops the
 * build at its start with exactly the messages of `npm run check:content` and a one-line summary
 * (no stack trace after them); on `astro dev` problems are printed and the preview goes on.
 */
export function contentValidation(contentRoot: string, now: Date): AstroIntegration {
  let session: Promise<ContentSession> | undefined;
  let command = '';
  let started = 0;
  return {
    name: 'masm-content-validation',
    hooks: {
      'astro:config:setup': ({ command: c, config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        command = c;
        if (command !== 'build' && command !== 'dev') return;
        // The session of now: `astro dev` reads the tree again after a change.
        updateConfig({ vite: { plugins: [mdxFromSession(() => contentSession(root, contentRoot, now))] } });
      },
      'astro:config:done': async ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        started = performance.now();
        if (command === 'build') {
          // Read and check once, each Markdown body parsed once by the renderer the pages use.
          const { markdown, image } = config;
          const options = {
            image,
            syntaxHighlight: markdown.syntaxHighlight,
            shikiConfig: markdown.shikiConfig,
            gfm: markdown.gfm,
            smartypants: markdown.smartypants,
          };
          const renderer = await markdown.processor.createRenderer(options);
          session = openBuildSession(root, contentRoot, now, renderer as MarkdownRenderer, options);
        } else if (command === 'dev') {
          const s = await contentSession(root, contentRoot, now);
          if (s.problems.length) logger.warn(`\n${formatProblems(s.problems, 'check', s.unpublished)}`);
        }
      },
      'astro:build:start': async ({ logger }) => {
        const done = await session;
        const all = done?.problems ?? [];
        const problems = all.filter((p) => !p.warning);
        if (!problems.length) {
          // The collections are loaded: the pages need only what Astro stored.
          done?.release();
          if (all.length) logger.warn(`\n${formatProblems(all, 'check')}`);
          logger.info(
            `content is valid (read and checked once, ${Math.round(performance.now() - started)} ms)`,
          );
          return;
        }
        // The messages and their summary say all there is: the build ends here, before it writes
        // anything, with nothing after them (a thrown error would add Astro's framing and a trace).
        console.error(`\n${formatProblems(all, 'build')}\n`);
        process.exit(1);
      },
    },
  };
}

/**
 * MDX bodies are compiled by @astrojs/mdx from the text the session read (and checked), not read
 * from disk a second time.
 */
function mdxFromSession(session: () => Promise<ContentSession>): Plugin {
  return {
    name: 'masm-mdx-from-session',
    enforce: 'pre',
    async load(id) {
      const path = id.split('?')[0];
      if (!path.endsWith('.mdx')) return null;
      return (await session()).text(path) ?? null;
    },
  };
}
