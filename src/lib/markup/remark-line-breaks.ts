import type { Parent, Root, RootContent } from 'mdast';

// A line break typed inside a paragraph is published as one (<br>), as an officer who presses
// Enter once expects; Markdown alone would join the two lines with a space. A blank line still
// starts a new paragraph.

export function remarkLineBreaks() {
  return (tree: Root) => {
    const visit = (n: Root | RootContent) => {
      if (!('children' in n)) return;
      const parent = n as Parent;
      parent.children = parent.children.flatMap((child): RootContent[] => {
        if (child.type !== 'text' || !child.value.includes('\n')) {
          visit(child);
          return [child];
        }
        return child.value
          .split(/[ \t]*\r?\n[ \t]*/)
          .flatMap((value, i): RootContent[] => [
            ...(i ? [{ type: 'break' } as RootContent] : []),
            ...(value ? [{ type: 'text', value } as RootContent] : []),
          ]);
      });
    };
    visit(tree);
  };
}
