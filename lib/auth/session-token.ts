// Session tokens in the pattern the Lucia project recommends now that Lucia v3 is retired
// (docs/decisions/006-helpdesk-auth-sessions.md): 20 random bytes as lowercase base32 in the cookie, and
// only the SHA-256 of it (hex) stored as the session's id. Pure: no Next, no Prisma.
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import { randomBytes } from "@/lib/licensing/random";

export const SESSION_COOKIE_NAME = "helpdesk_session";
export const SESSION_COOKIE_PATH = "/helpdesk";

/** A session ends after this long without a request (sliding expiry). */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** ...and in any case this long after sign-in (a working day), so a stolen cookie does not live forever. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt/expiresAt are written at most this often, not on every request. */
export const SESSION_TOUCH_MS = 60 * 1000;

export function generateSessionToken(): string {
  return encodeBase32LowerCaseNoPadding(randomBytes(20));
}

export function sessionIdFromToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** A well-formed token: 32 base32 characters. Anything else is refused without a database read. */
export function isWellFormedToken(token: string | undefined): token is string {
  return typeof token === "string" && /^[a-z2-7]{32}$/.test(token);
}

export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

/** When a session that was just used at `now` should expire: idle limit, capped by the absolute limit. */
export function slidingExpiry(createdAt: Date, now: Date): Date {
  return new Date(Math.min(now.getTime() + SESSION_IDLE_MS, createdAt.getTime() + SESSION_ABSOLUTE_MS));
}

export type SessionCheck = "valid" | "expired" | "touch";

/** Expired, valid as it is, or valid and due a refresh of its sliding expiry. */
export function checkSession(session: SessionTimes, now: Date): SessionCheck {
  if (now.getTime() >= session.expiresAt.getTime()) return "expired";
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_MS) return "touch";
  return "valid";
}
