import { describe, expect, it } from "vitest";
import { describeWait, evaluateHit } from "./rate-limit";

describe("rate limit", () => {
  const rule = { limit: 5, windowMs: 15 * 60_000 };
  const start = new Date("2026-01-01T10:00:00Z");

  it("allows up to the limit and refuses the next attempt", () => {
    expect(evaluateHit(rule, 5, start).limited).toBe(false);
    expect(evaluateHit(rule, 6, start).limited).toBe(true);
  });

  it("allows again when the window ends", () => {
    expect(evaluateHit(rule, 6, start).retryAt.toISOString()).toBe("2026-01-01T10:15:00.000Z");
  });

  it("says how long to wait, rounded up to whole minutes", () => {
    expect(describeWait(start, new Date(start.getTime() + 1))).toBe("in 1 minute");
    expect(describeWait(start, new Date(start.getTime() + 14 * 60_000 + 1))).toBe("in 15 minutes");
    expect(describeWait(start, new Date(start.getTime() + 3 * 3600_000))).toBe("in 3 hours");
  });
});
