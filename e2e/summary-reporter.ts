// Prints one plain closing line ("e2e: N passed, N failed, N skipped") that CI logs can be read by, and the
// slowest tests, so whoever keeps `npm test` within its budget sees where the time goes.
import type { Reporter, TestCase, TestResult } from "@playwright/test/reporter";

const SLOWEST_SHOWN = 12;

export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;
  private durations: { title: string; ms: number }[] = [];

  onTestEnd(test: TestCase, result: TestResult) {
    // The path from the file down (describe blocks included: every-page runs one test per viewport).
    this.durations.push({ title: test.titlePath().slice(2).join(" › "), ms: result.duration });
    if (result.retry < test.retries && result.status !== "passed" && result.status !== "skipped") return; // retried later
    if (result.status === "skipped") this.skipped++;
    else if (test.outcome() === "expected" || test.outcome() === "flaky") this.passed++;
    else this.failed++;
  }

  onEnd() {
    const slowest = [...this.durations].sort((a, b) => b.ms - a.ms).slice(0, SLOWEST_SHOWN);
    if (slowest.length > 0) {
      const total = this.durations.reduce((sum, d) => sum + d.ms, 0);
      console.log(`e2e: slowest tests (of ${Math.round(total / 1000)} s of test time):`);
      for (const { title, ms } of slowest) console.log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${title}`);
    }
    console.log(`e2e: ${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped`);
  }

  printsToStdio() {
    return false;
  }
}
