/**
 * Pagefind joins the text of neighbouring elements without a space unless it treats them as
 * blocks, and it does not treat definition lists or table cells as blocks: `<dt>Kind</dt><dd>Law</dd>`
 * is indexed, and shown in excerpts, as "KindLaw". This puts a separator after each such element
 * in the copy of the page that is indexed (the served page is unchanged): ": " after a label
 * (`<dt>`) and a space after a value or a table cell, so the same list reads "Kind: Law".
 */
export function separateForIndex(html: string): string {
  return html.replace(/<\/(dt|dd|th|td)>/gi, (tag, name: string) =>
    name.toLowerCase() === 'dt' ? `${tag}: ` : `${tag} `,
  );
}
