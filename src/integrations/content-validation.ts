import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { validateContent } from '../lib/validate/index';
import { formatProblems } from '../lib/validate/report';

/**
 * Validate all content before Astro does anything else. On `astro build` a problem stops the build
 * before a single file is written (a previous dist/ stays as it was); on `astro dev` the problems
 * are printed and the server keeps running so the author can fix them.
 */
export function contentValidation(contentRoot: string): AstroIntegration {
  return {
    name: 'masm-content-validation',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const started = performance.now();
        const problems = validateContent(fileURLToPath(config.root), { contentRoot });
        if (problems.length === 0) {
          logger.info(`content is valid (${Math.round(performance.now() - started)} ms)`);
          return;
        }
        const report = formatProblems(problems, command === 'build' ? 'build' : 'check');
        if (command === 'dev') {
          logger.warn(`\n${report}`);
          return;
        }
        console.error(`\n${report}\n`);
        // Exit here: a thrown error would come back wrapped in a stack trace that hides the report.
        process.exit(1);
      },
    },
  };
}
