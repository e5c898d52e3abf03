/** Relations between regulations (the checks that they hold are in src/lib/site/cross-checks.ts). */

interface RegulationRef {
  slug: string;
  replacedBy?: string;
}

/** The regulations each regulation replaced (the reverse of replacedBy). */
export function replacedOnes<T extends RegulationRef>(regulations: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of regulations) {
    if (r.replacedBy) out.set(r.replacedBy, [...(out.get(r.replacedBy) ?? []), r]);
  }
  return out;
}
