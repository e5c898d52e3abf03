import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { useTranslations } from '../../i18n';
import { localizePath } from '../../i18n/paths';
import { site } from '../../lib/site';

/** A feed carries the latest items only, so its size does not grow with the site. */
export const feedSize = 50;

export async function getStaticPaths() {
  const { news, reports, routes } = await site();
  // The latest news and implementation reports together, newest first (both lists are sorted).
  return routes.perLocale((locale) => ({
    items: [
      ...news.byLocale[locale].slice(0, feedSize).map(({ slug, item }) => ({
        title: item.data.title,
        description: item.data.description,
        pubDate: item.data.pubDate,
        link: localizePath(locale, `/news/${slug}/`),
        categories: item.data.tags,
      })),
      ...reports.byLocale[locale].slice(0, feedSize).map(({ slug, item }) => ({
        title: item.data.title,
        description: `${useTranslations(locale).directiveLabel(item.data.directive)}: ${useTranslations(locale).statuses[item.data.status]}`,
        pubDate: item.data.date,
        link: localizePath(locale, `/reports/${slug}/`),
        categories: [useTranslations(locale).searchTypes.report],
      })),
    ]
      .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime())
      .slice(0, feedSize),
  }));
}

/** RSS 2.0 feed of one language's news and reports: /rss.xml (Mongolian), /en/rss.xml (English). */
export async function GET(context: APIContext) {
  const { locale, items } = context.props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const t = useTranslations(locale);
  return rss({
    title: `${t.siteName}: ${t.newsTitle}`,
    description: t.newsDescription,
    site: new URL(localizePath(locale, '/'), context.site),
    customData: `<language>${locale}</language>`,
    items,
  });
}
