import { defineConfig } from 'vitest/config';

// The deploy fault suite (tests/faults/): `npm run test:faults`, which .ci/run runs after `npm test`.
// It builds its own small projects (.cache/faults/) and needs root for chattr and tmpfs.
export default defineConfig({
  test: {
    include: ['tests/faults/**/*.test.ts'],
    expect: { requireAssertions: true, poll: { timeout: 15_000 } },
    testTimeout: 120_000,
    hookTimeout: 900_000,
    fileParallelism: false,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/faults.json' },
  },
});
