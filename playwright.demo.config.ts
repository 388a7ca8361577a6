// Demo mode (`npm run demo`): the demos of e2e/demo, slowed down so people can follow them, each recorded
// as a video, a trace and a screenshot per step, into demo-output/ (the HTML report links them all), and
// its film composed as it ends (scripts/films/film-reporter.ts).
// Everything else (browser, server, database) is playwright.config.ts's.
import { defineConfig, devices } from "@playwright/test";
import base from "./playwright.config";

// A pause after each action, long enough to see what was clicked; DEMO_SLOW_MO=600 for a slower showing.
const slowMo = Number(process.env.DEMO_SLOW_MO ?? 200);

export default defineConfig(base, {
  testDir: "e2e/demo",
  testIgnore: [],
  // One project of its own: the base's projects leave e2e/demo out (npm test) or take only the slow specs.
  projects: [{ name: "demo", use: { ...devices["Desktop Chrome"] } }],
  outputDir: "demo-output/test-results",
  // Two at a time: most of a demo's time is the slow-motion pauses, so two demos share a 2-core machine
  // (the films looked right) and `npm run demo` stays under 8 minutes. E2E_WORKERS=1 to follow one live.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  timeout: 15 * 60_000,
  expect: { timeout: 30_000 },
  // e2e/demo/demo-step.ts reads this: screenshots per step and slow typing.
  metadata: { demo: true },
  reporter: [["list"], ["./e2e/summary-reporter.ts"], ["html", { outputFolder: "demo-output/report", open: "never" }], ["./scripts/films/film-reporter.ts"]],
  use: {
    // scripts/demo.ts turns videos off when no ffmpeg can encode them.
    video: process.env.DEMO_VIDEO === "off" ? "off" : { mode: "on", size: { width: 1280, height: 720 } },
    trace: "on",
    screenshot: "on",
    launchOptions: { ...base.use?.launchOptions, slowMo },
  },
});
