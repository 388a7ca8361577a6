// Prints one plain closing line ("e2e: N passed, N failed, N skipped") that CI logs can be read by.
import type { Reporter, TestCase, TestResult } from "@playwright/test/reporter";

export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.retry < test.retries && result.status !== "passed" && result.status !== "skipped") return; // retried later
    if (result.status === "skipped") this.skipped++;
    else if (test.outcome() === "expected" || test.outcome() === "flaky") this.passed++;
    else this.failed++;
  }

  onEnd() {
    console.log(`e2e: ${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped`);
  }

  printsToStdio() {
    return false;
  }
}
