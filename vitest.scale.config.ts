import { defineConfig } from 'vitest/config';

// The large generated corpus (thousands of pages): `npm run test:scale`, which .ci/run runs after
// `npm test`. It builds what it needs itself.
export default defineConfig({
  test: {
    include: ['tests/scale/**/*.test.ts'],
    expect: { requireAssertions: true, poll: { timeout: 15_000 } },
    testTimeout: 120_000,
    hookTimeout: 900_000,
    fileParallelism: false,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/scale.json' },
  },
});
