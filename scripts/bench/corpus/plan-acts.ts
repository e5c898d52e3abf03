import { slugify } from '../../../src/lib/scaffold';
import type { RegulationKind, RegulationStatus } from '../../../src/lib/schemas/regulations';
import { serviceCategories, type ServiceCategory } from '../../../src/lib/schemas/services';
import { randomDay, today, yearOf } from './dates';
import type { Bilingual, Slugs, Writers } from './plan';
import type { Random } from './random';

// Regulations in families of successive versions (each replaced by the next), and services that
// rest on them.

export interface RegulationPlan {
  slug: string;
  kind: RegulationKind;
  number?: string;
  title: Bilingual;
  adopted: string | number;
  status?: RegulationStatus;
  replacedBy?: string;
  source: string;
  relatedDirectives: number[];
}

export interface ServicePlan {
  slug: string;
  title: Bilingual;
  category: ServiceCategory;
  legalBasis: string[];
  reviewed: string;
  online: boolean;
}

const kinds: RegulationKind[] = [
  'national-standard',
  'national-standard',
  'national-standard',
  'order',
  'technical-regulation',
  'government-resolution',
  'law',
];

/** The official number and the slug made from it (a law has no number: its title names it). */
function identify(kind: RegulationKind, n: number, year: number, title: string) {
  switch (kind) {
    case 'national-standard':
      return { number: `MNS ${n}:${year}`, slug: `mns-${n}-${year}` };
    case 'order':
      return { number: `А/${n % 500}`, slug: `order-a-${n % 500}-${year}` };
    case 'technical-regulation':
      return { number: `MNTR ${n % 60}:${year}`, slug: `mntr-${n % 60}-${year}` };
    case 'government-resolution':
      return { number: String(n % 400), slug: `government-resolution-${n % 400}-${year}` };
    default:
      return { number: undefined, slug: `law-on-${slugify(title, 40)}-${year}` };
  }
}

/** `count` regulations (or a few more to finish the last family), oldest version first in each. */
export function planRegulations(random: Random, w: Writers, slugs: Slugs, count: number): RegulationPlan[] {
  const out: RegulationPlan[] = [];
  while (out.length < count) {
    const kind = random.pick(kinds);
    const size = random.pick([1, 1, 1, 1, 2, 2, 3, 4]);
    const title = slugs.title(w, 2, 5);
    const n = random.int(1000, 6999);
    let day = randomDay(random, '1995-01-01', '2021-12-31');
    const family: RegulationPlan[] = [];
    for (let v = 0; v < size && day <= today; v++) {
      const year = yearOf(day);
      const id = identify(kind, n, year, title.en);
      const revised = v > 0 ? { mn: ' (шинэчилсэн найруулга)', en: ' (revised)' } : { mn: '', en: '' };
      const slug = slugs.claim(id.slug);
      family.push({
        slug,
        kind,
        ...(id.number ? { number: id.number } : {}),
        title: { mn: title.mn + revised.mn, en: title.en + revised.en },
        adopted: random.chance(0.8) ? day : year,
        source:
          kind === 'national-standard'
            ? `https://estandard.gov.mn/standard/v/${random.int(1000, 99999)}`
            : `https://legalinfo.mn/law/details/${random.int(10000, 99999)}`,
        relatedDirectives: random.chance(0.2) ? random.sample([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 2).sort() : [],
      });
      day = randomDay(random, `${year + 2}-01-01`, `${year + 6}-12-31`);
    }
    family.forEach((r, i) => {
      const next = family[i + 1];
      if (next) Object.assign(r, { status: 'replaced', replacedBy: next.slug });
      else if (random.chance(0.8)) r.status = 'in-force';
      else if (random.chance(0.5)) r.status = 'repealed';
    });
    out.push(...family);
  }
  return out;
}

/** `count` services, each resting on one to three regulations (in force where possible). */
export function planServices(
  random: Random,
  w: Writers,
  slugs: Slugs,
  count: number,
  regulations: RegulationPlan[],
): ServicePlan[] {
  const inForce = regulations.filter((r) => r.status === 'in-force');
  const basis = inForce.length ? inForce : regulations;
  return Array.from({ length: count }, () => {
    const title = slugs.title(w, 3, 6);
    return {
      slug: slugs.claim(slugify(title.en, 50)),
      title,
      category: random.pick(serviceCategories),
      legalBasis: random.sample(basis, random.int(1, 3)).map((r) => r.slug),
      reviewed: randomDay(random, '2024-01-01'),
      online: random.chance(0.3),
    };
  });
}
