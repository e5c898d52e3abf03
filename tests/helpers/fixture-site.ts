import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { astroBuild, projectRoot } from './astro';

/**
 * Build a copy of the site with extra content files (a draft, an untranslated page, a broken
 * field), to test what the real content does not contain. Returns the build's output and dist/.
 */
export function buildWithExtraContent(files: Record<string, string>, env: Record<string, string> = {}) {
  const dir = projectCopy();
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  const result = astroBuild(dir, { ASTRO_CACHE_DIR: join(dir, '.cache'), ...env });
  return { ...result, dist: join(dir, 'dist'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A copy of what the build reads, with the installed packages linked, in a new temporary folder:
 * test builds run side by side without sharing Astro's generated files.
 */
export function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'masm-fixture-'));
  // Everything the build reads; outputs, tests and installed packages stay behind.
  const skip = new Set(['node_modules', 'dist', '.astro', '.git', 'tests', 'test-results', 'bench']);
  for (const entry of readdirSync(projectRoot).filter((e) => !skip.has(e))) {
    cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
