import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { validateContent } from '../lib/validate/index';
import { setPendingValidation, stopIfInvalid } from '../lib/validate/pending';
import type { Problem } from '../lib/validate/problem';
import { formatProblems } from '../lib/validate/report';

/** Validate in a second process (`check:content --json`), beside Astro loading the content. */
function validateInBackground(root: string): Promise<Problem[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(root, 'scripts/check-content.ts'), '--json'],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk));
    child.on('error', reject);
    child.on('close', () => {
      try {
        resolve(JSON.parse(out) as Problem[]);
      } catch {
        reject(new Error(`Content validation did not finish (check:content printed: ${out.slice(0, 500)})`));
      }
    });
  });
}

/**
 * Validate all content before Astro writes anything. On `astro build` the check runs in a second
 * process while Astro loads the content (the machine's other core), and the build waits for it
 * before its first output; on `astro dev` problems are printed and the server keeps running.
 */
export function contentValidation(contentRoot: string): AstroIntegration {
  return {
    name: 'masm-content-validation',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const root = fileURLToPath(config.root);
        if (command === 'build') {
          const started = performance.now();
          setPendingValidation(
            validateInBackground(root).then((problems) => {
              if (!problems.length)
                logger.info(`content is valid (${Math.round(performance.now() - started)} ms)`);
              return problems;
            }),
          );
        } else if (command === 'dev') {
          const problems = validateContent(root, { contentRoot });
          if (problems.length) logger.warn(`\n${formatProblems(problems, 'check')}`);
        }
      },
      'astro:build:start': stopIfInvalid,
    },
  };
}
