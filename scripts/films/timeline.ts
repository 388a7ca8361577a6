// The film's timeline, from a demo's manifest (scripts/films/manifest.ts) and its videos' lengths: where each
// video starts, when each page is the one in front on its computer, which computer is acting (its step is
// running), and one cue per step. Pure: times in seconds from the first video's first frame.
import type { FilmManifest, ManifestComputer, ManifestPage } from "./manifest";

export interface Interval {
  start: number;
  end: number;
}

export interface Cue extends Interval {
  /** "Step 18 of 19 · Remote Desktop Licensing Manager · second key pack". */
  label: string;
  text: string;
}

interface FilmInput {
  page: ManifestPage;
  /** Index of its computer in `lanes`. */
  lane: number;
  /** Where its video starts on the film. */
  offset: number;
  /** When it is the page in front on its computer (a tab the step works in). */
  shown: Interval[];
}

export interface FilmTimeline {
  duration: number;
  lanes: { computer: ManifestComputer; active: Interval[] }[];
  inputs: FilmInput[];
  cues: Cue[];
}

/** Joins touching intervals, drops empty ones. */
export function mergeIntervals(intervals: Interval[]): Interval[] {
  const merged: Interval[] = [];
  for (const next of [...intervals].filter((i) => i.end > i.start).sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && next.start <= last.end + 1e-6) last.end = Math.max(last.end, next.end);
    else merged.push({ ...next });
  }
  return merged;
}

/**
 * `durations`: each page's video length in seconds (by page id). Pages without a video are left out; a
 * computer whose pages have none is left out too.
 */
export function filmTimeline(manifest: FilmManifest, durations: Record<string, number>): FilmTimeline {
  const pages = manifest.pages.filter((p) => (durations[p.id] ?? 0) > 0);
  if (pages.length === 0) throw new Error(`${manifest.title}: no videos to compose`);
  const t0 = Math.min(...pages.map((p) => p.openedAt));
  const seconds = (ms: number) => (ms - t0) / 1000;
  const steps = [...manifest.steps].sort((a, b) => a.startedAt - b.startedAt);
  const videoEnd = Math.max(...pages.map((p) => seconds(p.openedAt) + durations[p.id]!));
  const duration = Math.max(videoEnd, ...steps.map((s) => seconds(s.endedAt)));

  const computers = manifest.computers.filter((c) => pages.some((p) => p.computer === c.id));
  const pageById = new Map(pages.map((p) => [p.id, p]));
  const laneOf = (computerId: string) => computers.findIndex((c) => c.id === computerId);

  // The page in front on a computer: the last one opened or stepped in.
  const inputs: FilmInput[] = pages.map((page) => ({ page, lane: laneOf(page.computer), offset: seconds(page.openedAt), shown: [] }));
  for (const computer of computers) {
    const events = [
      ...pages.filter((p) => p.computer === computer.id).map((p) => ({ at: seconds(p.openedAt), page: p.id })),
      ...steps.filter((s) => pageById.get(s.page)?.computer === computer.id).map((s) => ({ at: seconds(s.startedAt), page: s.page })),
    ].sort((a, b) => a.at - b.at);
    events.forEach((event, i) => {
      const input = inputs.find((x) => x.page.id === event.page)!;
      input.shown.push({ start: event.at, end: events[i + 1]?.at ?? duration });
    });
  }
  for (const input of inputs) input.shown = mergeIntervals(input.shown);

  const cues: Cue[] = steps.map((step, i) => ({
    start: seconds(step.startedAt),
    end: i + 1 < steps.length ? seconds(steps[i + 1]!.startedAt) : duration,
    label: step.label,
    text: step.text,
  }));
  const lanes = computers.map((computer) => ({
    computer,
    active: mergeIntervals(steps.flatMap((step, i) => (pageById.get(step.page)?.computer === computer.id ? [{ start: cues[i]!.start, end: cues[i]!.end }] : []))),
  }));
  return { duration, lanes, inputs, cues };
}

/** How far into a step the poster is taken: the step's page has drawn what the step shows. */
const POSTER_INTO_STEP = 1.5;

/**
 * The poster's moment: a step from the middle of the demo on when every computer shows a page (the
 * telephone demo's agent opens the Phone desk only at its third step), else the middle step.
 */
export function posterTime(timeline: FilmTimeline): number {
  const { cues, lanes, inputs } = timeline;
  const at = (cue: Cue) => Math.min(cue.start + POSTER_INTO_STEP, (cue.start + cue.end) / 2);
  const everyLaneShows = (t: number) => lanes.every((_, lane) => inputs.some((i) => i.lane === lane && i.shown.some((s) => s.start <= t && t < s.end)));
  const middle = Math.floor(cues.length / 2);
  const order = [...cues.slice(middle), ...cues.slice(0, middle).reverse()];
  const chosen = order.find((cue) => everyLaneShows(at(cue))) ?? cues[middle];
  return chosen ? at(chosen) : 0;
}
