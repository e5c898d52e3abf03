import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SITE_URL } from '../../site.config.mjs';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const astroBin = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

/** Run `astro build` in `cwd` with the Node that runs the tests (Node 22 under `npm test`). */
export function astroBuild(cwd: string, env: Record<string, string> = {}, timeout = 170_000) {
  const result = spawnSync(process.execPath, [astroBin, 'build'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    timeout,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The origin of the site's public address (canonical links, feeds, sitemap). */
export const siteOrigin = new URL(SITE_URL).origin;
