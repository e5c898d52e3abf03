import type { Root } from 'mdast';
import { mirroredFileParts } from '../content-layout';
import { bodyFacts, type Body } from '../validate/body';

// The build parses each Markdown body once. Its renderer (Astro's Markdown pipeline, with this
// plugin first among the transforms) hands the check the facts of the tree it has just parsed,
// before anything changes it; the check (src/lib/validate/session.ts) asks for them by file.

type Wanted = Map<string, (body: Body) => void>;
const wanted: Wanted = ((globalThis as Record<symbol, unknown>)[Symbol.for('masm.body-facts')] ??=
  new Map()) as Wanted;

/** Ask for the facts of the body of `path` (absolute) the next time the renderer parses it. */
export function awaitBodyFacts(path: string, take: (body: Body) => void) {
  wanted.set(path, take);
}

export function remarkBodyFacts() {
  return (tree: Root, file: { path?: string; value?: unknown }) => {
    const take = file.path ? wanted.get(file.path) : undefined;
    if (!take) return;
    wanted.delete(file.path!);
    const collection = mirroredFileParts(file.path)?.collection;
    if (collection) take(bodyFacts(tree, String(file.value ?? ''), collection));
  };
}
