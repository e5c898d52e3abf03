import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { projectRoot } from './astro';
import { fixtureEditBase, fixtureFiles } from './fixture-content';

/** The fixture site: a copy of the project whose content is tests/fixtures/site/ plus fixture-content.ts. */
export const fixtureProjectDir = join(projectRoot, '.cache', 'fixture-site');
export const fixtureDist = join(fixtureProjectDir, 'dist');
const fixtureContent = join(projectRoot, 'tests', 'fixtures', 'site', 'content');

/**
 * A copy of what the build reads, with the installed packages linked, in `dir` (a new temporary
 * folder by default): test builds run side by side without sharing Astro's generated files.
 */
export function projectCopy(dir = mkdtempSync(join(tmpdir(), 'masm-fixture-'))): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // Everything the build reads; outputs, tests and installed packages stay behind.
  const skip = new Set([
    'node_modules',
    'dist',
    '.astro',
    '.git',
    '.cache',
    'tests',
    'test-results',
    'bench',
    '.scratch',
  ]);
  for (const entry of readdirSync(projectRoot).filter((e) => !skip.has(e))) {
    cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** `astro build` in `cwd`, without blocking: the global setup builds both sites at once. */
export function buildAsync(
  cwd: string,
  env: Record<string, string> = {},
): Promise<{ status: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    child.on('close', (code) => resolve({ status: code ?? 1, output }));
  });
}

/** Write the fixture project (its content: the fixture tree and the generated cases) and build it. */
export function buildFixtureSite() {
  const dir = projectCopy(fixtureProjectDir);
  rmSync(join(dir, 'content'), { recursive: true, force: true });
  cpSync(fixtureContent, join(dir, 'content'), { recursive: true });
  for (const [path, text] of Object.entries(fixtureFiles)) {
    mkdirSync(dirname(join(dir, 'content', path)), { recursive: true });
    writeFileSync(join(dir, 'content', path), text);
  }
  return buildAsync(dir, { EDIT_BASE_URL: fixtureEditBase, ASTRO_CACHE_DIR: join(dir, '.cache') });
}
