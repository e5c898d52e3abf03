import { defineConfig, type ViteUserConfig } from 'vitest/config';

// The test suites, one config each: `npm test` (vitest.config.ts) and the ones .ci/run runs after
// it, each apart because it takes minutes: test:editor, test:deploy, test:faults, test:scale,
// test:lighthouse. What they share is written here once; `npm test` leaves the others' files out.

export const suiteFiles = {
  // The editor in Chromium over its own servers, one file at a time: each drives a browser, a
  // backend and a preview, and two at once on two cores make each slower than both in turn.
  editor: ['officer-task', 'editor', 'editor-terminal'].map((n) => `tests/editor/${n}.test.ts`),
  // The release pipeline end to end: real rsync, ssh and nginx against built copies of the site.
  deploy: ['pipeline', 'releases', 'releases-ssh', 'nginx-load', 'bucket'].map(
    (n) => `tests/deploy/${n}.test.ts`,
  ),
  faults: ['tests/faults/**/*.test.ts'],
  scale: ['tests/scale/**/*.test.ts'],
  lighthouse: ['tests/lighthouse/**/*.test.ts'],
};

type Test = NonNullable<ViteUserConfig['test']>;

/** A suite's config: its files, and its JSON report in test-results/ (what .ci/run counts). */
export function suite(report: string, test: Test) {
  return defineConfig({
    test: {
      // A test that asserts nothing fails. Polls wait up to 15 s: vitest's 1 s default is shorter
      // than a browser can need on two busy cores.
      expect: { requireAssertions: true, poll: { timeout: 15_000 } },
      testTimeout: 60_000,
      hookTimeout: 240_000,
      ...test,
      reporters: ['default', 'json'],
      outputFile: { json: `test-results/${report}.json` },
    },
  });
}
