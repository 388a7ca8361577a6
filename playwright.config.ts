import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Run through `npm run test:e2e` (scripts/e2e.ts), which makes the database and sets DATABASE_URL.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

/** The system Chromium (scripts/lib.sh's find_chromium: the headless shell first); Playwright never downloads a browser here. */
function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium-headless-shell", "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error("No Chromium found. Install Debian's package (sudo apt-get install chromium-headless-shell) or set CHROMIUM_PATH to a Chromium or Chrome binary.");
  }
  return found;
}

export default defineConfig({
  testDir: "e2e",
  // The demos run in `npm run demo` (playwright.demo.config.ts), recorded and filmed; CI runs both. Their
  // flows are tested here too, faster, by the specs of each site.
  testIgnore: ["demo/**"],
  fullyParallel: true,
  // Three on our 2-core machines: with two, the runner, Chromium and the app kept about 0.8 of a core busy out of two
  // (404 tests: 415 s of CPU in 510 s; the app 0.4 s a test), the rest waiting on one another
  // (docs/decisions/034-suite-within-eight-minutes.md).
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 3,
  retries: 0,
  // A limit for a test that hangs, not a speed check: the longest flows (two trainees side by side, the
  // console and web site together) took 55 s of the former 60 on a loaded machine with two workers, and
  // 60+ with three (docs/decisions/034-suite-within-eight-minutes.md). Each step still waits 10 s at most.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["./e2e/summary-reporter.ts"], ...(process.env.CI ? [["html", { open: "never" }] as const] : [])],
  use: {
    baseURL,
    // Recording a trace of every test (kept only for a failure) cost a fifth of the suite's time on our 2-core
    // machines (e2e/console and e2e/forms, 84 tests: 166 s with, 132 s without; docs/decisions/034). A failure
    // still leaves its screenshot; E2E_TRACE=1 records traces again, to re-run a failing test with one.
    trace: process.env.E2E_TRACE === "1" ? "retain-on-failure" : "off",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  // "chromium": what `npm test` runs. "slow": the fuzzers, the concurrency and the kill tests of
  // e2e/reliability (all but coverage.spec.ts, which only reads the build), `npm run test:slow`, which CI
  // runs after `npm test`. A path given to `npm run test:e2e` finds its spec in either. (A project's
  // testIgnore replaces the one above, so it names the demos again.)
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: ["demo/**", /\/reliability\/(?!coverage\.spec\.ts$)/] },
    // Two workers, as before 034: the concurrency and kill tests time their own load.
    { name: "slow", workers: 2, use: { ...devices["Desktop Chrome"] }, testMatch: /\/reliability\/(?!coverage\.spec\.ts$)[^/]+\.spec\.ts$/ },
  ],
  webServer: {
    // node itself, not npx, so stopping it frees the port (docs/stack-traps.md trap 10); server/index.mjs is next start plus TRUST_PROXY.
    command: `node server/index.mjs -p ${port}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    // How long the app may take to answer /api/health (a cold start on a loaded machine), not a speed check.
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
