import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rules } from '../../src/lib/schemas/rules';
import { validateContent } from '../../src/lib/validate/index';
import { brokenCases as cases } from '../helpers/broken-cases';
import { checkContent, contentTree, fixtureProject } from '../helpers/content-fixture';

// One broken file per kind of mistake an author can make, on a small valid site. Each must be
// refused by check:content (exit 1, naming file and field) and stop the build before it writes.


describe('a broken content file', () => {
  const trees: { cleanup: () => void }[] = [];
  afterAll(() => trees.forEach((t) => t.cleanup()));

  it.each(cases)('%s is refused naming the file and the field', (_case, changes, file, field) => {
    const tree = contentTree(changes);
    trees.push(tree);
    const problems = validateContent(join(tree.root, '..'), { contentRoot: tree.root });
    expect(problems.map((p) => `${p.file} [${p.field}]`)).toContain(`content/${file} [${field}]`);
    for (const p of problems) {
      expect(p.expected.mn && p.expected.en, JSON.stringify(p)).toBeTruthy();
      // A schema names its rule to zod by the rule's name; the author reads its words.
      expect(Object.keys(rules), JSON.stringify(p)).not.toContain(p.expected.en);
    }
  });
});

// Two of the cases through the command and the build as well: the same report, nothing written.
describe.concurrent.each([cases[0], cases.find((c) => c[0] === 'a link to a page that does not exist')!])(
  '%s',
  (_case, changes, file, field) => {
    const tree = contentTree(changes);
    afterAll(() => tree.cleanup());

    it('stops check:content with exit code 1, naming the file and the field', async () => {
      const check = await checkContent(tree.root);
      expect(check.status, check.output).toBe(1);
      expect(check.output).toContain(`content/${file}`);
      expect(check.output).toContain(`[${field}]`);
    });

    it('stops the build before it writes anything', async () => {
      const project = fixtureProject();
      const build = await project.build(tree.root);
      const written = existsSync(project.dist);
      project.cleanup();
      expect(build.status, build.output).not.toBe(0);
      expect(build.output).toContain(`content/${file}`);
      expect(written).toBe(false);
    });
  },
);
