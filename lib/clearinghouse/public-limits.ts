// Per-address limits of the public web site (issue 13 point 6), counted like sign-in's (lib/rate-limit.ts)
// against the address server/index.mjs established (lib/auth/client-address.ts): Check request status
// lookups, and new Manage CALs drafts (Select Option → Next without an open draft, and "Request another
// license key pack"), so clearing cookies in a loop cannot fill the database. Classrooms behind one address
// do a few lookups and a handful of drafts per person an hour; the limits leave room for that.
import type { Database } from "@/lib/prisma-client";
import { describeWait, hitRateLimit, type RateLimitRule } from "@/lib/rate-limit";

export const PUBLIC_LIMITS = {
  "status-lookup": { limit: 30, windowMs: 10 * 60_000 },
  "new-draft": { limit: 60, windowMs: 60 * 60_000 },
  /** Submits of Activate / Reactivate / Deactivate a license server (each may issue a License Server ID). */
  "server-request": { limit: 30, windowMs: 60 * 60_000 },
  /** New practice servers (lib/practice/actions.ts): a trainee starts one, a classroom a few dozen an hour. */
  "practice-start": { limit: 100, windowMs: 60 * 60_000 },
  /** Tries at a class's join code (lib/practice/classroom-actions.ts): a room behind one address, too few to guess 40-bit codes. */
  "class-join": { limit: 60, windowMs: 10 * 60_000 },
  /** Reports of the mistakes trainees' forms caught in the browser (lib/practice/browser-mistake-actions.ts), batched: a class of 30 behind one address. */
  "practice-mistakes": { limit: 600, windowMs: 10 * 60_000 },
} as const satisfies Record<string, RateLimitRule>;

export type PublicLimit = keyof typeof PUBLIC_LIMITS;

const WHAT: Record<PublicLimit, string> = {
  "status-lookup": "Too many status checks were made from this network",
  "new-draft": "Too many new requests were started from this network",
  "server-request": "Too many license server requests were made from this network",
  "practice-start": "Too many practice servers were started from this network",
  "class-join": "Too many tries at a class code were made from this network",
  "practice-mistakes": "Too many mistakes were reported from this network",
};

function publicLimitMessage(limit: PublicLimit, wait: string): string {
  return `${WHAT[limit]}. Try again ${wait}.`;
}

/** Counts one use from `address`; null when allowed, else the form error to show (with when to retry). */
export async function checkPublicLimit(db: Database, limit: PublicLimit, address: string, now = new Date()): Promise<{ message: string; retryAt: Date } | null> {
  const hit = await hitRateLimit(db, `${limit}:${address}`, PUBLIC_LIMITS[limit], now);
  return hit.limited ? { message: publicLimitMessage(limit, describeWait(now, hit.retryAt)), retryAt: hit.retryAt } : null;
}

/** The result page's refusal from its `limitedUntil` parameter (a client may write anything there). */
export function limitedUntilMessage(param: unknown, now = new Date()): string | null {
  const until = typeof param === "string" && /^\d{1,15}$/.test(param) ? Number(param) : NaN;
  if (!Number.isSafeInteger(until) || until <= now.getTime() || until > now.getTime() + PUBLIC_LIMITS["new-draft"].windowMs) return null;
  return publicLimitMessage("new-draft", describeWait(now, new Date(until)));
}
