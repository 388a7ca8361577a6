// `npm run demo`'s last part (scripts/demo.ts): one film per demo from the videos and manifests the demos left
// in demo-output/test-results (e2e/demo/film-log.ts), with a poster, a chapters and a subtitles track, both
// checked against the steps' start times, and demo-output/films/index.html to watch them all.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { FILM_FPS, filmLayout, filterGraph } from "./filter-graph";
import { indexHtml, type FilmEntry } from "./index-html";
import { MANIFEST_FILE, type FilmManifest } from "./manifest";
import { filmTimeline } from "./timeline";
import { chaptersVtt, checkTrack, subtitlesVtt } from "./vtt";

const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

export interface FilmTools {
  ffmpeg: string;
  ffprobe: string;
}

/** The system's ffmpeg and ffprobe (Playwright's own ffmpeg build records only: no filters, no probing). */
export function findFilmTools(): FilmTools | null {
  const which = (name: string) => {
    try {
      return execFileSync("which", [name], { encoding: "utf8" }).trim() || null;
    } catch {
      return null;
    }
  };
  const ffmpeg = process.env.FFMPEG_PATH ?? which("ffmpeg");
  const ffprobe = ffmpeg && existsSync(path.join(path.dirname(ffmpeg), "ffprobe")) ? path.join(path.dirname(ffmpeg), "ffprobe") : which("ffprobe");
  return ffmpeg && ffprobe ? { ffmpeg, ffprobe } : null;
}

interface Probe {
  duration: number;
  width: number;
  height: number;
}

function probe(tools: FilmTools, file: string): Probe {
  const out = execFileSync(tools.ffprobe, ["-v", "error", "-select_streams", "v:0", "-show_entries", "stream=width,height:format=duration", "-of", "json", file], { encoding: "utf8" });
  const json = JSON.parse(out) as { streams: { width: number; height: number }[]; format: { duration?: string } };
  let duration = Number(json.format.duration);
  if (!Number.isFinite(duration)) {
    // Some WebM files carry no duration: the last packet's time says it.
    const last = execFileSync(tools.ffprobe, ["-v", "error", "-select_streams", "v:0", "-show_entries", "packet=pts_time", "-of", "csv=p=0", file], { encoding: "utf8" }).trim().split("\n").at(-1);
    duration = Number(last);
  }
  return { duration, width: json.streams[0]!.width, height: json.streams[0]!.height };
}

function manifests(results: string): string[] {
  if (!existsSync(results)) return [];
  return readdirSync(results, { recursive: true, encoding: "utf8" })
    .filter((f) => path.basename(f) === MANIFEST_FILE)
    .map((f) => path.join(results, f))
    .sort();
}

function run(tools: FilmTools, args: string[]) {
  const result = spawnSync(tools.ffmpeg, ["-hide_banner", "-loglevel", "error", "-y", ...args], { encoding: "utf8", stdio: ["ignore", "inherit", "pipe"] });
  if (result.status !== 0) throw new Error(`ffmpeg failed (${result.status}): ${result.stderr.slice(-2000)}`);
}

/** Composes one film; returns its entry for the index. Throws when its tracks do not match its steps. */
function composeFilm(tools: FilmTools, manifestFile: string, out: string): FilmEntry {
  const dir = path.dirname(manifestFile);
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as FilmManifest;
  const probes: Record<string, Probe> = {};
  for (const page of manifest.pages) {
    const file = path.join(dir, page.video);
    if (existsSync(file)) probes[page.id] = probe(tools, file);
  }
  const timeline = filmTimeline(manifest, Object.fromEntries(Object.entries(probes).map(([id, p]) => [id, p.duration])));
  const sizes = timeline.lanes.map((lane) => {
    const first = timeline.inputs.find((i) => i.page.computer === lane.computer.id)!;
    return probes[first.page.id]!;
  });
  const layout = filmLayout(sizes);
  const graph = filterGraph(timeline, layout, existsSync(FONT) ? FONT : undefined);
  const film = `${manifest.slug}.webm`;
  const inputs = timeline.inputs.flatMap((input) => ["-i", path.join(dir, input.page.video)]);
  // VP8 in real-time mode: a 2-core machine composes a minute of film in well under a minute.
  run(tools, [...inputs, "-filter_complex", graph, "-map", "[film]", "-r", String(FILM_FPS), "-c:v", "libvpx", "-deadline", "realtime", "-cpu-used", "16", "-b:v", "2500k", "-crf", "10", "-threads", "2", "-t", timeline.duration.toFixed(3), path.join(out, film)]);

  const duration = probe(tools, path.join(out, film)).duration;
  const poster = `${manifest.slug}.png`;
  // The poster: a moment from the middle of the demo, when both computers have something to show.
  const middle = timeline.cues[Math.floor(timeline.cues.length / 2)];
  run(tools, ["-ss", Math.min(duration - 0.1, (middle?.start ?? 0) + 1.5).toFixed(3), "-i", path.join(out, film), "-frames:v", "1", path.join(out, poster)]);

  const chapters = `${manifest.slug}.chapters.vtt`;
  const subtitles = `${manifest.slug}.subtitles.vtt`;
  writeFileSync(path.join(out, chapters), chaptersVtt(timeline.cues));
  writeFileSync(path.join(out, subtitles), subtitlesVtt(timeline.cues));
  // The check: read back what was written, against the manifest's own step times.
  const t0 = Math.min(...manifest.pages.filter((p) => probes[p.id]).map((p) => p.openedAt));
  const stepStarts = manifest.steps.map((s) => (s.startedAt - t0) / 1000).sort((a, b) => a - b);
  const problems = [chapters, subtitles].flatMap((track) => checkTrack(track, readFileSync(path.join(out, track), "utf8"), stepStarts, duration));
  if (problems.length) throw new Error(`The tracks of ${film} do not match its steps:\n  ${problems.join("\n  ")}`);
  return { title: manifest.title, film, poster, chapters, subtitles, duration, cues: timeline.cues };
}

/** Composes every demo's film into `out`; returns false (after saying why) when one could not be made. */
export function composeFilms(tools: FilmTools, results: string, out: string): boolean {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const entries: FilmEntry[] = [];
  let ok = true;
  for (const manifest of manifests(results)) {
    const started = Date.now();
    try {
      const entry = composeFilm(tools, manifest, out);
      entries.push(entry);
      console.log(`    film   ${path.join(path.relative(process.cwd(), out), entry.film)} (${entry.duration.toFixed(1)} s, ${entry.cues.length} steps; composed in ${((Date.now() - started) / 1000).toFixed(0)} s)`);
    } catch (error) {
      ok = false;
      console.error(`==> Film of ${path.relative(results, path.dirname(manifest))} failed: ${(error as Error).message}`);
    }
  }
  writeFileSync(path.join(out, "index.html"), indexHtml(entries));
  return ok;
}

