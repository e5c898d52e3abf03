import { suite, suiteFiles } from './vitest.suites.ts';

// `npm run test:scale`: the large generated corpus (thousands of pages); it builds what it needs.
export default suite('scale', {
  include: suiteFiles.scale,
  testTimeout: 120_000,
  hookTimeout: 900_000,
  fileParallelism: false,
});
