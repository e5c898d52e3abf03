import type { Random } from './random';
import type { Link, Writer } from './text';

// The body of an entry: a lead paragraph, then sections under `##` headings, with now and then a
// table, a list and a footnote, and the given links spread over the paragraphs.

/** How long a body is: most are short, a few run long, as in a real news archive. */
interface BodySize {
  sections: number;
  sentences: [number, number];
}

export function bodySize(random: Random): BodySize {
  const long = random.chance(0.12);
  return {
    sections: random.int(1, 3) + (long ? random.int(2, 6) : 0),
    sentences: long ? [3, 8] : [2, 5],
  };
}

export function body(w: Writer, random: Random, size: BodySize, links: Link[] = []): string {
  const blocks: string[] = [];
  const notes: string[] = [];
  const pending = [...links];
  const paragraph = () => {
    const mine = pending.length && random.chance(0.5) ? [pending.shift()!] : [];
    const note = random.chance(0.06) ? notes.push(w.sentence()) : undefined;
    return w.paragraph(random.int(...size.sentences), mine, note);
  };
  blocks.push(paragraph());
  for (let s = 0; s < size.sections; s++) {
    blocks.push(`## ${w.title(2, 5)}`);
    const paragraphs = random.int(1, 3);
    for (let p = 0; p < paragraphs; p++) blocks.push(paragraph());
    if (random.chance(0.12)) blocks.push(w.table());
    if (random.chance(0.15)) blocks.push(w.list());
  }
  // Links not placed yet close the body, so every planned link is there.
  if (pending.length) blocks.push(w.paragraph(pending.length, pending));
  notes.forEach((text, i) => blocks.push(`[^${i + 1}]: ${text}`));
  return blocks.join('\n\n') + '\n';
}
