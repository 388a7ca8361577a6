// Prints one plain closing line ("e2e: N passed, N failed, N skipped") that CI logs can be read by, the
// slowest tests and the spec files that take the most test time, so whoever keeps `npm test` within its
// budget sees where the time goes. Every test's time is also written to .data/e2e-times.json (the last
// run's), to compare two runs test by test.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { FullResult, Reporter, TestCase, TestResult } from "@playwright/test/reporter";

const SLOWEST_SHOWN = 12;
const FILES_SHOWN = 8;

export interface TestTime {
  file: string;
  title: string;
  ms: number;
  status: string;
}

export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;
  private durations: TestTime[] = [];
  private began = Date.now();

  onBegin() {
    this.began = Date.now();
  }

  onTestEnd(test: TestCase, result: TestResult) {
    // The path from the file down (describe blocks included).
    const file = path.relative(process.cwd(), test.location.file);
    this.durations.push({ file, title: test.titlePath().slice(3).join(" › "), ms: result.duration, status: result.status });
    if (result.retry < test.retries && result.status !== "passed" && result.status !== "skipped") return; // retried later
    if (result.status === "skipped") this.skipped++;
    else if (test.outcome() === "expected" || test.outcome() === "flaky") this.passed++;
    else this.failed++;
  }

  onEnd(result: FullResult) {
    const wallMs = Date.now() - this.began;
    const slowest = [...this.durations].sort((a, b) => b.ms - a.ms).slice(0, SLOWEST_SHOWN);
    if (slowest.length > 0) {
      const total = this.durations.reduce((sum, d) => sum + d.ms, 0);
      console.log(`e2e: slowest tests (of ${Math.round(total / 1000)} s of test time in ${Math.round(wallMs / 1000)} s):`);
      for (const { file, title, ms } of slowest) console.log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${file} › ${title}`);
      const byFile = new Map<string, { ms: number; tests: number }>();
      for (const d of this.durations) {
        const entry = byFile.get(d.file) ?? { ms: 0, tests: 0 };
        byFile.set(d.file, { ms: entry.ms + d.ms, tests: entry.tests + 1 });
      }
      console.log("e2e: spec files with the most test time:");
      for (const [file, { ms, tests }] of [...byFile].sort((a, b) => b[1].ms - a[1].ms).slice(0, FILES_SHOWN)) {
        console.log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${file} (${tests} tests)`);
      }
      mkdirSync(".data", { recursive: true });
      writeFileSync(".data/e2e-times.json", JSON.stringify({ status: result.status, wallMs, tests: this.durations }, null, 1) + "\n");
    }
    console.log(`e2e: ${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped`);
  }

  printsToStdio() {
    return false;
  }
}
