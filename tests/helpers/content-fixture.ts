import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from './astro';
import { projectCopy } from './fixture-site';

/** A small valid content tree: one article, two standing pages, a service, two laws, two directives. */
export const miniContent = fileURLToPath(new URL('../fixtures/mini-content', import.meta.url));

/** Changes to the mini tree: a file's new text, null to delete it, or [from, to] to edit it. */
export type Changes = Record<string, string | null | [string, string]>;

/** A copy of the mini content tree with changes applied; returns its folder. */
export function contentTree(changes: Changes = {}): { root: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'masm-content-'));
  const root = join(dir, 'content');
  cpSync(miniContent, root, { recursive: true });
  for (const [path, change] of Object.entries(changes)) {
    const file = join(root, path);
    if (change === null) rmSync(file);
    else if (Array.isArray(change)) {
      const text = readFileSync(file, 'utf8');
      if (!text.includes(change[0])) throw new Error(`fixture edit: "${change[0]}" is not in ${path}`);
      writeFileSync(file, text.replace(change[0], change[1]));
    } else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, change);
    }
  }
  return { root, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const tsx = join(projectRoot, 'node_modules/tsx/dist/cli.mjs');
const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');

function run(
  args: string[],
  contentRoot: string,
  cwd = projectRoot,
  env: Record<string, string> = {},
): Promise<{ status: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      {
        cwd,
        env: {
          ...process.env,
          CONTENT_ROOT: contentRoot,
          ASTRO_TELEMETRY_DISABLED: '1',
          NO_COLOR: '1',
          FORCE_COLOR: '0',
          ...env,
        },
        timeout: 170_000,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) =>
        resolve({ status: error ? ((error.code as number) ?? 1) : 0, output: `${stdout}\n${stderr}` }),
    );
  });
}

/** `npm run check:content` on a content tree. */
export const checkContent = (contentRoot: string) => run([tsx, 'scripts/check-content.ts'], contentRoot);

/**
 * A copy of the project whose content/ is replaced by a given tree before each `npm run build`
 * (its own dist/ and cache, so fixture builds run side by side).
 */
export function fixtureProject() {
  const dir = projectCopy();
  const use = (contentRoot: string) => {
    rmSync(join(dir, 'content'), { recursive: true, force: true });
    cpSync(contentRoot, join(dir, 'content'), { recursive: true });
  };
  return {
    dist: join(dir, 'dist'),
    build(contentRoot: string, env: Record<string, string> = {}) {
      use(contentRoot);
      return run([astro, 'build'], 'content', dir, { ASTRO_CACHE_DIR: join(dir, '.cache'), ...env });
    },
    /** `npm run check:content` in the project, on the content of the last build (or `contentRoot`). */
    check(contentRoot?: string) {
      if (contentRoot) use(contentRoot);
      return run([tsx, 'scripts/check-content.ts'], 'content', dir);
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
