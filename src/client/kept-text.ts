import { callHref, keptClass, keptRuns, type Run } from '../lib/numbers';

/**
 * Text and marked matches as nodes, with each number and its word kept on one line as on the
 * pages (src/lib/numbers.ts), and the hotline's number a tap-to-call link unless the text is
 * itself a link's (`inLink`).
 */
export function keptNodes(runs: Run[], inLink = false): Node[] {
  const node = (r: Run) =>
    r.mark
      ? Object.assign(document.createElement('mark'), { textContent: r.text })
      : document.createTextNode(r.text);
  return keptRuns(runs).flatMap((g) => {
    if (!g.whole) return g.runs.map(node);
    const call = inLink ? undefined : callHref(g.runs.map((r) => r.text).join(''));
    const piece = call
      ? Object.assign(document.createElement('a'), { className: keptClass, href: call })
      : Object.assign(document.createElement('span'), { className: keptClass });
    piece.append(...g.runs.map(node));
    return [piece];
  });
}

/** Plain text as nodes, numbers kept on one line. */
export const keptText = (text: string, inLink = false): Node[] => keptNodes([{ text, mark: false }], inLink);
