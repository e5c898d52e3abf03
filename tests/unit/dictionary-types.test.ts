import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/astro';

const tsc = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));

function typecheck(file: string) {
  const r = spawnSync(
    process.execPath,
    [
      tsc,
      '--ignoreConfig',
      '--noEmit',
      '--strict',
      '--skipLibCheck',
      '--module',
      'esnext',
      '--moduleResolution',
      'bundler',
      '--target',
      'es2022',
      file,
    ],
    { cwd: projectRoot, encoding: 'utf8' },
  );
  return { status: r.status, output: r.stdout + r.stderr };
}

describe('dictionary types', () => {
  it('fail type checking when a language lacks a key', () => {
    const { status, output } = typecheck('tests/fixtures/dictionary-missing-key.ts');
    expect(status).not.toBe(0);
    expect(output).toMatch(/navNews/);
  });

  it('pass for the real dictionaries (the check above is not failing for another reason)', () => {
    const { status, output } = typecheck('src/i18n/index.ts');
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});
