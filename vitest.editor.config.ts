import { suite, suiteFiles } from './vitest.suites.ts';

// `npm run test:editor`: the editor as officers use it, in Chromium; it builds what it serves itself.
export default suite('editor', {
  include: suiteFiles.editor,
  fileParallelism: false,
  testTimeout: 120_000,
});
