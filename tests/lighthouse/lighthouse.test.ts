import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lighthouseTargets, runLighthouse, type Category } from '../gates/lighthouse';
import { serveDir, type StaticServer } from '../../scripts/lib/static-server';
import { realDist, someArticle } from '../helpers/dist';

/** The pages citizens land on most, in both languages. */
const keyPages = ['/', someArticle(), '/hotline/', '/directives/'].flatMap((p) => [p, `/en${p}`]);
const badPages = join(import.meta.dirname, '..', 'fixtures', 'bad-pages');

let site: StaticServer;
let bad: StaticServer;
beforeAll(async () => {
  site = await serveDir(realDist);
  bad = await serveDir(badPages);
});
afterAll(async () => {
  await site?.close();
  await bad?.close();
});

function shortfalls(scores: Record<Category, number>): string[] {
  return (Object.keys(lighthouseTargets) as Category[])
    .filter((c) => scores[c] < lighthouseTargets[c])
    .map((c) => `${c} ${scores[c]} < ${lighthouseTargets[c]}`);
}

describe('gate: Lighthouse (mobile)', () => {
  it.each(keyPages)('%s meets the targets', async (path) => {
    const { scores, failing } = await runLighthouse(site.origin + path);
    expect(shortfalls(scores), failing.join('\n')).toEqual([]);
  });

  it('catches a page without title, language, description, alt text or contrast', async () => {
    const { scores } = await runLighthouse(`${bad.origin}/lighthouse-bad/`);
    expect(scores.accessibility).toBeLessThan(lighthouseTargets.accessibility);
    expect(scores.seo).toBeLessThan(lighthouseTargets.seo);
    expect(shortfalls(scores).length).toBeGreaterThanOrEqual(2);
  });
});
