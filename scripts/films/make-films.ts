// `npm run demo`'s last part, as a decision that can be tested (scripts/films/make-films.test.ts): compose the
// films when the demos were recorded and the system has ffmpeg and ffprobe; otherwise say why they were
// skipped, which is not a failure of the demo (its traces and screenshots are still there).
import type { FilmTools } from "./compose";

export interface FilmSteps {
  /** The system's ffmpeg and ffprobe, or null (compose.ts findFilmTools). */
  findTools: () => FilmTools | null;
  /** Composes every film; false when one could not be made (compose.ts composeFilms). */
  compose: (tools: FilmTools) => boolean;
  log: (line: string) => void;
}

export const NO_TOOLS = "no system ffmpeg and ffprobe to compose them (sudo apt-get install ffmpeg)";
export const NO_VIDEO = "the demos ran without video";

/** True unless a film could not be composed. `video`: the demos were recorded. */
export function makeFilms(video: boolean, steps: FilmSteps): boolean {
  const tools = video ? steps.findTools() : null;
  if (!tools) {
    steps.log(`==> Films skipped: ${video ? NO_TOOLS : NO_VIDEO}.`);
    return true;
  }
  steps.log(`\n==> Composing the films with ${tools.ffmpeg} into demo-output/films/`);
  const ok = steps.compose(tools);
  steps.log("    index  demo-output/films/index.html");
  return ok;
}

/** The demo's exit code: Playwright's when it failed, else 1 only if a film could not be made. */
export function demoExitCode(playwrightStatus: number | null, filmsMade: boolean): number {
  if (playwrightStatus === null) return 1; // killed by a signal
  return playwrightStatus || (filmsMade ? 0 : 1);
}
