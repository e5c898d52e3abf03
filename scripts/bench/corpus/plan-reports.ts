import type { ReportStatus } from '../../../src/lib/schemas/reports';
import { slugify } from '../../../src/lib/scaffold';
import { distinctDays } from './dates';
import type { RegulationPlan, ServicePlan } from './plan-acts';
import { publishedBefore, type Bilingual, type NewsPlan, type Slugs, type Writers } from './plan';
import type { Random } from './random';
import { units } from './words';

// Directive reports: per directive a dated history whose statuses move as work does (not started,
// in progress, done, now and then reopened), citing entries that exist by then.

type EvidencePlan =
  { news: string } | { regulation: string } | { service: string } | { url: string; title: Bilingual };

export interface ReportPlan {
  slug: string;
  title: Bilingual;
  directive: number;
  date: string;
  unit: number;
  status: ReportStatus;
  /** Done before and not started again: the report must say why. */
  reopened: boolean;
  evidence: EvidencePlan[];
  draft: boolean;
}

const nextStatus: Record<ReportStatus, [ReportStatus, number][]> = {
  'not-started': [
    ['in-progress', 0.7],
    ['not-started', 1],
  ],
  'in-progress': [
    ['done', 0.5],
    ['in-progress', 1],
  ],
  done: [
    ['done', 0.6],
    ['in-progress', 0.85],
    ['not-started', 1],
  ],
};

export function planReports(
  random: Random,
  w: Writers,
  slugs: Slugs,
  count: number,
  refs: { news: NewsPlan[]; regulations: RegulationPlan[]; services: ServicePlan[] },
): ReportPlan[] {
  const perDirective = new Array<number>(10).fill(0);
  for (let i = 0; i < count; i++) perDirective[random.int(0, 9)]++;
  const out: ReportPlan[] = [];
  perDirective.forEach((n, index) => {
    // The first report may come the day of the conference that set the directives.
    const days = distinctDays(random, n, '2020-01-23');
    let status: ReportStatus = random.chance(0.5) ? 'not-started' : 'in-progress';
    let everDone = false;
    for (const date of days) {
      const title = slugs.title(w, 3, 6);
      out.push({
        slug: slugs.claim(slugify(title.en, 50)),
        title,
        directive: index + 1,
        date,
        unit: random.int(0, units.en.length - 1),
        status,
        reopened: status === 'not-started' && everDone,
        evidence: evidence(random, w, date, refs),
        draft: random.chance(0.03),
      });
      everDone ||= status === 'done';
      const u = random.next();
      status = nextStatus[status].find(([, p]) => u < p)![0];
    }
  });
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug));
}

function evidence(
  random: Random,
  w: Writers,
  date: string,
  refs: { news: NewsPlan[]; regulations: RegulationPlan[]; services: ServicePlan[] },
): EvidencePlan[] {
  return Array.from({ length: random.int(0, 3) }, (): EvidencePlan => {
    const kind = random.int(0, 3);
    const news = kind === 0 ? publishedBefore(random, refs.news, date) : undefined;
    if (news) return { news: news.slug };
    if (kind === 2 && refs.services.length) return { service: random.pick(refs.services).slug };
    if (kind === 3) {
      // An outside page on a reserved domain: plainly generated, never a real address.
      const title = { mn: w.mn.title(2, 4), en: w.en.title(2, 4) };
      return { url: `https://example.org/${slugify(title.en, 40)}`, title };
    }
    return { regulation: random.pick(refs.regulations).slug };
  }).filter((e, i, all) => all.findIndex((o) => JSON.stringify(o) === JSON.stringify(e)) === i);
}
