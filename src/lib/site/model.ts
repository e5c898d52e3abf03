import type { DirectiveData } from '../schemas/directives';
import type { NewsData } from '../schemas/news';
import type { PageData } from '../schemas/pages';
import type { RegulationData } from '../schemas/regulations';
import type { ReportData } from '../schemas/reports';
import type { ServiceData } from '../schemas/services';
import type { Entry } from './entries';
import { translationRows } from './lists';
import { siteRelations, type ModelOptions } from './relations';
import { filterCounts } from '../search/filters';
import { pageFacts, searchEntries } from './page-facts';
import { siteRoutes } from './routes';
import type { SynonymData } from '../schemas/synonyms';
import type { BestBetData } from '../schemas/best-bets';
import { bestBets } from './best-bets';

interface SiteOptions extends ModelOptions {
  /** When git last changed each content file (paths relative to the content root), for /translations/. */
  changed?: ReadonlyMap<string, Date>;
}

/**
 * The whole site from its content, computed once per build: the content related (relations.ts),
 * the lists pages show (lists.ts), every route's static paths (routes.ts) and every page's facts
 * for consumers outside the pages (page-facts.ts). Pure: tested with
 * plain arrays.
 */
export function buildSiteModel<
  N extends Entry<NewsData>,
  P extends Entry<PageData>,
  S extends Entry<ServiceData>,
  D extends Entry<DirectiveData>,
  R extends Entry<RegulationData>,
  T extends Entry<ReportData>,
>(
  content: {
    news: N[];
    pages: P[];
    services: S[];
    directives: D[];
    regulations: R[];
    reports: T[];
    /** Words that search as each other (the search page reads them). */
    synonyms?: Entry<SynonymData>[];
    /** Pages the search shows first for some searches. */
    'best-bets'?: Entry<BestBetData>[];
  },
  { changed = new Map(), ...options }: SiteOptions = {},
) {
  const relations = siteRelations(content, options);
  const mirrored = [...content.news, ...content.pages, ...content.services, ...content.reports];
  const synonyms = (content.synonyms ?? []).map((e) => e.data.words);
  const { routes, paths } = siteRoutes(relations, translationRows(mirrored, changed, options.now), synonyms);
  const facts = pageFacts(
    {
      ...relations,
      translationPages: routes.translations.map((r) => r.props),
      libraryPages: routes.library.map((r) => r.props),
    },
    options.now,
  );
  const bets = bestBets(content['best-bets'] ?? [], paths, facts);
  // The search page offers as filters the values its language's indexed pages have, and weighs a
  // word by how many of each index's pages have it (ranked matching).
  const indexed = { mn: searchEntries(facts, 'mn').length, en: searchEntries(facts, 'en').length };
  const search = routes.search.map((r) => ({
    ...r,
    props: {
      ...r.props,
      filters: filterCounts(searchEntries(facts, r.props.locale)),
      indexed,
      bestBets: bets.bets,
    },
  }));
  return {
    ...relations,
    problems: [...relations.problems, ...bets.problems],
    routes: { ...routes, search },
    paths,
    facts,
  };
}
