import type { Locale } from '../../i18n/locales';
import type { DirectiveRecord } from '../../lib/site';
import DirectiveList from './DirectiveList.astro';

// The content components an MDX body may place, by the name it writes (src/lib/markup/allowed.ts
// says which attributes and values each takes, and which kinds of page may use it). A layout
// renders a body with `<Content components={contentComponents} />`, after giving the components
// their data in `Astro.locals.content`.

export const contentComponents = { DirectiveList };

/** What the content components read from the page that places them. */
export interface ContentData {
  locale: Locale;
  directives: DirectiveRecord[];
}
