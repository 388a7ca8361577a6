import { describe, expect, it } from "vitest";
import { countryName, describeChanges } from "./format";

describe("format", () => {
  it("names countries from their codes", () => {
    expect(countryName("GB")).toBe("United Kingdom");
    expect(countryName("Narnia")).toBe("Narnia");
  });
  it("lists what changed", () => {
    expect(describeChanges({ status: "AWAITING_REVIEW", x: 1 }, { status: "APPROVED", x: 1, key: "K" })).toEqual(["status: AWAITING_REVIEW → APPROVED", "key: K"]);
    expect(describeChanges(null, { quantity: 5 })).toEqual(["quantity: 5"]);
  });
});
