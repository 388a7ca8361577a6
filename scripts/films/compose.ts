// One demo's film (scripts/films/film-reporter.ts composes each as soon as its demo ends): from the videos and
// the manifest the demo left in its output folder (e2e/demo/film-log.ts), the film with a poster, a chapters
// and a subtitles track, both checked against the steps' start times. ffmpeg runs in the background, niced,
// so the next demo's recording keeps its frames.
import { execFile, execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { FILM_FPS, filmLayout, filterGraph } from "./filter-graph";
import type { FilmEntry } from "./index-html";
import type { FilmManifest } from "./manifest";
import { filmTimeline, posterTime } from "./timeline";
import { chaptersVtt, checkTrack, subtitlesVtt } from "./vtt";

const execFileAsync = promisify(execFile);
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

async function probe(tools: FilmTools, file: string): Promise<Probe> {
  const { stdout: out } = await execFileAsync(tools.ffprobe, ["-v", "error", "-select_streams", "v:0", "-show_entries", "stream=width,height:format=duration", "-of", "json", file], { encoding: "utf8" });
  const json = JSON.parse(out) as { streams: { width: number; height: number }[]; format: { duration?: string } };
  let duration = Number(json.format.duration);
  if (!Number.isFinite(duration)) {
    // Some WebM files carry no duration: the last packet's time says it.
    const { stdout } = await execFileAsync(tools.ffprobe, ["-v", "error", "-select_streams", "v:0", "-show_entries", "packet=pts_time", "-of", "csv=p=0", file], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    const last = stdout.trim().split("\n").at(-1);
    duration = Number(last);
  }
  return { duration, width: json.streams[0]!.width, height: json.streams[0]!.height };
}

/** ffmpeg at a lower priority than the browser that records the next demo. */
async function run(tools: FilmTools, args: string[]) {
  try {
    await execFileAsync("nice", ["-n", "10", tools.ffmpeg, "-hide_banner", "-loglevel", "error", "-y", ...args], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { code, stderr } = error as { code?: number; stderr?: string };
    throw new Error(`ffmpeg failed (${code}): ${(stderr ?? String(error)).slice(-2000)}`);
  }
}

/** Composes one film into `out`; returns its entry for the index. Throws when its tracks do not match its steps. */
export async function composeFilm(tools: FilmTools, manifestFile: string, out: string): Promise<FilmEntry> {
  const dir = path.dirname(manifestFile);
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as FilmManifest;
  const probes: Record<string, Probe> = {};
  for (const page of manifest.pages) {
    const file = path.join(dir, page.video);
    if (existsSync(file)) probes[page.id] = await probe(tools, file);
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
  await run(tools, [...inputs, "-filter_complex", graph, "-map", "[film]", "-r", String(FILM_FPS), "-c:v", "libvpx", "-deadline", "realtime", "-cpu-used", "16", "-b:v", "2500k", "-crf", "10", "-threads", "2", "-t", timeline.duration.toFixed(3), path.join(out, film)]);

  const duration = (await probe(tools, path.join(out, film))).duration;
  const poster = `${manifest.slug}.png`;
  await run(tools, ["-ss", Math.min(duration - 0.1, posterTime(timeline)).toFixed(3), "-i", path.join(out, film), "-frames:v", "1", path.join(out, poster)]);

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
