// A film's WebVTT tracks (one cue per step: chapters name the step, subtitles add the procedure's sentence),
// a small parser, and the check run after composing: as many cues as steps, each starting when its step did.
import type { Cue } from "./timeline";

/** "00:01:02.345". */
export function vttTime(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

/** Cue text cannot hold "-->" or a blank line; "<" and "&" are markup. */
function cueText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/-->/g, "->").replace(/\n\s*\n/g, "\n");
}

/** "Step 18 · second key pack" from "Step 18 of 19 · Remote Desktop Licensing Manager · second key pack". */
export function chapterTitle(cue: Pick<Cue, "label" | "text">): string {
  const step = /^Step (\d+) of \d+ · [^·]+(?: · (.+))?$/.exec(cue.label);
  if (step) return `Step ${step[1]}${step[2] ? ` · ${step[2]}` : ""}`;
  return cue.label;
}

export function chaptersVtt(cues: Cue[]): string {
  return vtt(cues.map((cue) => ({ ...cue, body: `${chapterTitle(cue)}: ${cue.text}` })));
}

export function subtitlesVtt(cues: Cue[]): string {
  return vtt(cues.map((cue) => ({ ...cue, body: `${cue.label}\n${cue.text}` })));
}

function vtt(cues: (Cue & { body: string })[]): string {
  const blocks = cues.map((cue, i) => `${i + 1}\n${vttTime(cue.start)} --> ${vttTime(Math.max(cue.end, cue.start + 0.001))}\n${cueText(cue.body)}`);
  return `WEBVTT\n\n${blocks.join("\n\n")}\n`;
}

export interface ParsedCue {
  start: number;
  end: number;
  text: string;
}

function parseTime(text: string): number {
  const parts = text.split(":").map(Number);
  return parts.reduce((total, part) => total * 60 + part, 0);
}

export function parseVtt(source: string): ParsedCue[] {
  if (!source.startsWith("WEBVTT")) throw new Error("not a WebVTT file");
  return source
    .split(/\r?\n\r?\n/)
    .slice(1)
    .flatMap((block) => {
      const lines = block.split(/\r?\n/).filter((l) => l !== "");
      const timing = lines.findIndex((l) => l.includes("-->"));
      if (timing < 0) return [];
      const [start, end] = lines[timing]!.split("-->").map((t) => parseTime(t.trim().split(/\s+/)[0]!));
      return [{ start: start!, end: end!, text: lines.slice(timing + 1).join("\n") }];
    });
}

/** Problems with a track against the steps' start times (seconds on the film); empty when it is right. */
export function checkTrack(name: string, source: string, stepStarts: number[], filmDuration: number, tolerance = 0.5): string[] {
  const cues = parseVtt(source);
  const problems: string[] = [];
  if (cues.length !== stepStarts.length) problems.push(`${name}: ${cues.length} cues for ${stepStarts.length} steps run`);
  cues.forEach((cue, i) => {
    const expected = stepStarts[i];
    if (expected !== undefined && Math.abs(cue.start - expected) > tolerance) {
      problems.push(`${name}: cue ${i + 1} starts at ${cue.start.toFixed(3)} s, its step at ${expected.toFixed(3)} s`);
    }
    if (cue.start > filmDuration + tolerance) problems.push(`${name}: cue ${i + 1} starts after the film ends (${filmDuration.toFixed(1)} s)`);
  });
  return problems;
}
