import { defineConfig } from 'vitest/config';

// The release pipeline end to end (tests/deploy/ pipeline, releases over a local target and over
// ssh, nginx under load): `npm run test:deploy`, which .ci/run runs after `npm test`. Each case
// runs real rsync, ssh and nginx against built copies of the site, minutes in all, so they run
// apart from `npm test` as the fault suite does; they read the same two builds.
export default defineConfig({
  test: {
    include: deploySuites(),
    globalSetup: ['tests/global-setup.ts'],
    maxWorkers: 3,
    expect: { requireAssertions: true, poll: { timeout: 15_000 } },
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/deploy.json' },
  },
});

/** The files of this suite; vitest.config.ts leaves the same out of `npm test`. */
export function deploySuites(): string[] {
  return ['pipeline', 'releases', 'releases-ssh', 'nginx-load'].map((n) => `tests/deploy/${n}.test.ts`);
}
