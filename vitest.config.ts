import { defineConfig } from 'vitest/config';
import { deploySuites } from './vitest.deploy.config.ts';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Lighthouse, the release pipeline, the deploy fault suite and the large corpus run apart:
    // `npm run test:lighthouse`, `npm run test:deploy`, `npm run test:faults`, `npm run test:scale`.
    exclude: [
      'tests/lighthouse/**',
      'tests/scale/**',
      'tests/faults/**',
      ...deploySuites(),
      'node_modules/**',
    ],
    // Builds the real site (dist/) and the fixture site once for every test file.
    globalSetup: ['tests/global-setup.ts'],
    // Most test files wait on a browser, a server or a build: three at once use both cores
    // (vitest's default here would be one).
    maxWorkers: 3,
    // A test that asserts nothing fails. Polls wait up to 15 s: vitest's 1 s default is shorter than
    // a browser can need on two busy cores.
    expect: { requireAssertions: true, poll: { timeout: 15_000 } },
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // The JSON report is what .ci/run counts for its closing line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
