// The films of `npm run demo`, as decisions that can be tested (scripts/films/films.test.ts): compose them when
// the demos are recorded and the system has ffmpeg and ffprobe, otherwise say why they are skipped, which is
// not a failure of the demo (its traces and screenshots are still there); one film at a time, each started as
// soon as its demo ends, so composing overlaps the next demo; the index once all are made.
import type { FilmTools } from "./compose";
import type { FilmEntry } from "./index-html";

export interface FilmSteps {
  /** The system's ffmpeg and ffprobe, or null (compose.ts findFilmTools). */
  findTools: () => FilmTools | null;
  /** Composes the film of one manifest (compose.ts composeFilm). */
  compose: (tools: FilmTools, manifestFile: string) => Promise<FilmEntry>;
  /** Writes the index of the films made (index-html.ts). */
  writeIndex: (entries: FilmEntry[]) => void;
  log: (line: string) => void;
}

export const NO_TOOLS = "no system ffmpeg and ffprobe to compose them (sudo apt-get install ffmpeg)";
export const NO_VIDEO = "the demos ran without video";

export class FilmMaker {
  private readonly tools: FilmTools | null;
  private queue: Promise<void> = Promise.resolve();
  private readonly made: { order: string; entry: FilmEntry }[] = [];
  private failed = 0;

  /** `video`: the demos are recorded. */
  constructor(
    video: boolean,
    private readonly steps: FilmSteps,
  ) {
    this.tools = video ? steps.findTools() : null;
    if (this.tools) steps.log(`==> Films composed with ${this.tools.ffmpeg} into demo-output/films/ as each demo ends`);
    else steps.log(`==> Films skipped: ${video ? NO_TOOLS : NO_VIDEO}.`);
  }

  /** Queues the film of a demo that has ended (after the films queued before it). */
  add(manifestFile: string, name: string) {
    const tools = this.tools;
    if (!tools) return;
    this.queue = this.queue.then(async () => {
      const started = Date.now();
      try {
        const entry = await this.steps.compose(tools, manifestFile);
        this.made.push({ order: manifestFile, entry });
        this.steps.log(`    film   demo-output/films/${entry.film} (${entry.duration.toFixed(1)} s, ${entry.cues.length} steps; composed in ${((Date.now() - started) / 1000).toFixed(0)} s)`);
      } catch (error) {
        this.failed++;
        this.steps.log(`==> Film of "${name}" failed: ${(error as Error).message}`);
      }
    });
  }

  /** Waits for the films queued; writes the index. True unless a film could not be made. */
  async finish(): Promise<boolean> {
    await this.queue;
    if (!this.tools) return true;
    // In the order of the demos' folders, as the report lists them, whatever order they ended in.
    this.steps.writeIndex([...this.made].sort((a, b) => a.order.localeCompare(b.order)).map((m) => m.entry));
    this.steps.log("    index  demo-output/films/index.html");
    return this.failed === 0;
  }
}
