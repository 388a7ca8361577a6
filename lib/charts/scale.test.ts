import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { niceCeiling, valueAxis } from "./scale";

describe("niceCeiling", () => {
  it("rounds up to 1, 2 or 5 times a power of ten", () => {
    expect([0, 0.3, 1, 3, 7, 11, 45, 51, 999, 1001].map(niceCeiling)).toEqual([1, 0.5, 1, 5, 10, 20, 50, 100, 1000, 2000]);
  });
});

describe("valueAxis", () => {
  it("covers the largest value with whole ticks from 0", () => {
    expect(valueAxis(0)).toEqual({ top: 1, ticks: [0, 1] });
    expect(valueAxis(7)).toEqual({ top: 8, ticks: [0, 2, 4, 6, 8] });
    expect(valueAxis(38)).toEqual({ top: 40, ticks: [0, 10, 20, 30, 40] });
  });

  it("for any count, the top covers it, the ticks are even and at most five", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (max) => {
        const { top, ticks } = valueAxis(max);
        expect(top).toBeGreaterThanOrEqual(max);
        expect(ticks[0]).toBe(0);
        expect(ticks.at(-1)).toBe(top);
        expect(ticks.length).toBeLessThanOrEqual(6);
        const step = ticks[1]! - ticks[0]!;
        ticks.forEach((tick, i) => expect(tick).toBe(i * step));
      }),
    );
  });
});
