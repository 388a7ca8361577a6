// The value axis of the server-drawn charts: a round top value and its ticks, so bars read against
// 0, 5, 10 … rather than against whatever the largest day happened to be.

/** The smallest "nice" number (1, 2 or 5 times a power of ten) at or above `value`; 1 for nothing. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** A top value and up to `count` + 1 evenly spaced whole-number ticks from 0 that cover `max`. */
export function valueAxis(max: number, count = 4): { top: number; ticks: number[] } {
  const step = Math.max(1, niceCeiling(Math.max(max, 1) / count));
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let tick = 0; tick <= top; tick += step) ticks.push(tick);
  return { top, ticks };
}
