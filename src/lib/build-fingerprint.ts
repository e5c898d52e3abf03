import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** What a build reads besides the installed packages: the content and the code that makes pages. */
const inputs = ['src', 'public', 'astro.config.mjs', 'site.config.mjs', 'tsconfig.json', 'package-lock.json'];

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) => files(join(path, name)));
}

/**
 * A fingerprint of everything a build of the project reads (the content folder, src/, public/,
 * the configuration, the lock file). The build writes it into dist/.release.json; the deploy
 * step refuses a dist/ whose fingerprint is not the working tree's (a dist/ left from an earlier
 * build, or built from other content).
 */
export function buildFingerprint(projectRoot: string, contentRoot = 'content'): string {
  const root = resolve(projectRoot);
  const all = [resolve(root, contentRoot), ...inputs.map((i) => join(root, i))].flatMap(files);
  const hash = createHash('sha256');
  for (const file of all.map((f) => relative(root, f).split(sep).join('/')).sort()) {
    hash.update(
      `${file}\0${createHash('sha256')
        .update(readFileSync(join(root, file)))
        .digest('hex')}\n`,
    );
  }
  return hash.digest('hex');
}

/**
 * A digest of the code that renders content (src/ and the configuration, not the content): the
 * content loader keeps an entry's rendering from the last build only while both its text and this
 * are unchanged, so a change to how text is rendered (a plugin, the hotline's link) renders every
 * entry again instead of publishing the old rendering.
 */
export function renderCodeDigest(projectRoot: string): string {
  const root = resolve(projectRoot);
  const all = ['src', 'astro.config.mjs', 'package-lock.json'].map((i) => join(root, i)).flatMap(files);
  const hash = createHash('sha256');
  for (const file of all.sort()) hash.update(`${relative(root, file)}\0`).update(readFileSync(file));
  return hash.digest('hex');
}
