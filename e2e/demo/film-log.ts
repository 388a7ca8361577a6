// In demo mode with video, what a demo's film needs (scripts/films/manifest.ts): each computer (browser
// context) and page with the time it opened, and each step with its page and caption, written next to the
// test's videos when the test ends. scripts/films/film-reporter.ts composes the film from it; `npm test`
// records nothing.
import { writeFileSync } from "node:fs";
import type { BrowserContext, Page, TestInfo } from "@playwright/test";
import { MANIFEST_ATTACHMENT, MANIFEST_FILE, type FilmManifest, type ManifestStep } from "@/scripts/films/manifest";

export class FilmLog {
  private readonly manifest: FilmManifest;
  private readonly pageIds = new Map<Page, string>();

  constructor(private readonly info: TestInfo) {
    const words = info.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    const slug = words.length > 60 ? words.slice(0, 61).replace(/-[^-]*$/, "") : words;
    this.manifest = { title: info.title, slug, computers: [], pages: [], steps: [] };
  }

  /** A computer: its pages so far and those it opens later; `video(i)` names the file its i-th page's video is saved as. */
  watch(context: BrowserContext, label: string, video: (index: number) => string) {
    const computer = `computer-${this.manifest.computers.length + 1}`;
    this.manifest.computers.push({ id: computer, label });
    let count = 0;
    const add = (page: Page) => {
      const id = `page-${this.manifest.pages.length + 1}`;
      this.pageIds.set(page, id);
      this.manifest.pages.push({ id, computer, openedAt: Date.now(), video: video(count++) });
    };
    context.pages().forEach(add);
    context.on("page", add);
  }

  step(page: Page, step: Omit<ManifestStep, "page">) {
    const id = this.pageIds.get(page);
    if (id) this.manifest.steps.push({ page: id, ...step });
  }

  /**
   * Writes the manifest beside the videos and attaches where it is (not a copy: an attached file is copied
   * elsewhere, away from the videos its paths name), so scripts/films/film-reporter.ts composes the film.
   */
  async write() {
    const file = this.info.outputPath(MANIFEST_FILE);
    writeFileSync(file, `${JSON.stringify(this.manifest, null, 2)}\n`);
    await this.info.attach(MANIFEST_ATTACHMENT, { body: file, contentType: "text/plain" });
  }
}

const logs = new WeakMap<TestInfo, FilmLog>();

/** Starts the test's film log (demo mode with video only). */
export function startFilmLog(info: TestInfo): FilmLog | undefined {
  if (info.config.metadata?.demo !== true || info.project.use.video === "off") return undefined;
  const log = new FilmLog(info);
  logs.set(info, log);
  return log;
}

export function filmLog(info: TestInfo): FilmLog | undefined {
  return logs.get(info);
}
