import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenCases } from '../helpers/broken-cases';
import { contentTree, fixtureProject, type Changes } from '../helpers/content-fixture';
import { contentMessages, traceIn } from '../helpers/output';

// The build's verdict is the check's verdict: for every content problem the tests know, `npm run
// build` prints exactly the messages of `npm run check:content` (file, line, Mongolian then
// English), then its one-line summary, and no stack trace, JSON dump or library message; and it
// writes nothing. Cases that change different files share a tree, so a few builds cover them all.

/** The cases in groups whose changes touch different files (each group is one content tree). */
function groups(cases: typeof brokenCases) {
  const out: { changes: Changes; names: string[] }[] = [];
  for (const [name, changes] of cases) {
    const files = Object.keys(changes);
    const group = out.find((g) => files.every((f) => !(f in g.changes)));
    if (group) {
      Object.assign(group.changes, changes);
      group.names.push(name);
    } else out.push({ changes: { ...changes }, names: [name] });
  }
  return out;
}

const cleanup: (() => void)[] = [];
afterAll(() => cleanup.forEach((c) => c()));

describe.concurrent.each(groups(brokenCases).map((g, i) => [i + 1, g] as const))(
  'content tree %i of the broken cases',
  (_, group) => {
    it(`prints the same messages from check:content and the build: ${group.names.join('; ')}`, async () => {
      const tree = contentTree(group.changes);
      const project = fixtureProject();
      cleanup.push(tree.cleanup, project.cleanup);
      const build = await project.build(tree.root);
      const check = await project.check();
      expect(check.status).toBe(1);
      expect(build.status).not.toBe(0);
      expect(existsSync(project.dist)).toBe(false);
      const messages = contentMessages(check.output);
      expect(messages.length).toBeGreaterThanOrEqual(group.names.length);
      expect(contentMessages(build.output)).toEqual(messages);
      expect(build.output).toMatch(/the build stopped before writing anything\.\n/);
      expect(traceIn(build.output), build.output).toBeUndefined();
      expect(traceIn(check.output), check.output).toBeUndefined();
      expect(build.output).not.toMatch(/\[\{"file"|duplicated mapping key|YAMLException/);
    }, 120_000);
  },
);
