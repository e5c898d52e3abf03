import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './astro';

const seedName = '000_d0013fb9ead9edbf.txt';
/** A copy of the seed article kept in the repo, so the tests run where ../shared/ is absent. */
export const seedCopy = join(projectRoot, 'tests', 'fixtures', 'seed', seedName);
/** The original, beside the repo on the team's machines and in CI. */
export const seedOriginal = join(projectRoot, '..', 'shared', 'seed', seedName);

export function readSeed(): string {
  return readFileSync(existsSync(seedOriginal) ? seedOriginal : seedCopy, 'utf8');
}

/**
 * The seed article's paragraphs and list items as published: white space folded, bullets and the
 * list's closing semicolons dropped, the title lines and the trailing "Leave a Reply" left out.
 */
export function seedBlocks(): { paragraphs: string[]; listItems: string[] } {
  const lines = readSeed()
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l && l !== 'Leave a Reply' && l !== l.toUpperCase());
  const listItems = lines
    .filter((l) => l.startsWith('•'))
    .map((l) => l.replace(/^•\s*/, '').replace(/;$/, '').trim());
  const paragraphs = lines.filter((l) => !l.startsWith('•'));
  return { paragraphs, listItems };
}
