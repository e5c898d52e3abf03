import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { validateContent } from '../lib/validate/index';
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
 * process while Astro loads the content (the machine's other core), and the build waits for its
 * answer before its first output: on any problem it prints the bilingual report and stops. On
 * `astro dev` problems are printed and the server keeps running.
 */
export function contentValidation(contentRoot: string): AstroIntegration {
  let pending: Promise<Problem[]> | undefined;
  let started = 0;
  return {
    name: 'masm-content-validation',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const root = fileURLToPath(config.root);
        if (command === 'build') {
          started = performance.now();
          pending = validateInBackground(root);
          // Awaited at build:start; until then a refusal here is not yet anyone's to handle.
          pending.catch(() => undefined);
        } else if (command === 'dev') {
          const problems = validateContent(root, { contentRoot });
          if (problems.length) logger.warn(`\n${formatProblems(problems, 'check')}`);
        }
      },
      'astro:build:start': async ({ logger }) => {
        const all = (await pending) ?? [];
        const problems = all.filter((p) => !p.warning);
        if (!problems.length) {
          if (all.length) logger.warn(`\n${formatProblems(all, 'check')}`);
          logger.info(
            `content is valid (checked beside loading, ${Math.round(performance.now() - started)} ms)`,
          );
          return;
        }
        console.error(`\n${formatProblems(all, 'build')}\n`);
        const error = new Error(`${problems.length} content problem(s), listed above: nothing was written.`);
        // The messages above say all there is: no stack trace after them.
        error.stack = '';
        throw error;
      },
    },
  };
}
