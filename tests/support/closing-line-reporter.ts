// Vitest reporter that ends the run with the plain line `N passed, N failed` (CI reads it; Vitest's
// own summary may not be recognised). Used next to the default reporter (see vitest.config.ts).
// Every test counts once; a test file that fails outside any test (it does not load, a hook
// throws), an unhandled error and an interrupted run each count as one more failure.
// When CLOSING_LINE_FILE is set the line is also written there, for scripts/test.sh.
import { writeFileSync } from 'node:fs';
import type { Reporter, SerializedError, TestModule, TestRunEndReason } from 'vitest/node';

export default class ClosingLineReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ): void {
    let passed = 0;
    let failed = 0;
    for (const testModule of testModules) {
      let failedHere = 0;
      for (const testCase of testModule.children.allTests()) {
        const state = testCase.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failedHere++;
      }
      if (failedHere === 0 && testModule.state() === 'failed') failedHere = 1;
      failed += failedHere;
    }
    failed += unhandledErrors.length;
    if (reason !== 'passed' && failed === 0) failed = 1;

    const line = `${passed} passed, ${failed} failed`;
    process.stdout.write(`${line}\n`);
    const file = process.env.CLOSING_LINE_FILE;
    if (file) writeFileSync(file, `${line}\n`);
  }
}
