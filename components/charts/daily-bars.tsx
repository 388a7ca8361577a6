// A bar chart drawn on the server as SVG: one group of bars per day, one bar per series, a value axis with
// round ticks (lib/charts/scale.ts). No script reaches the browser. The figures are also in a table under
// it, which is what screen readers and people who want the numbers read.
import { valueAxis } from "@/lib/charts/scale";

export interface BarSeries {
  label: string;
  /** A Tailwind fill class of the app's palette, e.g. "fill-accent". */
  fillClass: string;
  values: readonly number[];
}

const HEIGHT = 180;
const PLOT_TOP = 10;
const PLOT_BOTTOM = 150;
const AXIS_WIDTH = 36;
const GROUP_WIDTH = 44;

export function DailyBars({ title, days, series }: { title: string; days: readonly string[]; series: readonly BarSeries[] }) {
  const max = Math.max(0, ...series.flatMap((s) => s.values));
  const { top, ticks } = valueAxis(max);
  const width = AXIS_WIDTH + days.length * GROUP_WIDTH;
  const y = (value: number) => PLOT_BOTTOM - (value / top) * (PLOT_BOTTOM - PLOT_TOP);
  const barWidth = (GROUP_WIDTH - 8) / series.length;
  return (
    <figure className="mt-3">
      <svg viewBox={`0 0 ${width} ${HEIGHT}`} className="h-auto w-full max-w-3xl" role="img" aria-label={`${title}: bar chart; the figures are in the table below.`}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={AXIS_WIDTH} x2={width} y1={y(tick)} y2={y(tick)} className="stroke-line" strokeWidth={1} />
            <text x={AXIS_WIDTH - 4} y={y(tick) + 4} textAnchor="end" className="fill-muted text-[10px]">{tick.toLocaleString("en-US")}</text>
          </g>
        ))}
        {days.map((day, d) => {
          const x0 = AXIS_WIDTH + d * GROUP_WIDTH + 4;
          return (
            <g key={day}>
              {series.map((s, i) => {
                const value = s.values[d] ?? 0;
                return (
                  <rect key={s.label} x={x0 + i * barWidth} y={y(value)} width={barWidth - 1} height={PLOT_BOTTOM - y(value)} className={s.fillClass}>
                    <title>{`${day}: ${s.label} ${value.toLocaleString("en-US")}`}</title>
                  </rect>
                );
              })}
              <text x={x0 + (GROUP_WIDTH - 8) / 2} y={PLOT_BOTTOM + 14} textAnchor="middle" className="fill-muted text-[10px]">{day.slice(8)}</text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-4 text-sm">
        {series.map((s) => (
          <span key={s.label} className="flex items-center gap-1">
            <svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" className={s.fillClass} /></svg>
            {s.label}
          </span>
        ))}
        <span className="text-muted">Days of the month, UTC.</span>
      </figcaption>
    </figure>
  );
}
