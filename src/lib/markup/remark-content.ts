import type {} from 'mdast-util-mdx';
import type { Root, RootContent } from 'mdast';
import { allowedHtml, contentComponents } from './allowed';
import { isAllowedHtml, unsafeAddress } from './check';

type Node = Root | RootContent;

/**
 * The build's side of "content is data". The validator refuses everything that is not data before
 * the build starts; should anything slip past it (a preview of a file with problems), it is shown
 * as text or dropped here, never applied: in Markdown, HTML outside the allowed list becomes text;
 * in MDX, module statements and expressions are dropped and an element neither a content
 * component nor allowed HTML, or with an attribute that is not plain text, is dropped; an unsafe
 * address becomes empty in both.
 */
export function remarkContentMarkup() {
  return (tree: Root) => {
    const visit = (n: Node): boolean => {
      if (n.type === 'html') {
        if (!isAllowedHtml(n.value)) (n as Node).type = 'text';
        return true;
      }
      if (n.type === 'mdxjsEsm' || n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression')
        return false;
      if (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') {
        const name = n.name ?? '';
        const known = name in contentComponents || name in allowedHtml;
        if (!known || n.attributes.some((a) => a.type !== 'mdxJsxAttribute' || typeof a.value !== 'string'))
          return false;
      }
      if ((n.type === 'link' || n.type === 'image' || n.type === 'definition') && unsafeAddress(n.url))
        n.url = '';
      if ('children' in n) (n as { children: Node[] }).children = n.children.filter((c) => visit(c as Node));
      return true;
    };
    visit(tree);
  };
}
