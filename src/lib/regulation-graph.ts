/** Checks across content files that a schema cannot make: references that must exist, chains that must end. */

export interface RegulationRef {
  slug: string;
  replacedBy?: string;
}

const regulationFile = (slug: string) => `content/regulations/${slug}.yaml`;

/**
 * Every replacedBy names an existing regulation, and following replacedBy always ends (no cycle).
 * Throws with the file and field named.
 */
export function checkReplacements(regulations: RegulationRef[]): void {
  const bySlug = new Map(regulations.map((r) => [r.slug, r]));
  for (const r of regulations) {
    if (r.replacedBy && !bySlug.has(r.replacedBy)) {
      throw new Error(`${regulationFile(r.slug)}: replacedBy "${r.replacedBy}" is not a regulation`);
    }
  }
  for (const start of regulations) {
    const chain = [start.slug];
    for (let next = start.replacedBy; next; next = bySlug.get(next)?.replacedBy) {
      if (chain.includes(next)) {
        throw new Error(
          `${regulationFile(start.slug)}: replacedBy makes a cycle: ${[...chain, next].join(' → ')}`,
        );
      }
      chain.push(next);
    }
  }
}

/** Every legal-basis reference of a service names an existing regulation. */
export function checkLegalBasis(
  services: { file: string; legalBasis: string[] }[],
  regulationSlugs: Iterable<string>,
): void {
  const known = new Set(regulationSlugs);
  for (const s of services) {
    for (const ref of s.legalBasis) {
      if (!known.has(ref))
        throw new Error(`${s.file}: legalBasis "${ref}" is not a regulation in content/regulations/`);
    }
  }
}

/** The regulations each regulation replaced (the reverse of replacedBy). */
export function replacedOnes<T extends RegulationRef>(regulations: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of regulations) {
    if (r.replacedBy) out.set(r.replacedBy, [...(out.get(r.replacedBy) ?? []), r]);
  }
  return out;
}
