import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { findFilmTools } from "./compose";
import { FilmMaker, NO_TOOLS, NO_VIDEO, type FilmSteps } from "./make-films";
import type { FilmEntry } from "./index-html";
import { drawtextEscape, enableExpression, filmLayout, filterGraph } from "./filter-graph";
import type { FilmManifest } from "./manifest";
import { filmTimeline, mergeIntervals, posterTime } from "./timeline";
import { chaptersVtt, chapterTitle, checkTrack, parseVtt, subtitlesVtt, vttTime } from "./vtt";

const T0 = 1_800_000_000_000;
const at = (s: number) => T0 + s * 1000;

// The rebuild's shape: the console, a tab it opens, then another computer.
const manifest: FilmManifest = {
  title: "rebuild",
  slug: "rebuild",
  computers: [
    { id: "c1", label: "License server computer" },
    { id: "c2", label: "computer with Internet connectivity" },
  ],
  pages: [
    { id: "console", computer: "c1", openedAt: at(0), video: "video.webm" },
    { id: "tab", computer: "c1", openedAt: at(10), video: "video-1.webm" },
    { id: "other", computer: "c2", openedAt: at(30), video: "video-other.webm" },
  ],
  steps: [
    { page: "console", label: "Step 1 of 19 · Remote Desktop Licensing Manager", text: "Open it.", startedAt: at(1), endedAt: at(9) },
    { page: "tab", label: "Step 10 of 19 · Remote Desktop Services Licensing Web site", text: "Select.", startedAt: at(11), endedAt: at(19) },
    { page: "console", label: "Step 18 of 19 · Remote Desktop Licensing Manager", text: "Type the ID.", startedAt: at(20), endedAt: at(29) },
    { page: "other", label: "Step 10 of 19 · Remote Desktop Services Licensing Web site · second key pack", text: "Select.", startedAt: at(31), endedAt: at(40) },
  ],
};
const durations = { console: 45, tab: 35, other: 14 };

describe("the film's timeline", () => {
  const timeline = filmTimeline(manifest, durations);

  it("places each video from when its page opened, and lasts as long as the longest", () => {
    expect(timeline.inputs.map((i) => [i.page.id, i.lane, i.offset])).toEqual([["console", 0, 0], ["tab", 0, 10], ["other", 1, 30]]);
    expect(timeline.duration).toBe(45);
  });

  it("shows on each computer the page last opened or stepped in", () => {
    expect(timeline.inputs.map((i) => i.shown)).toEqual([
      [{ start: 0, end: 10 }, { start: 20, end: 45 }],
      [{ start: 10, end: 20 }],
      [{ start: 30, end: 45 }],
    ]);
  });

  it("frames the computer whose step is running, and has one cue per step from its start to the next", () => {
    expect(timeline.lanes.map((l) => l.active)).toEqual([[{ start: 1, end: 31 }], [{ start: 31, end: 45 }]]);
    expect(timeline.cues.map((c) => [c.start, c.end])).toEqual([[1, 11], [11, 20], [20, 31], [31, 45]]);
  });

  it("leaves out pages without a video, and fails with none", () => {
    expect(filmTimeline(manifest, { console: 45, tab: 35 }).lanes.map((l) => l.computer.id)).toEqual(["c1"]);
    expect(() => filmTimeline(manifest, {})).toThrow("no videos");
  });

  it("takes the poster in a step from the middle on when every computer shows a page", () => {
    // The middle step (20 s) has only the console on screen: the next one (31 s) has both computers.
    expect(posterTime(timeline)).toBe(32.5);
    // One computer only: the middle step, 1.5 s in.
    expect(posterTime(filmTimeline(manifest, { console: 45, tab: 35 }))).toBe(21.5);
  });

  it("merges touching intervals", () => {
    expect(mergeIntervals([{ start: 5, end: 6 }, { start: 0, end: 2 }, { start: 2, end: 3 }, { start: 4, end: 4 }])).toEqual([{ start: 0, end: 3 }, { start: 5, end: 6 }]);
  });
});

describe("the filter graph", () => {
  it("lays two computers side by side, more in two columns, a phone in a narrow cell", () => {
    const desktop = { width: 1280, height: 720 };
    expect(filmLayout([desktop, desktop])).toMatchObject({ width: 1920, height: 576, cells: [{ x: 0, y: 0 }, { x: 960, y: 0 }] });
    expect(filmLayout([desktop, desktop, desktop])).toMatchObject({ width: 1920, height: 1152, cells: [{ x: 0 }, { x: 960 }, { x: 0, y: 576 }] });
    const phone = filmLayout([desktop, { width: 390, height: 844 }]);
    expect(phone.cells[1]!.width).toBeLessThan(300);
    expect(phone.width).toBe(960 + phone.cells[1]!.width);
  });

  it("places each input at its offset, shown only in its intervals, and frames the acting computer", () => {
    const timeline = filmTimeline(manifest, durations);
    const graph = filterGraph(timeline, filmLayout([{ width: 1280, height: 720 }, { width: 1280, height: 720 }]), "/font.ttf");
    expect(graph).toContain("color=c=0x1e1e1e:s=1920x576:r=15:d=45.000[base0]");
    expect(graph).toContain("[1:v]setpts=PTS-STARTPTS+10.000/TB,fps=15");
    expect(graph).toContain("[base1][v1]overlay=x=8:y=44:eof_action=pass:enable='between(t,10.000,20.000)'[base2]");
    expect(graph).toContain("drawbox=x=960:y=36:w=960:h=540:t=8:color=0xffd400:enable='between(t,31.000,45.000)'");
    expect(graph).toContain("text='computer with Internet connectivity'");
    expect(graph.endsWith("format=yuv420p[film]")).toBe(true);
    expect(enableExpression([])).toBe("0");
    expect(drawtextEscape("customer's 50%: ok")).toBe("customer\u2019s 50\\%\\: ok");
  });
});

describe("the WebVTT tracks", () => {
  const { cues } = filmTimeline(manifest, durations);

  it("writes one cue per step: the chapter names the step, the subtitle adds the sentence", () => {
    expect(vttTime(3723.4567)).toBe("01:02:03.457");
    expect(chapterTitle(cues[3]!)).toBe("Step 10 · second key pack");
    expect(chapterTitle({ label: "Microsoft Clearinghouse helpdesk", text: "" })).toBe("Microsoft Clearinghouse helpdesk");
    expect(parseVtt(chaptersVtt(cues))).toEqual([
      { start: 1, end: 11, text: "Step 1: Open it." },
      { start: 11, end: 20, text: "Step 10: Select." },
      { start: 20, end: 31, text: "Step 18: Type the ID." },
      { start: 31, end: 45, text: "Step 10 · second key pack: Select." },
    ]);
    expect(parseVtt(subtitlesVtt(cues))[2]!.text).toBe("Step 18 of 19 · Remote Desktop Licensing Manager\nType the ID.");
  });

  it("escapes markup and arrows in cue text", () => {
    expect(subtitlesVtt([{ start: 0, end: 1, label: "A <b> & -->", text: "x" }])).toContain("A &lt;b> &amp; ->\nx");
  });

  it("checks cue count and start times against the steps", () => {
    const track = chaptersVtt(cues);
    expect(checkTrack("chapters", track, [1, 11, 20, 31], 45)).toEqual([]);
    expect(checkTrack("chapters", track, [1, 11, 20.4, 31], 45)).toEqual([]);
    expect(checkTrack("chapters", track, [1, 11, 21, 31, 40], 45)).toEqual(["chapters: 4 cues for 5 steps run", "chapters: cue 3 starts at 20.000 s, its step at 21.000 s"]);
    expect(checkTrack("chapters", track, [1, 11, 20, 31], 30)).toEqual(["chapters: cue 4 starts after the film ends (30.0 s)"]);
  });
});

describe("npm run demo without ffmpeg", () => {
  const saved = { PATH: process.env.PATH, FFMPEG_PATH: process.env.FFMPEG_PATH };
  const dirs: string[] = [];
  afterEach(() => {
    Object.assign(process.env, saved);
    if (saved.FFMPEG_PATH === undefined) delete process.env.FFMPEG_PATH;
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** A PATH holding `which` and the named fake tools only. */
  function pathWith(...tools: string[]) {
    const dir = mkdtempSync(path.join(tmpdir(), "films-path-"));
    dirs.push(dir);
    symlinkSync("/usr/bin/which", path.join(dir, "which"));
    for (const tool of tools) writeFileSync(path.join(dir, tool), "#!/bin/sh\n", { mode: 0o755 });
    process.env.PATH = dir;
    delete process.env.FFMPEG_PATH;
    return dir;
  }

  it("finds no film tools when ffmpeg or ffprobe is missing", () => {
    pathWith();
    expect(findFilmTools()).toBeNull();
    pathWith("ffmpeg");
    expect(findFilmTools()).toBeNull();
    const dir = pathWith("ffmpeg", "ffprobe");
    expect(findFilmTools()).toEqual({ ffmpeg: path.join(dir, "ffmpeg"), ffprobe: path.join(dir, "ffprobe") });
  });

  const TOOLS = { ffmpeg: "/x/ffmpeg", ffprobe: "/x/ffprobe" };
  const entry = (film: string): FilmEntry => ({ title: film, film: `${film}.webm`, poster: "", chapters: "", subtitles: "", duration: 1, cues: [] });
  function steps(compose: FilmSteps["compose"], findTools: FilmSteps["findTools"] = () => TOOLS) {
    const lines: string[] = [];
    const writeIndex = vi.fn<(entries: FilmEntry[]) => void>();
    return { lines, writeIndex, steps: { findTools, compose, writeIndex, log: (line: string) => lines.push(line) } satisfies FilmSteps };
  }

  it("skips the films with a message saying why, composes nothing, and does not fail the demo", async () => {
    pathWith();
    const compose = vi.fn(async () => entry("x"));
    const missing = steps(compose, findFilmTools);
    const maker = new FilmMaker(true, missing.steps);
    maker.add("/results/a/film-manifest.json", "a");
    expect(await maker.finish()).toBe(true);
    expect(compose).not.toHaveBeenCalled();
    expect(missing.writeIndex).not.toHaveBeenCalled();
    expect(missing.lines).toEqual([`==> Films skipped: ${NO_TOOLS}.`]);

    // No ffmpeg at all: the demos ran without video, the films are skipped for that reason.
    const unrecorded = steps(compose);
    const silent = new FilmMaker(false, unrecorded.steps);
    silent.add("/results/a/film-manifest.json", "a");
    expect(await silent.finish()).toBe(true);
    expect(unrecorded.lines).toEqual([`==> Films skipped: ${NO_VIDEO}.`]);
    expect(compose).not.toHaveBeenCalled();
  });

  it("composes one film at a time as demos end, indexes them in the report's order, and fails if one could not be made", async () => {
    let running = 0;
    let most = 0;
    const compose = vi.fn(async (_tools: typeof TOOLS, manifest: string) => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      if (manifest.includes("broken")) throw new Error("ffmpeg failed (1)");
      return entry(path.basename(path.dirname(manifest)));
    });
    const made = steps(compose);
    const maker = new FilmMaker(true, made.steps);
    maker.add("/results/b-rebuild/film-manifest.json", "rebuild");
    maker.add("/results/a-activation/film-manifest.json", "activation");
    expect(await maker.finish()).toBe(true);
    expect(most).toBe(1);
    expect(compose).toHaveBeenCalledWith(TOOLS, "/results/b-rebuild/film-manifest.json");
    expect(made.writeIndex.mock.calls[0]![0].map((e) => e.film)).toEqual(["a-activation.webm", "b-rebuild.webm"]);

    const failing = steps(compose);
    const broken = new FilmMaker(true, failing.steps);
    broken.add("/results/broken/film-manifest.json", "broken demo");
    broken.add("/results/c-fine/film-manifest.json", "fine demo");
    expect(await broken.finish()).toBe(false);
    expect(failing.lines).toContain('==> Film of "broken demo" failed: ffmpeg failed (1)');
    expect(failing.writeIndex.mock.calls[0]![0].map((e) => e.film)).toEqual(["c-fine.webm"]);
  });
});
