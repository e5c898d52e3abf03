import { suite, suiteFiles } from './vitest.suites.ts';

// `npm run test:faults`. The deploy faults build their own small projects (.cache/faults/) and need
// root for chattr and tmpfs; the content faults build every broken content case the tests know, to
// compare the build's messages with check:content's.
export default suite('faults', {
  include: suiteFiles.faults,
  testTimeout: 120_000,
  hookTimeout: 900_000,
  // The content faults' builds run side by side within their file; the files one after the other.
  fileParallelism: false,
});
