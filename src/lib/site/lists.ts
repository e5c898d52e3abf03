import { useTranslations } from '../../i18n';
import { startOfDay } from '../dates';
import { publication, type Publication, type Publishable } from '../publish';
import type { Locale } from '../../i18n/locales';
import { serviceCategories, type ServiceData } from '../schemas/services';
import type { Localized } from '../translations';
import { mirroredFileParts } from '../content-layout';
import { mirroredFiles, translationStatus } from '../translation-status';
import { translationStates } from '../translation-state';
import type { Entry } from './entries';
import type { Relations } from './relations';
import { href, paths } from './urls';

// The lists that pages show, made from the related content. Pure: tested with plain arrays.

/** A feed carries the latest items only, so its size does not grow with the site. */
const feedSize = 50;

/** One language's feed: the latest news and implementation reports together, newest first. */
export function feedItems(r: Pick<Relations, 'news' | 'reports'>, locale: Locale) {
  const t = useTranslations(locale);
  const mine = <X extends { locale: Locale }>(items: X[]) => items.filter((i) => i.locale === locale);
  return [
    ...mine(r.news)
      .slice(0, feedSize)
      .map(({ slug, item }) => ({
        title: item.data.title,
        description: item.data.description,
        pubDate: startOfDay(item.data.pubDate),
        link: href(locale, paths.newsItem(slug)),
        categories: item.data.tags,
      })),
    ...mine(r.reports)
      .slice(0, feedSize)
      .map(({ slug, item }) => ({
        title: item.data.title,
        description: `${t.directiveLabel(item.data.directive)}: ${t.statuses[item.data.status]}`,
        pubDate: startOfDay(item.data.pubDate),
        link: href(locale, paths.report(slug)),
        categories: [t.searchTypes.report],
      })),
  ]
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime())
    .slice(0, feedSize);
}

/** One language's services by category, in the categories' order; empty categories left out. */
export function serviceGroups<S extends Entry<ServiceData>>(services: Localized<S>[], locale: Locale) {
  return serviceCategories
    .map((category) => ({
      category,
      items: services.filter((s) => s.locale === locale && s.item.data.category === category),
    }))
    .filter((g) => g.items.length > 0);
}

/**
 * Each mirrored entry's translation status (drafts and scheduled items too, with that state and
 * its date), from the entries' files and when git last changed each (paths relative to the
 * content root), with the counts.
 */
export function translationRows(entries: Entry[], changed: ReadonlyMap<string, Date>, now = new Date()) {
  // Whether each entry is on the site: its original's (Mongolian, else the one there is) state.
  const states = new Map<string, Publication>();
  for (const e of entries) {
    const parts = mirroredFileParts(e.filePath);
    if (!parts) continue;
    const key = `${parts.collection}/${parts.slug}`;
    if (!states.has(key) || parts.locale === 'mn') states.set(key, publication(e.data as Publishable, now));
  }
  const rows = translationStatus(mirroredFiles(entries.map((e) => e.filePath ?? '')), changed).map((row) => ({
    ...row,
    publication: states.get(`${row.collection}/${row.slug}`) ?? ({ state: 'live' } as Publication),
  }));
  const counts = translationStates.map((s) => [s, rows.filter((row) => row.state === s).length] as const);
  return { rows, counts };
}

/** What the home page lists in each language: the latest news, the services, the directives' counts. */
export const homeLists = <Nw extends { locale: Locale }, Sv extends { locale: Locale }>(
  r: { news: Nw[]; services: Sv[]; statusCounts: Relations['statusCounts'] },
  locale: Locale,
) => ({
  news: r.news.filter((n) => n.locale === locale).slice(0, 3),
  services: r.services.filter((s) => s.locale === locale),
  counts: r.statusCounts,
});
