import { astroBuild, projectRoot } from './helpers/astro';

/** Build the site once for every test file. SKIP_BUILD=1 reuses an existing dist/ while iterating. */
export default function setup() {
  if (process.env.SKIP_BUILD === '1') return;
  const { status, output } = astroBuild(projectRoot);
  if (status !== 0) throw new Error(`astro build failed:\n${output}`);
}
