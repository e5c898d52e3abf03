import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { useTranslations } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import { localizePath, perLocalePaths } from '../../i18n/paths';
import { newsIn } from '../../lib/content';

export const getStaticPaths = perLocalePaths;

/** RSS 2.0 feed of one language's published news: /rss.xml (Mongolian), /en/rss.xml (English). */
export async function GET(context: APIContext) {
  const { locale } = context.props as { locale: Locale };
  const t = useTranslations(locale);
  const items = await newsIn(locale);
  return rss({
    title: `${t.siteName}: ${t.newsTitle}`,
    description: t.newsDescription,
    site: new URL(localizePath(locale, '/'), context.site),
    customData: `<language>${locale}</language>`,
    items: items.map(({ slug, item }) => ({
      title: item.data.title,
      description: item.data.description,
      pubDate: item.data.pubDate,
      link: localizePath(locale, `/news/${slug}/`),
      categories: item.data.tags,
    })),
  });
}
