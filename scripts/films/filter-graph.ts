// The ffmpeg filter graph of a film: one cell per computer (side by side for two, a 2-column grid for more,
// a phone-sized page stacked in a narrow cell), each page's video placed in its computer's cell from its
// offset while it is in front, the acting computer framed in yellow, each cell titled. Pure.
import type { FilmTimeline, Interval } from "./timeline";

// Playwright records 25 frames a second; 15 are enough for pages and halve the work on a 2-core machine.
export const FILM_FPS = 15;
const CELL = { width: 960, height: 540 };
const TITLE_HEIGHT = 36;
const BORDER = 8;
const BACKGROUND = "0x1e1e1e";
const HIGHLIGHT = "0xffd400";
const IDLE = "0x555555";

interface Cell {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FilmLayout {
  width: number;
  height: number;
  /** By lane. */
  cells: Cell[];
}

/** `sizes`: each lane's page size (a phone is taller than wide: its cell keeps the cell height, narrower). */
export function filmLayout(sizes: { width: number; height: number }[]): FilmLayout {
  const columns = sizes.length <= 2 ? sizes.length : 2;
  const rowHeight = CELL.height + TITLE_HEIGHT;
  const cells: Cell[] = [];
  let width = 0;
  sizes.forEach((size, lane) => {
    const column = lane % columns;
    const row = Math.floor(lane / columns);
    const portrait = size.height > size.width;
    const cellWidth = portrait ? even((CELL.height * size.width) / size.height) + 2 * BORDER : CELL.width;
    const x = column === 0 ? 0 : cells[lane - 1]!.x + cells[lane - 1]!.width;
    cells.push({ x, y: row * rowHeight, width: cellWidth, height: rowHeight });
    width = Math.max(width, x + cellWidth);
  });
  return { width: even(width), height: Math.ceil(sizes.length / columns) * rowHeight, cells };
}

function even(n: number): number {
  return 2 * Math.round(n / 2);
}

/** ffmpeg's `enable` expression for "t is in one of these intervals" ("0" for none). */
export function enableExpression(intervals: Interval[]): string {
  if (intervals.length === 0) return "0";
  return intervals.map((i) => `between(t,${i.start.toFixed(3)},${i.end.toFixed(3)})`).join("+");
}

/** Text for drawtext's `text=` inside a single-quoted filter argument. */
export function drawtextEscape(text: string): string {
  return text.replace(/\\/g, "\\\\\\\\").replace(/'/g, "\u2019").replace(/:/g, "\\:").replace(/%/g, "\\%");
}

/**
 * The -filter_complex value; input i of ffmpeg is timeline.inputs[i]'s video, the output pad is [film].
 * `fontFile` titles the cells (left out without one).
 */
export function filterGraph(timeline: FilmTimeline, layout: FilmLayout, fontFile?: string): string {
  const chains: string[] = [`color=c=${BACKGROUND}:s=${layout.width}x${layout.height}:r=${FILM_FPS}:d=${timeline.duration.toFixed(3)}[base0]`];
  let base = "base0";
  timeline.inputs.forEach((input, i) => {
    const cell = layout.cells[input.lane]!;
    const inner = { width: cell.width - 2 * BORDER, height: cell.height - TITLE_HEIGHT - 2 * BORDER };
    chains.push(
      `[${i}:v]setpts=PTS-STARTPTS+${input.offset.toFixed(3)}/TB,fps=${FILM_FPS},scale=${inner.width}:${inner.height}:force_original_aspect_ratio=decrease:flags=fast_bilinear,` +
        `pad=${inner.width}:${inner.height}:(ow-iw)/2:(oh-ih)/2:color=${BACKGROUND}[v${i}]`,
    );
    const next = `base${i + 1}`;
    chains.push(`[${base}][v${i}]overlay=x=${cell.x + BORDER}:y=${cell.y + TITLE_HEIGHT + BORDER}:eof_action=pass:enable='${enableExpression(input.shown)}'[${next}]`);
    base = next;
  });
  const decorations = timeline.lanes.flatMap((lane, i) => {
    const cell = layout.cells[i]!;
    const frame = `x=${cell.x}:y=${cell.y + TITLE_HEIGHT}:w=${cell.width}:h=${cell.height - TITLE_HEIGHT}:t=${BORDER}`;
    const title = fontFile
      ? [`drawtext=fontfile=${fontFile}:text='${drawtextEscape(lane.computer.label)}':x=${cell.x + BORDER}:y=${cell.y + 8}:fontsize=20:fontcolor=white`]
      : [];
    return [`drawbox=${frame}:color=${IDLE}`, `drawbox=${frame}:color=${HIGHLIGHT}:enable='${enableExpression(lane.active)}'`, ...title];
  });
  chains.push(`[${base}]${[...decorations, "format=yuv420p"].join(",")}[film]`);
  return chains.join(";");
}
