import { describe, expect, it } from "vitest";
import { describeChanges } from "./format";

describe("format", () => {
  it("lists what changed", () => {
    expect(describeChanges({ status: "AWAITING_REVIEW", x: 1 }, { status: "APPROVED", x: 1, key: "K" })).toEqual(["status: AWAITING_REVIEW → APPROVED", "key: K"]);
    expect(describeChanges(null, { quantity: 5 })).toEqual(["quantity: 5"]);
  });
});
