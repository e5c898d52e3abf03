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
  },
  { changed = new Map(), ...options }: SiteOptions = {},
) {
  const relations = siteRelations(content, options);
  const mirrored = [...content.news, ...content.pages, ...content.services, ...content.reports];
  const synonyms = (content.synonyms ?? []).map((e) => e.data.words);
  const { routes, paths } = siteRoutes(relations, translationRows(mirrored, changed, options.now), synonyms);
  const facts = pageFacts(
    { ...relations, translationPages: routes.translations.map((r) => r.props) },
    options.now,
  );
  // The search page offers as filters the values its language's indexed pages have.
  const search = routes.search.map((r) => ({
    ...r,
    props: { ...r.props, filters: filterCounts(searchEntries(facts, r.props.locale)) },
  }));
  return { ...relations, routes: { ...routes, search }, paths, facts };
}
