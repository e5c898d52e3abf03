import { groupBy } from '../group-by';
import { locales, otherLocale, type Locale } from '../../i18n/locales';
import { localeParam } from '../../i18n/paths';
import { paginate, type ListPage } from '../paginate';
import { directiveStatuses, type DirectiveData } from '../schemas/directives';
import type { NewsData } from '../schemas/news';
import type { PageData } from '../schemas/pages';
import type { RegulationData } from '../schemas/regulations';
import type { ReportData } from '../schemas/reports';
import type { ServiceData } from '../schemas/services';
import type { Entry } from './entries';
import { feedItems, homeLists, serviceGroups, type translationRows } from './lists';
import type { Relations } from './relations';
import { pageParam, pagePath, paths } from './urls';

/** Items per page of the long lists: no list page grows with the site. */
export const perPage = { news: 20, reports: 20, regulations: 50, translations: 100 } as const;

/** Pages that exist once per language whatever the content (their locale-free paths). */
const fixedPaths = [
  paths.home,
  paths.services,
  paths.directives,
  paths.search,
  paths.translations,
  paths.rss,
  paths.feed,
];

/**
 * A list's pages differ between the languages (each has its own news and reports): each page gets
 * the languages it exists in, and the language switcher goes to the other language's same page,
 * else that list's first page, else the list's top.
 */
function withCounterparts<X extends { props: { locale: Locale; list: ListPage<unknown> } }>(
  routes: X[],
  top: string,
) {
  const exists = new Set(
    routes.map((r) => `${r.props.locale} ${pagePath(r.props.list.base, r.props.list.current)}`),
  );
  return routes.map((r) => {
    const path = pagePath(r.props.list.base, r.props.list.current);
    const other = otherLocale(r.props.locale);
    const there = (p: string) => exists.has(`${other} ${p}`);
    const switchPath = there(path) ? path : there(r.props.list.base) ? r.props.list.base : top;
    return {
      ...r,
      props: { ...r.props, translations: locales.filter((l) => exists.has(`${l} ${path}`)), switchPath },
    };
  });
}

/** A page once per language, with what `make` gives it. */
const perLocale = <X>(make: (locale: Locale) => X) =>
  locales.map((locale) => ({ params: { lang: localeParam(locale) }, props: { locale, ...make(locale) } }));

/** The pages of one list in one language, with the `[...page]` parameter of the route at `routeBase`. */
const listRoutes = <I, X>(
  locale: Locale,
  items: I[],
  size: number,
  base: string,
  routeBase: string,
  props: (list: ListPage<I>) => X,
) =>
  paginate(items, size, base).map((list) => ({
    params: { lang: localeParam(locale), page: pageParam(list.base, routeBase, list.current) },
    props: { locale, list, ...props(list) },
  }));

/**
 * Every route's static paths (`getStaticPaths` returns one of these) and every locale-free path
 * the build makes. Pure: tested with plain arrays.
 */
export function siteRoutes<
  N extends Entry<NewsData>,
  P extends Entry<PageData>,
  S extends Entry<ServiceData>,
  D extends Entry<DirectiveData>,
  R extends Entry<RegulationData>,
  T extends Entry<ReportData>,
>(
  r: Relations<N, P, S, D, R, T>,
  translations: ReturnType<typeof translationRows>,
  synonyms: string[][] = [],
) {
  const mine = <X extends { locale: Locale }>(items: X[], locale: Locale) =>
    items.filter((i) => i.locale === locale);
  const routes = {
    home: perLocale((locale) => homeLists(r, locale)),
    /** The feed and the page that explains it: the same items. */
    feed: perLocale((locale) => ({ items: feedItems(r, locale) })),
    serviceIndex: perLocale((locale) => ({ groups: serviceGroups(r.services, locale) })),
    /** The search page offers the services when nothing is found. */
    search: perLocale((locale) => ({ services: mine(r.services, locale), synonyms })),
    /** The 404 page's own props per language (it is not a route with parameters). */
    notFound: Object.fromEntries(
      locales.map((locale) => [locale, { props: { locale, services: mine(r.services, locale) } }]),
    ) as Record<Locale, { props: { locale: Locale; services: typeof r.services } }>,
    news: r.newsPages.map((p) => ({
      params: { lang: localeParam(p.page.locale), slug: p.page.slug },
      props: p,
    })),
    services: r.servicePages.map((p) => ({
      params: { lang: localeParam(p.page.locale), slug: p.page.slug },
      props: p,
    })),
    directives: r.directives.flatMap((directive) =>
      locales.map((locale) => ({
        params: { lang: localeParam(locale), n: String(directive.number) },
        props: { locale, directive },
      })),
    ),
    regulations: r.regulations.flatMap((regulation) =>
      locales.map((locale) => ({
        params: { lang: localeParam(locale), slug: regulation.slug },
        props: { locale, regulation },
      })),
    ),
    standing: (slug: string) =>
      (r.standing.get(slug) ?? []).map((page) => ({
        params: { lang: localeParam(page.locale) },
        props: { page, path: paths.standing(slug) },
      })),
    reports: r.reportPages.map((page) => ({
      params: { lang: localeParam(page.locale), slug: page.slug },
      props: {
        page,
        path: paths.report(page.slug),
        evidence: page.kind === 'entry' ? r.evidenceLinks(page.item.data.evidence, page.locale) : [],
      },
    })),
    /** /reports/, /reports/page/2/, …: each language's reports, newest first. */
    reportList: withCounterparts(
      locales.flatMap((locale) =>
        listRoutes(
          locale,
          mine(r.reports, locale),
          perPage.reports,
          paths.reports,
          paths.reports,
          (list) => ({
            evidence: list.items.map((x) => r.evidenceLinks(x.item.data.evidence, locale)),
          }),
        ),
      ),
      paths.reports,
    ),
    /** /news/ and /news/year/<year>/, each with /page/<n>/ after it: each language's news, newest first. */
    newsList: withCounterparts(
      locales.flatMap((locale) => {
        const byYear = groupBy(mine(r.news, locale), (n) => n.item.data.pubDate.getUTCFullYear());
        const years = [...byYear].map(([year, items]) => [year, items.length] as [number, number]);
        return [
          ...listRoutes(locale, mine(r.news, locale), perPage.news, paths.news, paths.news, () => ({
            year: undefined,
            years,
          })),
          ...[...byYear].flatMap(([year, items]) =>
            listRoutes(locale, items, perPage.news, paths.newsYear(year), paths.news, () => ({
              year: year as number | undefined,
              years,
            })),
          ),
        ];
      }),
      paths.news,
    ),
    /** The regulations library, every listing (newest, oldest, each combination of filters) split into pages. */
    library: r.library.pages.flatMap((page) =>
      paginate(page.items, perPage.regulations, page.path).flatMap((list) =>
        locales.map((locale) => ({
          params: { lang: localeParam(locale), page: pageParam(list.base, paths.regulations, list.current) },
          props: { locale, page, list, entries: r.regulationBySlug },
        })),
      ),
    ),
    /** /directives/ and a page per status that some directive has (/directives/status/<status>/): filters without JavaScript. */
    directiveList: [undefined, ...directiveStatuses.filter((s) => r.statusCounts[s] > 0)].flatMap((status) =>
      locales.map((locale) => ({
        params: { lang: localeParam(locale), status: status && `status/${status}` },
        props: {
          locale,
          status,
          all: r.directives,
          shown: status ? r.directives.filter((d) => d.status === status) : r.directives,
          counts: r.statusCounts,
        },
      })),
    ),
    /** /translations/, a hundred entries a page, the same in both languages. */
    translations: locales.flatMap((locale) =>
      listRoutes(
        locale,
        translations.rows,
        perPage.translations,
        paths.translations,
        paths.translations,
        () => ({
          counts: translations.counts,
        }),
      ),
    ),
  };

  /** Every locale-free path the build makes, per language (what internal links may point to). */
  const all = new Set([
    ...fixedPaths,
    ...r.news.map((n) => paths.newsItem(n.slug)),
    ...[...r.standing.keys()].map(paths.standing),
    ...r.services.map((s) => paths.service(s.slug)),
    ...r.directives.map((d) => paths.directive(d.number)),
    ...r.regulations.map((x) => paths.regulation(x.slug)),
    ...r.reports.map((x) => paths.report(x.slug)),
    ...[...routes.reportList, ...routes.newsList, ...routes.library].map((x) =>
      pagePath(x.props.list.base, x.props.list.current),
    ),
    ...directiveStatuses.filter((s) => r.statusCounts[s] > 0).map(paths.directiveStatus),
  ]);
  return { routes, paths: all };
}
