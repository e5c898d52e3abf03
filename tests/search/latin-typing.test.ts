import { expect, it } from 'vitest';
import { latinReach, siteWordCounts } from '../../src/lib/search/latin-typing';
import { fixtureDist } from '../helpers/dist';

// The fixture site's own Mongolian words, typed in Latin letters as people do (soft signs dropped,
// ө/ү as o/u, long vowels once, a case ending added): the search reads almost every one back.
it('reads Latin typing of the site’s own words back to them, endings and dropped letters included', () => {
  const reach = latinReach(siteWordCounts(fixtureDist));
  expect(reach.map((r) => r.spelling)).toEqual([
    'careful',
    'dropped',
    'loose',
    'withGenitive',
    'withInstrumental',
  ]);
  for (const r of reach) {
    expect(r.total).toBeGreaterThan(100);
    expect(r.found / r.total, `${r.spelling}: ${r.misses.slice(0, 10).join(', ')}`).toBeGreaterThanOrEqual(
      0.97,
    );
  }
});
