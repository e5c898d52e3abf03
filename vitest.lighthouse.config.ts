import { defineConfig } from 'vitest/config';

// Lighthouse runs apart from `npm test` (about two minutes); .ci/run runs both.
export default defineConfig({
  test: {
    include: ['tests/lighthouse/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/lighthouse.json' },
  },
});
