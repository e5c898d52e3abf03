import { projectRoot } from './helpers/astro';
import { buildAsync, buildFixtureSite } from './helpers/fixture-site';

/**
 * Build the two sites every test file reads, side by side: the real site into dist/ (the gates and
 * the server check what is published) and the fixture site into .cache/fixture-site/dist/ (what
 * pages do, on content that only tests change). SKIP_BUILD=1 reuses both while iterating.
 */
export default async function setup() {
  if (process.env.SKIP_BUILD === '1') return;
  const [real, fixture] = await Promise.all([buildAsync(projectRoot), buildFixtureSite()]);
  if (real.status !== 0) throw new Error(`astro build failed:\n${real.output}`);
  if (fixture.status !== 0) throw new Error(`the fixture site's build failed:\n${fixture.output}`);
}
