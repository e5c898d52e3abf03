import { normalizeQuery } from './normalize';

/**
 * Officers' synonym groups (content/synonyms/) applied to a query: where the query holds one of a
 * group's words or phrases as whole words, a variant with each other member in its place
 * ("таксины тоолуур" → "таксометр", "taxi meter"). At most `max`, in the groups' order, none the
 * query itself.
 */
export function synonymVariants(query: string, groups: readonly (readonly string[])[], max = 4): string[] {
  const q = normalizeQuery(query);
  if (!q) return [];
  const padded = ` ${q} `;
  const out = new Set<string>();
  for (const group of groups) {
    const members = group.map(normalizeQuery).filter(Boolean);
    // Longer phrases first: "жин хэмжүүр" is replaced whole before "жин" is.
    const found = [...members].sort((a, b) => b.length - a.length).find((m) => padded.includes(` ${m} `));
    if (!found) continue;
    for (const other of members)
      if (other !== found) out.add(padded.replace(` ${found} `, ` ${other} `).trim());
  }
  out.delete(q);
  return [...out].slice(0, max);
}
