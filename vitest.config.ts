import { suite, suiteFiles } from './vitest.suites.ts';

// `npm test`: everything but the suites that run apart (vitest.suites.ts).
export default suite('vitest', {
  include: ['tests/**/*.test.ts'],
  exclude: [...Object.values(suiteFiles).flat(), 'node_modules/**'],
  // Builds the real site (dist/) and the fixture site once for every test file.
  globalSetup: ['tests/global-setup.ts'],
  // Most test files wait on a browser, a server or a build: three at once use both cores
  // (vitest's default here would be one).
  maxWorkers: 3,
});
