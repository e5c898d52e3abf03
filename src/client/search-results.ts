import type { Locale } from '../i18n/locales';
import { formatDate } from '../lib/dates';
import { ownExcerpt } from '../lib/search/excerpt';
import { keptNodes, keptText } from './kept-text';
import type { PagefindData } from './pagefind-client';

interface ResultStrings {
  /** A year alone; {y} is the year. */
  yearOnly: string;
  types: Record<string, string>;
  languageNames: Record<string, string>;
  /** {words}: the query's words a result lacks. */
  missing: string;
}

/**
 * Pagefind's excerpt as text plus <mark> only, so nothing from the index can become markup, with
 * its numbers kept on one line.
 */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  return keptNodes(
    [...doc.body.firstChild!.childNodes].map((n) => ({
      text: n.textContent ?? '',
      mark: n.nodeName === 'MARK',
    })),
  );
}

/** One result: the title as a link, its type, date and language, and the excerpt with matches marked. */
export function resultItem(
  data: PagefindData,
  lang: string,
  locale: Locale,
  strings: ResultStrings,
  missing: readonly string[] = [],
): HTMLLIElement {
  const li = document.createElement('li');
  const heading = document.createElement('h2');
  const link = Object.assign(document.createElement('a'), { href: data.url });
  link.append(...keptText(data.meta.title ?? data.url, true));
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  const type = data.meta.type ?? 'page';
  const parts = [strings.types[type] ?? type];
  const date = data.meta.date;
  if (date)
    parts.push(
      /^\d{4}$/.test(date) ? strings.yearOnly.replace('{y}', date) : formatDate(new Date(date), locale),
    );
  if (lang !== locale) {
    // A result in the other language says so, and is marked up in its own language.
    li.lang = lang;
    link.hreflang = lang;
    parts.push(strings.languageNames[lang]);
  }
  meta.append(...keptText(parts.join(' · ')));
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(ownExcerpt(data.excerpt, data.content ?? '', data.meta.title)));
  li.append(heading, meta, excerpt);
  if (missing.length) {
    // Found by some of the words only: the page says which it lacks, as typed (plain text).
    const lacks = Object.assign(document.createElement('p'), { className: 'missing' });
    lacks.append(...keptText(strings.missing.replace('{words}', missing.join(', '))));
    li.append(lacks);
  }
  return li;
}
