import { describe, expect, it } from "vitest";
import { formatAge, formatDuration } from "./format";

describe("format", () => {
  it("says how long a request has waited", () => {
    const now = new Date("2026-12-01T12:00:00Z");
    expect(formatAge(new Date("2026-12-01T11:15:00Z"), now)).toBe("45 min");
    expect(formatAge(new Date("2026-11-30T09:00:00Z"), now)).toBe("27 h");
    expect(formatAge(new Date("2026-11-19T12:00:00Z"), now)).toBe("12 d");
  });

  it("writes a time to a decision in at most two units", () => {
    expect([0.4, 1, 42.4, 60, 190, 1440, 3120, 100_000].map(formatDuration)).toEqual(["under 1 min", "1 min", "42 min", "1 h", "3 h 10 min", "1 d", "2 d 4 h", "69 d 10 h"]);
  });
});
