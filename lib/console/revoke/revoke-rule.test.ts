// Revoke License's limit, pure (docs/decisions/037).
import { describe, expect, it } from "vitest";
import { isRevocable, limitReachedMessage, revocationAllowance, revocationLimit, revocationStandsUntil, STANDS_WITHOUT_EXPIRY_DAYS } from "./revoke-rule";

const NOW = new Date("2026-12-07T09:00:00Z");
const day = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

describe("revocationLimit", () => {
  it("is 20% of the installed Per Device CALs of a version, rounded down", () => {
    expect([0, 4, 5, 9, 10, 40, 1200].map(revocationLimit)).toEqual([0, 0, 1, 1, 2, 8, 240]);
  });
});

describe("revocationAllowance", () => {
  it("counts only revocations still standing, and at the limit names the first moment one more is allowed", () => {
    expect(revocationAllowance(10, [day(-1), day(3)], NOW)).toEqual({ installed: 10, limit: 2, standing: 1, remaining: 1, nextAllowedOn: null });
    expect(revocationAllowance(10, [day(9), day(3)], NOW)).toEqual({ installed: 10, limit: 2, standing: 2, remaining: 0, nextAllowedOn: day(3) });
    // Fewer installed since (a pack removed): more stand than allowed, so room comes only after several stop.
    expect(revocationAllowance(5, [day(9), day(3), day(5)], NOW)).toMatchObject({ limit: 1, remaining: 0, nextAllowedOn: day(9) });
    expect(revocationAllowance(4, [], NOW)).toMatchObject({ limit: 0, remaining: 0, nextAllowedOn: null });
  });
});

describe("revocationStandsUntil", () => {
  it("is the CAL's expiry, or 89 days without one; an expired CAL does not stand", () => {
    expect(revocationStandsUntil({ expiresOn: day(40) }, NOW)).toEqual(day(40));
    expect(revocationStandsUntil({ expiresOn: null }, NOW)).toEqual(day(STANDS_WITHOUT_EXPIRY_DAYS));
    expect(revocationStandsUntil({ expiresOn: day(-2) }, NOW)).toEqual(NOW);
  });
});

describe("what may be revoked and what is said", () => {
  it("allows Per Device CALs only, and says when the next revocation is allowed", () => {
    expect(isRevocable("WS2022_PER_DEVICE")).toBe(true);
    expect(isRevocable("WS2022_PER_USER")).toBe(false);
    const at = revocationAllowance(10, [day(9), day(3)], NOW);
    expect(limitReachedMessage("WS2022_PER_DEVICE", at, (d) => d.toISOString().slice(0, 10))).toBe(
      "This license cannot be revoked now: 2 of the 10 Windows Server 2022 - RDS Per Device CALs installed already stand revoked, the most allowed (20%). The next revocation is allowed on 2026-12-10.",
    );
  });
});
