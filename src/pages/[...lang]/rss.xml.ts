import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { useTranslations } from '../../i18n';
import { site } from '../../lib/site';
import { href, paths } from '../../lib/site/urls';

export const getStaticPaths = async () => (await site()).routes.feed;
type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

/** RSS 2.0 feed of one language's news and reports: /rss.xml (Mongolian), /en/rss.xml (English). */
export function GET(context: APIContext) {
  const { locale, items } = context.props as Props;
  const t = useTranslations(locale);
  return rss({
    title: `${t.siteName}: ${t.newsTitle}`,
    description: t.newsDescription,
    site: new URL(href(locale, paths.home), context.site),
    customData: `<language>${locale}</language>`,
    items,
  });
}
