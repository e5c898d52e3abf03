import { locales } from '../../i18n/locales';
import type { BestBetData } from '../schemas/best-bets';
import { problem, type Problem } from '../validate/problem';
import { fileOf, type Entry } from './entries';
import type { PageFacts } from './page-facts';
import { href } from './urls';

/** A page the search shows first for some searches (its locale-free address). */
export interface BestBet {
  page: string;
  queries: string[];
}

const noSuchPage = {
  mn: 'сайтад ийм хуудас алга: байгаа хуудасны хаяг, хэлгүйгээр, жишээ нь /hotline/ эсвэл /news/<нэр>/',
  en: 'no such page on the site: the address of a page it has, without the language, e.g. /hotline/ or /news/<name>/',
};

/**
 * The officers' best bets whose page the site makes, and a problem for each that names a page it
 * does not. Each bet's page is put in the search index, in each language that has it (not an
 * untranslated notice), with a Pagefind filter `bet` holding its address: the search page asks the
 * index for it by that filter, so the result shows the page's own title and text.
 */
export function bestBets(
  entries: readonly Entry<BestBetData>[],
  paths: ReadonlySet<string>,
  facts: Map<string, PageFacts>,
): { bets: BestBet[]; problems: Problem[] } {
  const bets: BestBet[] = [];
  const problems: Problem[] = [];
  for (const e of entries) {
    const { page, queries } = e.data;
    if (!paths.has(page)) {
      problems.push(problem(fileOf(e), 'page', page, noSuchPage));
      continue;
    }
    bets.push({ page, queries });
    for (const locale of locales) {
      const url = href(locale, page);
      const f = facts.get(url);
      if (f?.noindex) continue;
      const search = f?.search ?? { type: 'page' as const };
      facts.set(url, {
        ...(f ?? { locale, noindex: false }),
        search: { ...search, filters: { ...search.filters, bet: page } },
      });
    }
  }
  return { bets, problems };
}
