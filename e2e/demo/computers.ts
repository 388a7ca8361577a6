// Another computer in a demo: a browser context of its own (its own cookies, like the customer's computer
// with Internet connectivity, or a Clearinghouse agent's). Playwright records videos only of the contexts
// it makes itself, so in demo mode this one records its pages too and attaches the videos to the report.
import { rmSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { test } from "../fixtures";
import { countPointerEvents } from "../pages/input";
import { isDemoMode } from "./demo-step";
import { filmLog } from "./film-log";
import { flushLabels, nameComputer } from "./label-log";

export interface Computer {
  context: BrowserContext;
  /** Pointer events seen so far (always 0 unless `watchPointer`). */
  pointerEvents: () => number;
  /** Closes the context; in demo mode, attaches the video of each of its pages. */
  close: () => Promise<void>;
}

export async function openComputer(browser: Browser, label: string, options: { watchPointer?: boolean } = {}): Promise<Computer> {
  const info = test.info();
  const record = isDemoMode() && info.project.use.video !== "off";
  const size = info.project.use.viewport ?? { width: 1280, height: 720 };
  const videoDir = info.outputPath(`video-${label.replace(/\W+/g, "-")}`);
  const context = await browser.newContext(record ? { recordVideo: { dir: videoDir, size } } : {});
  nameComputer(context, label);
  const pointerEvents = options.watchPointer ? await countPointerEvents(context) : () => 0;
  const pages: Page[] = [];
  context.on("page", (page) => pages.push(page));
  const videoName = (i: number) => `video-${label.replace(/\W+/g, "-")}${i ? `-${i}` : ""}.webm`;
  if (record) filmLog(info)?.watch(context, label, videoName);
  return {
    context,
    pointerEvents,
    close: async () => {
      await flushLabels(context.pages());
      await context.close();
      for (const [i, video] of pages.map((p) => p.video()).entries()) {
        if (!video) continue;
        // Saved under the name the film log gave it (e2e/demo/film-log.ts), then attached to the report.
        const saved = info.outputPath(videoName(i));
        await video.saveAs(saved);
        await info.attach(`video (${label})`, { path: saved, contentType: "video/webm" });
      }
      rmSync(videoDir, { recursive: true, force: true });
    },
  };
}
