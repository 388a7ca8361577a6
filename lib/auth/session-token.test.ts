import { describe, expect, it } from "vitest";
import {
  checkSession,
  generateSessionToken,
  isWellFormedToken,
  sessionIdFromToken,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  SESSION_TOUCH_MS,
  slidingExpiry,
} from "./session-token";

describe("session tokens", () => {
  it("are 32 base32 characters (160 bits) and differ each time", () => {
    const a = generateSessionToken();
    const b = generateSessionToken();
    expect(a).toMatch(/^[a-z2-7]{32}$/);
    expect(isWellFormedToken(a)).toBe(true);
    expect(a).not.toBe(b);
  });

  it("are stored only as their SHA-256 in hex", () => {
    expect(sessionIdFromToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sessionIdFromToken(generateSessionToken())).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses malformed tokens", () => {
    expect(isWellFormedToken(undefined)).toBe(false);
    expect(isWellFormedToken("")).toBe(false);
    expect(isWellFormedToken("A".repeat(32))).toBe(false);
    expect(isWellFormedToken("a".repeat(31))).toBe(false);
  });
});

describe("sliding expiry", () => {
  const created = new Date("2026-01-01T08:00:00Z");

  it("extends by the idle limit after each use", () => {
    const now = new Date(created.getTime() + 60_000);
    expect(slidingExpiry(created, now).getTime()).toBe(now.getTime() + SESSION_IDLE_MS);
  });

  it("never beyond the absolute limit", () => {
    const late = new Date(created.getTime() + SESSION_ABSOLUTE_MS - 1000);
    expect(slidingExpiry(created, late).getTime()).toBe(created.getTime() + SESSION_ABSOLUTE_MS);
  });

  it("expires at expiresAt, touches after a minute, else stays as is", () => {
    const session = { createdAt: created, lastSeenAt: created, expiresAt: new Date(created.getTime() + SESSION_IDLE_MS) };
    expect(checkSession(session, new Date(created.getTime() + 1000))).toBe("valid");
    expect(checkSession(session, new Date(created.getTime() + SESSION_TOUCH_MS))).toBe("touch");
    expect(checkSession(session, session.expiresAt)).toBe("expired");
  });
});
