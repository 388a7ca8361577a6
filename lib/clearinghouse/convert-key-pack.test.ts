// The Clearinghouse's conversion request (the Automatic route's body; the web site's and the Phone desk's forms read the same fields).
import { describe, expect, it } from "vitest";
import { CONVERSION_MESSAGES, conversionRequestSchema } from "./convert-key-pack";

describe("the Clearinghouse's conversion request", () => {
  it("takes a count of digits (or a number), nothing else, and no other field", () => {
    const base = { licenseServerId: "", sourceLicenseKeyPackId: "x", count: "12" };
    const countErrors = (count: unknown) =>
      conversionRequestSchema.safeParse({ ...base, count }).error?.issues.filter((i) => i.path[0] === "count").map((i) => i.message) ?? [];
    expect(countErrors(" 12 ")).toEqual([]);
    expect(countErrors(12)).toEqual([]);
    for (const bad of ["1e1", "0x10", "", "0", "-3", 1.5, null]) expect(countErrors(bad), String(bad)).toEqual([CONVERSION_MESSAGES.count]);
    expect(conversionRequestSchema.safeParse({ ...base, extra: 1 }).success).toBe(false);
  });
});
