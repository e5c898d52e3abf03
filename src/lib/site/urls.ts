import { localizePath } from '../../i18n/paths';
import type { Locale } from '../../i18n/locales';

// Every address of the site, made in one place. Paths are locale-free (`/news/x/`); `href` puts
// the language in front (`/en/news/x/`). No other file writes a section's path by hand.

export const paths = {
  home: '/',
  news: '/news/',
  newsItem: (slug: string) => `/news/${slug}/`,
  newsYear: (year: number) => `/news/year/${year}/`,
  services: '/services/',
  service: (slug: string) => `/services/${slug}/`,
  regulations: '/regulations/',
  regulationsOldest: '/regulations/oldest/',
  /** The library filtered: `/regulations/kind/law/year/2020/` (filters in the order given). */
  regulationFilter: (filters: readonly (readonly [string, string])[]) =>
    `/regulations/${filters.map(([facet, value]) => `${facet}/${value}/`).join('')}`,
  regulation: (slug: string) => `/regulations/${slug}/`,
  directives: '/directives/',
  directive: (n: number | string) => `/directives/${n}/`,
  directiveStatus: (status: string) => `/directives/status/${status}/`,
  reports: '/reports/',
  report: (slug: string) => `/reports/${slug}/`,
  /** A standing page made from content/pages/ (hotline, about, accessibility, privacy). */
  standing: (slug: string) => `/${slug}/`,
  hotline: '/hotline/',
  about: '/about/',
  accessibility: '/accessibility/',
  privacy: '/privacy/',
  search: '/search/',
  translations: '/translations/',
  rss: '/rss.xml',
  /** What the feed is and how to follow it, with its address to copy (the footer's link). */
  feed: '/feed/',
} as const;

/** The page a mirrored content entry makes, by its kind. */
export const entryPath = {
  news: paths.newsItem,
  services: paths.service,
  reports: paths.report,
  pages: paths.standing,
} as const;

/** A locale-free path in a language: the address a link points to. */
export const href = (locale: Locale, path: string) => localizePath(locale, path);

/**
 * A list's page `n` (the first at `base`, the others at `base` + `page/<n>/`), and what follows the
 * route's folder for it (the `[...page]` parameter: undefined for the first).
 */
export const pagePath = (base: string, n: number) => (n === 1 ? base : `${base}page/${n}/`);
export const pageParam = (base: string, routeBase: string, n: number): string | undefined =>
  pagePath(base, n).slice(routeBase.length).replace(/\/$/, '') || undefined;
