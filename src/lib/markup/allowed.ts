import type { CollectionName } from '../content-layout';
import { directiveGroups } from '../schemas/directives';

// What a content body may hold besides Markdown and GFM: the project's own content components and
// a few harmless HTML elements. Everything else that is markup is refused (src/lib/markup/check.ts).
// CONTRIBUTING.md lists the same, for officers.

/** A content component: its attributes with their allowed values, and the kinds that may use it. */
interface ComponentRule {
  attributes: Record<string, readonly string[]>;
  /** Attributes that must be written. */
  required: readonly string[];
  collections: readonly CollectionName[];
}

export const contentComponents: Record<string, ComponentRule> = {
  /** One of the conference article's two lists of directives, drawn from content/directives/. */
  DirectiveList: { attributes: { group: directiveGroups }, required: ['group'], collections: ['news'] },
};

/** Harmless HTML: element → attribute → the pattern its value must match. No addresses, no script. */
export const allowedHtml: Record<string, Record<string, RegExp>> = {
  br: {},
  sub: {},
  sup: {},
  abbr: { title: /^[^<>{}]*$/ },
  span: { lang: /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/ },
};

/** Addresses a link may have: the site's own paths, https, e-mail and telephone. */
export const allowedSchemes = ['https', 'mailto', 'tel'];
