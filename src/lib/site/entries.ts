import { splitEntryId } from '../entry-id';
import type { DirectiveData } from '../schemas/directives';
import type { NewsData } from '../schemas/news';
import type { PageData } from '../schemas/pages';
import type { RegulationData } from '../schemas/regulations';
import type { ReportData } from '../schemas/reports';
import type { ServiceData } from '../schemas/services';
import type { SynonymData } from '../schemas/synonyms';
import type { BestBetData } from '../schemas/best-bets';
import type { Localized } from '../translations';

/**
 * An entry as Astro's content collections give it (and as the validator builds it from the raw
 * files): its id (`<locale>/<slug>` in mirrored folders, `<slug>` for bilingual YAML), its parsed
 * data and the file it came from.
 */
export interface Entry<D = unknown> {
  id: string;
  data: D;
  filePath?: string;
  body?: string;
}

export interface ContentEntries {
  news: Entry<NewsData>[];
  pages: Entry<PageData>[];
  services: Entry<ServiceData>[];
  directives: Entry<DirectiveData>[];
  regulations: Entry<RegulationData>[];
  reports: Entry<ReportData>[];
  /** Search synonyms: no page of their own. */
  synonyms?: Entry<SynonymData>[];
  /** Pages shown first for given searches: no page of their own. */
  'best-bets'?: Entry<BestBetData>[];
}

/** The file an entry came from, for messages. */
export const fileOf = (e: Entry) => e.filePath ?? e.id;

/** Entries of a mirrored collection with their language and slug. */
export function localized<T extends Entry>(entries: T[]): Localized<T>[] {
  return entries.map((item) => ({ ...splitEntryId(item.id), item }));
}
