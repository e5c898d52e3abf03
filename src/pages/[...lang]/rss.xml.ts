import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { useTranslations } from '../../i18n';
import { localizePath } from '../../i18n/paths';
import { site } from '../../lib/site';

export async function getStaticPaths() {
  const { news, routes } = await site();
  return routes.perLocale((locale) => ({ items: news.byLocale[locale] }));
}

/** RSS 2.0 feed of one language's published news: /rss.xml (Mongolian), /en/rss.xml (English). */
export async function GET(context: APIContext) {
  const { locale, items } = context.props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const t = useTranslations(locale);
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
