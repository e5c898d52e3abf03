import type { Root, RootContent } from 'mdast';
import { mirroredFileParts } from '../content-layout';
import { isAllowedHtml, unsafeAddress } from './check';
import { componentMarker, componentProblem, parseComponentTag } from './components';

type Node = Root | RootContent;

/**
 * The build's side of "content is data". A component written alone on its line becomes a marker
 * that the page's layout replaces with the component (src/components/ContentBody.astro). The
 * validator refuses everything else that is not data before the build starts; should anything
 * slip past it (a preview of a file with problems), it is shown as text or dropped here, never
 * applied: HTML outside the allowed list becomes text and an unsafe address becomes empty.
 */
export function remarkContentMarkup() {
  return (tree: Root, file: { path?: string }) => {
    const collection = mirroredFileParts(file.path)?.collection;
    const visit = (n: Node, parent: Node | undefined) => {
      if (n.type === 'html') {
        const use = parent?.type === 'root' ? parseComponentTag(n.value) : undefined;
        if (use && collection && !componentProblem(use, collection)) n.value = componentMarker(use);
        else if (!isAllowedHtml(n.value)) (n as Node).type = 'text';
        return;
      }
      if ((n.type === 'link' || n.type === 'image' || n.type === 'definition') && unsafeAddress(n.url))
        n.url = '';
      if ('children' in n) for (const child of n.children) visit(child, n);
    };
    visit(tree, undefined);
  };
}
