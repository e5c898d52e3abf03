import { groupBy } from '../group-by';
import { locales, type Locale } from '../../i18n/locales';
import { isPublished } from '../publish';
import { replacedOnes } from '../regulation-graph';
import { libraryPages, type LibraryItem } from '../regulation-library';
import { directiveStatuses, type DirectiveData, type DirectiveStatus } from '../schemas/directives';
import type { NewsData } from '../schemas/news';
import type { PageData } from '../schemas/pages';
import { adoptionYear, type RegulationData } from '../schemas/regulations';
import type { ReportData } from '../schemas/reports';
import type { ServiceData } from '../schemas/services';
import { pairTranslations, type Localized, type LocalizedPage } from '../translations';
import { crossChecks } from './cross-checks';
import { localized, type Entry } from './entries';
import { href, paths } from './urls';

export interface ModelOptions {
  /** The build's clock (scheduled news after it are left out). */
  now?: Date;
  /** `astro dev`: drafts and scheduled news are shown. */
  preview?: boolean;
}

/** The entry a page shows: its own, or the original where it is an untranslated notice. */
const shownEntry = <T>(p: LocalizedPage<T>): T => (p.kind === 'entry' ? p.item : p.original.item);

/** Items split by language. */
export const byLocale = <T extends { locale: Locale }>(items: T[]) =>
  Object.fromEntries(locales.map((l) => [l, items.filter((i) => i.locale === l)])) as Record<Locale, T[]>;

const adoptedTime = (adopted: RegulationData['adopted']) =>
  typeof adopted === 'number' ? Date.UTC(adopted, 0, 1) : adopted.getTime();

/**
 * What the content is, related: what is published (drafts and schedules decided in one place),
 * every cross-file check, and each relation resolved (a directive's article, reports and status,
 * a service's legal basis, a regulation's replacements, services and directives). Pure: tested
 * with plain arrays.
 */
export function siteRelations<
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
  const problems = crossChecks(content, new Set(news.map((n) => n.slug)));

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
          href: href(locale, paths.regulation(e.regulation)),
          label: r?.data.title[locale] ?? e.regulation,
          external: false,
        };
      }
      const [path, slug, list] = e.news
        ? ([paths.newsItem, e.news, news] as const)
        : ([paths.service, e.service!, services] as const);
      const titles = (list as Localized<{ data: { title: string } }>[]).filter((x) => x.slug === slug);
      const title = (titles.find((x) => x.locale === locale) ?? titles[0])?.item.data.title;
      return { href: href(locale, path(slug)), label: title ?? slug, external: false };
    });

  // Published reports, newest first (drafts and future dates as for news).
  const reports = localized(content.reports)
    .filter((r) => isPublished(r.item.data, { now, preview }))
    .sort(
      (a, b) => b.item.data.pubDate.getTime() - a.item.data.pubDate.getTime() || a.slug.localeCompare(b.slug),
    );
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
        statusDate: latest?.pubDate,
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

  return {
    problems,
    news,
    reports,
    reportPages,
    services,
    directives,
    statusCounts,
    regulations,
    regulationBySlug,
    evidenceLinks,
    library: { items: libraryItems, pages: libraryPages(libraryItems) },
    newsPages: pairTranslations(news).map((page) => ({
      page,
      path: paths.newsItem(page.slug),
      directives: directives.filter((d) => d.entry.data.article === page.slug),
    })),
    servicePages: pairTranslations(services).map((page) => ({
      page,
      path: paths.service(page.slug),
      legalBasis: (page.kind === 'entry' ? page.item.data.legalBasis : [])
        .map((id) => regulationBySlug.get(id))
        .filter((r): r is R => r !== undefined),
    })),
    standing: groupBy(pairTranslations(localized(content.pages)), (p) => p.slug),
  };
}

export type Relations<
  N extends Entry<NewsData> = Entry<NewsData>,
  P extends Entry<PageData> = Entry<PageData>,
  S extends Entry<ServiceData> = Entry<ServiceData>,
  D extends Entry<DirectiveData> = Entry<DirectiveData>,
  R extends Entry<RegulationData> = Entry<RegulationData>,
  T extends Entry<ReportData> = Entry<ReportData>,
> = ReturnType<typeof siteRelations<N, P, S, D, R, T>>;
