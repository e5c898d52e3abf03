import { defineConfig } from 'vitest/config';

// The fault suites (tests/faults/): `npm run test:faults`, which .ci/run runs after `npm test`. The
// deploy faults build their own small projects (.cache/faults/) and need root for chattr and
// tmpfs; the content faults build every broken content case the tests know, to compare the
// build's messages with check:content's.
export default defineConfig({
  test: {
    include: ['tests/faults/**/*.test.ts'],
    expect: { requireAssertions: true, poll: { timeout: 15_000 } },
    testTimeout: 120_000,
    hookTimeout: 900_000,
    // The content faults' builds run side by side within their file; the files one after the other.
    fileParallelism: false,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/faults.json' },
  },
});
