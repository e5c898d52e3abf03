import { suite, suiteFiles } from './vitest.suites.ts';

// `npm run test:deploy`: the release pipeline end to end, reading the same two builds as npm test.
export default suite('deploy', {
  include: suiteFiles.deploy,
  globalSetup: ['tests/global-setup.ts'],
  maxWorkers: 3,
});
