import { suite, suiteFiles } from './vitest.suites.ts';

// `npm run test:lighthouse`: about two minutes, over the real build.
export default suite('lighthouse', {
  include: suiteFiles.lighthouse,
  globalSetup: ['tests/global-setup.ts'],
  testTimeout: 180_000,
  hookTimeout: 180_000,
  fileParallelism: false,
});
