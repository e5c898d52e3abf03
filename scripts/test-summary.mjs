// Prints the closing line CI reads, "N passed, N failed", summed over vitest's JSON reports.
import { existsSync, readFileSync } from 'node:fs';

const files = process.argv.slice(2);
let passed = 0;
let failed = 0;
let missing = false;
for (const file of files) {
  if (!existsSync(file)) {
    console.error(`No test report at ${file}: that test run stopped before its tests (see above).`);
    missing = true;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  // A run can fail outside any test (a hook, an import): count it so the line never reads all-green.
  failed += report.numFailedTests + (report.success === false && report.numFailedTests === 0 ? 1 : 0);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(missing || failed > 0 ? 1 : 0);
