import { keptClass, keptRuns, type Run } from '../lib/numbers';

/**
 * Text and marked matches as nodes, with each number and its word kept on one line as on the
 * pages (src/lib/numbers.ts).
 */
export function keptNodes(runs: Run[]): Node[] {
  const node = (r: Run) =>
    r.mark
      ? Object.assign(document.createElement('mark'), { textContent: r.text })
      : document.createTextNode(r.text);
  return keptRuns(runs).flatMap((g) => {
    if (!g.whole) return g.runs.map(node);
    const span = Object.assign(document.createElement('span'), { className: keptClass });
    span.append(...g.runs.map(node));
    return [span];
  });
}

/** Plain text as nodes, numbers kept on one line. */
export const keptText = (text: string): Node[] => keptNodes([{ text, mark: false }]);
