import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatDate, formatDateTime, formatTime } from "./date";

describe("the one date formatter", () => {
  it("writes dates and times in UTC, minutes kept, seconds dropped", () => {
    const when = new Date("2026-12-01T19:36:32.512Z");
    expect(formatDateTime(when)).toBe("2026-12-01 19:36 UTC");
    expect(formatDate(when)).toBe("2026-12-01");
    expect(formatTime(when)).toBe("19:36 UTC");
  });

  it("reads the ISO strings of JSON views the same as Dates", () => {
    expect(formatDateTime("2026-12-01T19:36:32.000Z")).toBe("2026-12-01 19:36 UTC");
    expect(formatDate("2026-02-28T23:59:59.999+00:00")).toBe("2026-02-28");
  });

  it("does not depend on the machine's time zone: an offset string lands on its UTC day", () => {
    expect(formatDateTime("2026-12-02T01:36:00+06:00")).toBe("2026-12-01 19:36 UTC");
  });

  it("refuses what is not a date instead of printing Invalid Date", () => {
    expect(() => formatDateTime("yesterday")).toThrow(RangeError);
    expect(() => formatDate(new Date(Number.NaN))).toThrow(RangeError);
  });

  it("always has the same shape", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1970-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true }), (d) => {
        expect(formatDateTime(d)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/);
        expect(formatDateTime(d).startsWith(formatDate(d))).toBe(true);
      }),
    );
  });
});
