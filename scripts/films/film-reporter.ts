// The Playwright reporter of `npm run demo` (playwright.demo.config.ts) that makes the films: each demo's film
// is composed as soon as the demo ends, from the manifest it attached (e2e/demo/film-log.ts), while the next
// demo runs; the run waits for the last one, writes demo-output/films/index.html, and fails if a film could not
// be made (a track that does not match its steps, an ffmpeg error).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { FullConfig, FullResult, Reporter, TestCase, TestResult } from "@playwright/test/reporter";
import { composeFilm, findFilmTools } from "./compose";
import { indexHtml } from "./index-html";
import { FilmMaker } from "./make-films";
import { MANIFEST_ATTACHMENT } from "./manifest";

const FILMS = path.resolve(import.meta.dirname, "../../demo-output/films");

export default class FilmReporter implements Reporter {
  private maker: FilmMaker | undefined;

  onBegin(config: FullConfig) {
    rmSync(FILMS, { recursive: true, force: true });
    mkdirSync(FILMS, { recursive: true });
    const video = config.projects.some((p) => p.use.video !== undefined && p.use.video !== "off");
    this.maker = new FilmMaker(video, {
      findTools: findFilmTools,
      compose: (tools, manifest) => composeFilm(tools, manifest, FILMS),
      writeIndex: (entries) => writeFileSync(path.join(FILMS, "index.html"), indexHtml(entries)),
      log: (line) => console.log(line),
    });
  }

  onTestEnd(test: TestCase, result: TestResult) {
    // The attachment's body is the manifest's path (e2e/demo/film-log.ts).
    const manifest = result.attachments.find((a) => a.name === MANIFEST_ATTACHMENT)?.body?.toString();
    if (manifest) this.maker?.add(manifest, test.title);
  }

  async onEnd(): Promise<{ status?: FullResult["status"] } | undefined> {
    if (!this.maker) return undefined;
    const ok = await this.maker.finish();
    return ok ? undefined : { status: "failed" };
  }

  printsToStdio() {
    return false;
  }
}
