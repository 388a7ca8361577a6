import { describe, expect, it } from "vitest";
import { describeChanges, formatDateTime } from "./format";

describe("format", () => {
  it("writes dates in UTC", () => {
    expect(formatDateTime(new Date("2026-11-28T09:41:30Z"))).toBe("2026-11-28 09:41 UTC");
  });
  it("lists what changed", () => {
    expect(describeChanges({ status: "AWAITING_REVIEW", x: 1 }, { status: "APPROVED", x: 1, key: "K" })).toEqual(["status: AWAITING_REVIEW → APPROVED", "key: K"]);
    expect(describeChanges(null, { quantity: 5 })).toEqual(["quantity: 5"]);
  });
});
