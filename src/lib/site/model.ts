import { groupBy } from '../group-by';
import { locales, otherLocale, type Locale } from '../../i18n/locales';
import { localeParam, localizePath } from '../../i18n/paths';
import { paginate, pagePath, restParam, type ListPage } from '../paginate';
import { isPublished } from '../publish';
import { replacedOnes } from '../regulation-graph';
import { facetCounts, libraryPages, type LibraryItem } from '../regulation-library';
import { directiveStatuses, type DirectiveData, type DirectiveStatus } from '../schemas/directives';
import type { NewsData } from '../schemas/news';
import type { PageData } from '../schemas/pages';
import { adoptionYear, type RegulationData } from '../schemas/regulations';
import type { ReportData } from '../schemas/reports';
import type { ServiceData } from '../schemas/services';
import { pairTranslations, type Localized, type LocalizedPage } from '../translations';
import { crossChecks } from './cross-checks';
import { localized, type Entry } from './entries';

export interface ModelOptions {
  /** The build's clock (scheduled news after it are left out). */
  now?: Date;
  /** `astro dev`: drafts and scheduled news are shown. */
  preview?: boolean;
}

/** Pages that exist once per language whatever the content (their locale-free paths). */
export const fixedPaths = ['/', '/services/', '/directives/', '/search/', '/translations/', '/rss.xml'];

/** The entry a page shows: its own, or the original where it is an untranslated notice. */
const shownEntry = <T>(p: LocalizedPage<T>): T => (p.kind === 'entry' ? p.item : p.original.item);

/** Items per page of the long lists: no list page grows with the site. */
export const perPage = { news: 20, reports: 20, regulations: 50, translations: 100 } as const;

const byLocale = <T extends { locale: Locale }>(items: T[]) =>
  Object.fromEntries(locales.map((l) => [l, items.filter((i) => i.locale === l)])) as Record<Locale, T[]>;

const adoptedTime = (adopted: RegulationData['adopted']) =>
  typeof adopted === 'number' ? Date.UTC(adopted, 0, 1) : adopted.getTime();

/**
 * The whole site from its content, computed once: every cross-file check, every relation resolved
 * (a directive's article, a service's regulations, a regulation's replacements, services and
 * directives) and every route's static paths. Pure: tested with plain arrays.
 */
export function buildSiteModel<
  N extends Entry<NewsData>,
  P extends Entry<PageData>,
  S extends Entry<ServiceData>,
  D extends Entry<DirectiveData>,
  R extends Entry<RegulationData>,
  T extends Entry<ReportData>,
>(
  content: { news: N[]; pages: P[]; services: S[]; directives: D[]; regulations: R[]; reports: T[] },
  { now = new Date(), preview = false }: ModelOptions = {},
) {
  const news = localized(content.news)
    .filter((n) => isPublished(n.item.data, { now, preview }))
    .sort(
      (a, b) => b.item.data.pubDate.getTime() - a.item.data.pubDate.getTime() || a.slug.localeCompare(b.slug),
    );
  const newsSlugs = new Set(news.map((n) => n.slug));
  const problems = crossChecks(content, newsSlugs);

  const regulationsNewest = [...content.regulations].sort(
    (a, b) => adoptedTime(b.data.adopted) - adoptedTime(a.data.adopted) || a.id.localeCompare(b.id),
  );
  const regulationBySlug = new Map(content.regulations.map((r) => [r.id, r]));
  const services = localized(content.services).sort((a, b) =>
    a.item.data.title.localeCompare(b.item.data.title, a.locale),
  );

  /** A report's evidence as links in one language: a page of the site (with its title there) or an https:// page. */
  const evidenceLinks = (evidence: ReportData['evidence'], locale: Locale) =>
    evidence.map((e) => {
      if (e.url) return { href: e.url, label: e.title ?? e.url, external: true };
      if (e.regulation) {
        const r = regulationBySlug.get(e.regulation);
        return {
          href: localizePath(locale, `/regulations/${e.regulation}/`),
          label: r?.data.title[locale] ?? e.regulation,
          external: false,
        };
      }
      const [kind, slug, list] = e.news
        ? (['news', e.news, news] as const)
        : (['services', e.service!, services] as const);
      const titles = (list as Localized<{ data: { title: string } }>[]).filter((x) => x.slug === slug);
      const title = (titles.find((x) => x.locale === locale) ?? titles[0])?.item.data.title;
      return { href: localizePath(locale, `/${kind}/${slug}/`), label: title ?? slug, external: false };
    });

  // Published reports, newest first (drafts and future dates as for news).
  const reports = localized(content.reports)
    .filter((r) => isPublished({ draft: r.item.data.draft, pubDate: r.item.data.date }, { now, preview }))
    .sort((a, b) => b.item.data.date.getTime() - a.item.data.date.getTime() || a.slug.localeCompare(b.slug));
  const reportPages = pairTranslations(reports);

  const directives = [...content.directives]
    .sort((a, b) => a.data.number - b.data.number)
    .map((entry) => {
      const own = reports.filter((r) => r.item.data.directive === entry.data.number);
      // The latest published report, in whichever language, says where the directive stands.
      const latest = own[0]?.item.data;
      const status: DirectiveStatus = latest?.status ?? 'no-report-yet';
      return {
        entry,
        number: entry.data.number,
        // A directive dates from the article that set it (site search's year filter uses it).
        date: news.find((n) => n.slug === entry.data.article)?.item.data.pubDate,
        regulations: regulationsNewest.filter((r) => r.data.relatedDirectives.includes(entry.data.number)),
        status,
        statusDate: latest?.date,
        /** Its reports newest first, per language: the entry, or the other language's where untranslated. */
        reports: byLocale(
          reportPages
            .filter((p) => shownEntry(p).data.directive === entry.data.number)
            .map((p) => ({
              locale: p.locale,
              slug: p.slug,
              report: shownEntry(p),
              reportLocale: p.kind === 'entry' ? p.locale : p.original.locale,
              evidence: evidenceLinks(shownEntry(p).data.evidence, p.locale),
            })),
        ),
      };
    });
  const statusCounts = Object.fromEntries(
    directiveStatuses.map((s) => [s, directives.filter((d) => d.status === s).length]),
  ) as Record<DirectiveStatus, number>;
  type DirectiveRecord = (typeof directives)[number];

  const replaced = replacedOnes(
    content.regulations.map((r) => ({ slug: r.id, replacedBy: r.data.replacedBy, r })),
  );
  const regulations = regulationsNewest.map((entry) => ({
    entry,
    slug: entry.id,
    /** Adoption time for sorting and search: 1 January where only the year is known. */
    time: adoptedTime(entry.data.adopted),
    replacedBy: entry.data.replacedBy ? regulationBySlug.get(entry.data.replacedBy) : undefined,
    replaces: (replaced.get(entry.id) ?? []).map((x) => x.r),
    // Derived, not typed twice: the services whose legal basis names this regulation.
    services: byLocale(services.filter((s) => s.item.data.legalBasis.includes(entry.id))),
    directives: directives.filter((d) => entry.data.relatedDirectives.includes(d.number)),
  }));

  const libraryItems: LibraryItem[] = regulationsNewest.map((r) => ({
    slug: r.id,
    kind: r.data.kind,
    status: r.data.status ?? 'unknown',
    year: adoptionYear(r.data.adopted),
    time: adoptedTime(r.data.adopted),
  }));
  const library = libraryPages(libraryItems);
  const libraryCounts = facetCounts(libraryItems);

  const newsPages = pairTranslations(news).map((page) => ({
    page,
    path: `/news/${page.slug}/`,
    directives: directives.filter((d) => d.entry.data.article === page.slug),
  }));
  const servicePages = pairTranslations(services).map((page) => ({
    page,
    path: `/services/${page.slug}/`,
    legalBasis: (page.kind === 'entry' ? page.item.data.legalBasis : [])
      .map((id) => regulationBySlug.get(id))
      .filter((r): r is R => r !== undefined),
  }));
  const standing = groupBy(pairTranslations(localized(content.pages)), (p) => p.slug);

  /**
   * A list's pages differ between the languages (each has its own news and reports): each page gets
   * the languages it exists in, and the language switcher goes to the other language's same page,
   * else that list's first page, else the news or reports page.
   */
  const withCounterparts = <R extends { props: { locale: Locale; list: ListPage<unknown> } }>(
    routes: R[],
    top: string,
  ) => {
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
  };

  const perLocale = <T>(make: (locale: Locale) => T) =>
    locales.map((locale) => ({ params: { lang: localeParam(locale) }, props: { locale, ...make(locale) } }));

  const routes = {
    news: newsPages.map((p) => ({
      params: { lang: localeParam(p.page.locale), slug: p.page.slug },
      props: p,
    })),
    services: servicePages.map((p) => ({
      params: { lang: localeParam(p.page.locale), slug: p.page.slug },
      props: p,
    })),
    directives: directives.flatMap((directive) =>
      locales.map((locale) => ({
        params: { lang: localeParam(locale), n: String(directive.number) },
        props: { locale, directive },
      })),
    ),
    regulations: regulations.flatMap((regulation) =>
      locales.map((locale) => ({
        params: { lang: localeParam(locale), slug: regulation.slug },
        props: { locale, regulation },
      })),
    ),
    standing: (slug: string) =>
      (standing.get(slug) ?? []).map((page) => ({
        params: { lang: localeParam(page.locale) },
        props: { page, path: `/${slug}/` },
      })),
    reports: reportPages.map((page) => ({
      params: { lang: localeParam(page.locale), slug: page.slug },
      props: {
        page,
        path: `/reports/${page.slug}/`,
        evidence: page.kind === 'entry' ? evidenceLinks(page.item.data.evidence, page.locale) : [],
      },
    })),
    /** /reports/, /reports/page/2/, …: each language's reports, newest first. */
    reportList: withCounterparts(
      locales.flatMap((locale) =>
        paginate(
          reports.filter((r) => r.locale === locale),
          perPage.reports,
          '/reports/',
        ).map((list) => ({
          params: { lang: localeParam(locale), page: restParam(list.base, '/reports/', list.current) },
          props: {
            locale,
            list,
            evidence: list.items.map((r) => evidenceLinks(r.item.data.evidence, locale)),
          },
        })),
      ),
      '/reports/',
    ),
    /** /news/ and /news/year/<year>/, each with /page/<n>/ after it: each language's news, newest first. */
    newsList: withCounterparts(
      locales.flatMap((locale) => {
        const mine = news.filter((n) => n.locale === locale);
        const byYear = groupBy(mine, (n) => n.item.data.pubDate.getUTCFullYear());
        const years = [...byYear].map(([year, items]) => [year, items.length] as [number, number]);
        const lists: [number | undefined, ListPage<(typeof mine)[number]>[]][] = [
          [undefined, paginate(mine, perPage.news, '/news/')],
          ...[...byYear].map(
            ([year, items]) =>
              [year, paginate(items, perPage.news, `/news/year/${year}/`)] as [
                number,
                ListPage<(typeof mine)[number]>[],
              ],
          ),
        ];
        return lists.flatMap(([year, pages]) =>
          pages.map((list) => ({
            params: { lang: localeParam(locale), list: restParam(list.base, '/news/', list.current) },
            props: { locale, list, year, years },
          })),
        );
      }),
      '/news/',
    ),
    /** The regulations library, every listing (newest, oldest, each filter) split into pages. */
    library: library.flatMap((page) =>
      paginate(page.items, perPage.regulations, page.path).flatMap((list) =>
        locales.map((locale) => ({
          params: { lang: localeParam(locale), list: restParam(list.base, '/regulations/', list.current) },
          props: { locale, page, list, counts: libraryCounts, entries: regulationBySlug },
        })),
      ),
    ),
    /** /directives/ and a page per status that some directive has (/directives/status/<status>/): filters without JavaScript. */
    directiveList: [undefined, ...directiveStatuses.filter((s) => statusCounts[s] > 0)].flatMap((status) =>
      locales.map((locale) => ({
        params: { lang: localeParam(locale), status: status && `status/${status}` },
        props: {
          locale,
          status,
          all: directives,
          shown: status ? directives.filter((d) => d.status === status) : directives,
          counts: statusCounts,
        },
      })),
    ),
    perLocale,
  };

  /** Every locale-free path the build makes, per language (what internal links may point to). */
  const paths = new Set([
    ...fixedPaths,
    ...news.map((n) => `/news/${n.slug}/`),
    ...[...standing.keys()].map((slug) => `/${slug}/`),
    ...services.map((s) => `/services/${s.slug}/`),
    ...directives.map((d) => `/directives/${d.number}/`),
    ...regulations.map((r) => `/regulations/${r.slug}/`),
    ...reports.map((r) => `/reports/${r.slug}/`),
    ...[...routes.reportList, ...routes.newsList, ...routes.library].map((r) =>
      pagePath(r.props.list.base, r.props.list.current),
    ),
    ...directiveStatuses.filter((s) => statusCounts[s] > 0).map((s) => `/directives/status/${s}/`),
  ]);

  return {
    problems,
    news: { all: news, byLocale: byLocale(news) },
    reports: { all: reports, byLocale: byLocale(reports) },
    evidenceLinks,
    statusCounts,
    services: { byLocale: byLocale(services) },
    directives,
    regulations,
    regulationBySlug,
    library: { items: libraryItems, pages: library },
    routes,
    paths,
  } satisfies Record<string, unknown> & { directives: DirectiveRecord[] };
}

export type SiteModel<
  N extends Entry<NewsData> = Entry<NewsData>,
  P extends Entry<PageData> = Entry<PageData>,
  S extends Entry<ServiceData> = Entry<ServiceData>,
  D extends Entry<DirectiveData> = Entry<DirectiveData>,
  R extends Entry<RegulationData> = Entry<RegulationData>,
  T extends Entry<ReportData> = Entry<ReportData>,
> = ReturnType<typeof buildSiteModel<N, P, S, D, R, T>>;
export type { Localized };
