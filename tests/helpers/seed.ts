import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './astro';

const seedDir = join(projectRoot, '..', 'shared', 'seed');

/**
 * The seed article's paragraphs and list items as published: white space folded, bullets and the
 * list's closing semicolons dropped, the title lines and the trailing "Leave a Reply" left out.
 */
export function seedBlocks(): { paragraphs: string[]; listItems: string[] } {
  const file = readdirSync(seedDir).find((f) => f.endsWith('.txt'));
  if (!file) throw new Error(`No seed article in ${seedDir}`);
  const lines = readFileSync(join(seedDir, file), 'utf8')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l && l !== 'Leave a Reply' && l !== l.toUpperCase());
  const listItems = lines
    .filter((l) => l.startsWith('•'))
    .map((l) => l.replace(/^•\s*/, '').replace(/;$/, '').trim());
  const paragraphs = lines.filter((l) => !l.startsWith('•'));
  return { paragraphs, listItems };
}
