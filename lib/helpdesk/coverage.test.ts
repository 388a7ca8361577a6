import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coverage } from "./coverage";

describe("coverage", () => {
  it("counts what other servers hold, not the pack this request replaces", () => {
    expect(coverage({ entitled: 50, activeIssued: 50, activeForThisServer: 50, requested: 50 })).toEqual({ activeIssued: 50, available: 50, covered: true });
    expect(coverage({ entitled: 50, activeIssued: 50, activeForThisServer: 20, requested: 40 })).toEqual({ activeIssued: 50, available: 20, covered: false });
  });

  it("never goes below zero", () => {
    expect(coverage({ entitled: 10, activeIssued: 30, activeForThisServer: 0, requested: 1 }).available).toBe(0);
  });

  it("covers exactly the requests up to what is available", () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), fc.nat(1000), fc.integer({ min: 1, max: 9999 }), (entitled, issued, mine, requested) => {
        const own = Math.min(mine, issued);
        const result = coverage({ entitled, activeIssued: issued, activeForThisServer: own, requested });
        return result.covered === requested <= result.available && result.available <= entitled;
      }),
    );
  });
});
