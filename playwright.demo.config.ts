// Demo mode (`npm run demo`): the demos of e2e/demo, slowed down so people can follow them, each recorded
// as a video, a trace and a screenshot per step, into demo-output/ (the HTML report links them all).
// Everything else (browser, server, database) is playwright.config.ts's.
import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

const slowMo = Number(process.env.DEMO_SLOW_MO ?? 300);

export default defineConfig(base, {
  testDir: "e2e/demo",
  outputDir: "demo-output/test-results",
  // One at a time: the videos stay smooth on a 2-core machine, and a viewer can follow the run live.
  workers: Number(process.env.E2E_WORKERS ?? 1),
  timeout: 15 * 60_000,
  expect: { timeout: 30_000 },
  // e2e/demo/demo-step.ts reads this: screenshots per step and slow typing.
  metadata: { demo: true },
  reporter: [["list"], ["./e2e/summary-reporter.ts"], ["html", { outputFolder: "demo-output/report", open: "never" }]],
  use: {
    // scripts/demo.ts turns videos off when no ffmpeg can encode them.
    video: process.env.DEMO_VIDEO === "off" ? "off" : { mode: "on", size: { width: 1280, height: 720 } },
    trace: "on",
    screenshot: "on",
    launchOptions: { ...base.use?.launchOptions, slowMo },
  },
});
