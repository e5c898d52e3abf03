import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedCopy, seedOriginal } from '../helpers/seed';

describe('the seed article kept in the repo', () => {
  it.runIf(existsSync(seedOriginal))('is identical to ../shared/seed/', () => {
    expect(readFileSync(seedCopy, 'utf8')).toBe(readFileSync(seedOriginal, 'utf8'));
  });
});
