// Prints the closing line CI reads, "N passed, N failed", summed over vitest's JSON reports.
// Just above it, each failed test by file and name with its first message line: CI's record
// keeps the end of the output, and the runs above it are long.
import { existsSync, readFileSync } from 'node:fs';

const files = process.argv.slice(2);
let passed = 0;
let failed = 0;
let missing = false;
const failures = [];
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
  for (const suite of report.testResults ?? []) {
    const where = suite.name.replace(process.cwd() + '/', '');
    const failedTests = (suite.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const test of failedTests) {
      const first = (test.failureMessages?.[0] ?? '').split('\n').find((l) => l.trim()) ?? '';
      failures.push(`FAILED ${where} > ${test.fullName}\n       ${first.slice(0, 400)}`);
    }
    if (suite.status === 'failed' && failedTests.length === 0 && suite.message) {
      failures.push(
        `FAILED ${where} (outside any test)\n       ${suite.message.split('\n')[0].slice(0, 400)}`,
      );
    }
  }
}
for (const line of failures) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(missing || failed > 0 ? 1 : 0);
