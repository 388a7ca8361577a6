import { describe, expect, it } from "vitest";
import { formatAge } from "./format";

describe("format", () => {
  it("says how long a request has waited", () => {
    const now = new Date("2026-12-01T12:00:00Z");
    expect(formatAge(new Date("2026-12-01T11:15:00Z"), now)).toBe("45 min");
    expect(formatAge(new Date("2026-11-30T09:00:00Z"), now)).toBe("27 h");
    expect(formatAge(new Date("2026-11-19T12:00:00Z"), now)).toBe("12 d");
  });
});
