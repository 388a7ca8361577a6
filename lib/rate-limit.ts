// Fixed-window rate limits kept in the database (RateLimitCounter), so every app server counts against the
// same limit. One statement counts and reports, so concurrent attempts can never slip under the limit.
import type { Database } from "@/lib/prisma-client";

export interface RateLimitRule {
  /** Attempts allowed per window; the next one is refused. */
  limit: number;
  windowMs: number;
}

export interface RateLimitHit {
  count: number;
  limited: boolean;
  /** When the current window ends and attempts are allowed again. */
  retryAt: Date;
}

export function evaluateHit(rule: RateLimitRule, count: number, windowStart: Date): RateLimitHit {
  return { count, limited: count > rule.limit, retryAt: new Date(windowStart.getTime() + rule.windowMs) };
}

/** Counts one attempt under `key` and says whether it is over the limit. */
export async function hitRateLimit(db: Database, key: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitHit> {
  const windowOpenAfter = new Date(now.getTime() - rule.windowMs);
  // A window that started at or before `windowOpenAfter` is over: start a new one at `now`.
  const rows = await db.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimitCounter" ("key", "count", "windowStart") VALUES (${key}, 1, ${now}::timestamp(3))
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitCounter"."windowStart" <= ${windowOpenAfter}::timestamp(3) THEN 1
                     ELSE "RateLimitCounter"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitCounter"."windowStart" <= ${windowOpenAfter}::timestamp(3) THEN ${now}::timestamp(3)
                     ELSE "RateLimitCounter"."windowStart" END
    RETURNING "count", "windowStart"`;
  const row = rows[0];
  if (!row) throw new Error(`rate limit: no counter returned for ${key}`);
  return evaluateHit(rule, Number(row.count), row.windowStart);
}

export async function resetRateLimit(db: Database, key: string) {
  await db.rateLimitCounter.deleteMany({ where: { key } });
}

/** Removes counters whose window ended long ago (they would restart at 1 anyway). */
export async function deleteStaleCounters(db: Database, olderThanMs: number, now = new Date()) {
  await db.rateLimitCounter.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - olderThanMs) } } });
}

/** "in 1 minute", "in 14 minutes", "in 2 hours": how long until `retryAt`, rounded up. */
export function describeWait(now: Date, retryAt: Date): string {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
  if (minutes < 90) return `in ${minutes} minute${minutes === 1 ? "" : "s"}`;
  const hours = Math.ceil(minutes / 60);
  return `in ${hours} hours`;
}
