// The supervisor's overview: requests received and decided per day, the time staff take to decide, the
// oldest request waiting, and the overrides, over the last OVERVIEW_DAYS days (UTC). Practice servers'
// requests are left out, as in the queue's default view. Each figure is one indexed read (createdAt,
// decidedAt, the status index, the audit log's createdAt), so the page stays fast at 1,000,000 requests.
import { Prisma } from "@/generated/prisma/client";
import type { SqlRunner } from "@/lib/driver-sql";
import { COUNT_CAP, PRACTICE_SERVER } from "./queue-query";

export const OVERVIEW_DAYS = 14;
const DAY_MS = 86_400_000;

interface DayFigures {
  /** "2026-12-01" (UTC). */
  day: string;
  received: number;
  /** Of those received, how many went to review. */
  toReview: number;
  approved: number;
  rejected: number;
}

export interface Overview {
  since: Date;
  days: DayFigures[];
  /** Decisions by staff in the period, and the median and 90th percentile of the time each took, in minutes. */
  decisions: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
  /** Requests awaiting review, counted up to COUNT_CAP + 1 as in the queue ("1,000+"). */
  waiting: number;
  oldestWaiting: { reference: string; createdAt: Date } | null;
  overrides: number;
}

/** Midnight UTC of the first day shown, OVERVIEW_DAYS days up to and including today. */
function periodStart(now: Date, days = OVERVIEW_DAYS): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(today - (days - 1) * DAY_MS);
}

/** One row per day of the period, in order, with zeros for the days nothing happened. */
function fillDays(since: Date, days: number, rows: readonly (Partial<DayFigures> & { day: string })[]): DayFigures[] {
  const byDay = new Map<string, Partial<DayFigures>>();
  for (const row of rows) byDay.set(row.day, { ...byDay.get(row.day), ...row });
  return Array.from({ length: days }, (_, i) => {
    const day = new Date(since.getTime() + i * DAY_MS).toISOString().slice(0, 10);
    const row = byDay.get(day) ?? {};
    return { day, received: row.received ?? 0, toReview: row.toReview ?? 0, approved: row.approved ?? 0, rejected: row.rejected ?? 0 };
  });
}

const DAY = (column: string) => Prisma.raw(`to_char(date_trunc('day', r."${column}"), 'YYYY-MM-DD')`);

export async function getOverview(sql: SqlRunner, now: Date, days = OVERVIEW_DAYS): Promise<Overview> {
  const since = periodStart(now, days);
  const [received, decided, timing, waiting, overrides] = await Promise.all([
    sql.query<{ day: string; received: number; toReview: number }>(Prisma.sql`
      SELECT ${DAY("createdAt")} AS "day", count(*)::int AS "received",
             (count(*) FILTER (WHERE r."reviewReason" IS NOT NULL))::int AS "toReview"
      FROM "RecoveryRequest" r
      WHERE r."createdAt" >= ${since}::timestamp(3) AND NOT ${PRACTICE_SERVER}
      GROUP BY 1`),
    sql.query<{ day: string; approved: number; rejected: number }>(Prisma.sql`
      SELECT ${DAY("decidedAt")} AS "day",
             (count(*) FILTER (WHERE r."status" = 'APPROVED'))::int AS "approved",
             (count(*) FILTER (WHERE r."status" = 'REJECTED'))::int AS "rejected"
      FROM "RecoveryRequest" r
      WHERE r."decidedAt" >= ${since}::timestamp(3) AND NOT ${PRACTICE_SERVER}
      GROUP BY 1`),
    sql.query<{ decisions: number; median: number | null; p90: number | null }>(Prisma.sql`
      SELECT count(*)::int AS "decisions",
             (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r."decidedAt" - r."createdAt")) / 60)::float8 AS "median",
             (percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM r."decidedAt" - r."createdAt")) / 60)::float8 AS "p90"
      FROM "RecoveryRequest" r
      WHERE r."decidedAt" >= ${since}::timestamp(3) AND NOT ${PRACTICE_SERVER}`),
    sql.query<{ reference: string | null; createdAt: Date | null; waiting: number }>(Prisma.sql`
      SELECT o."reference", o."createdAt",
             (SELECT count(*)::int FROM (SELECT 1 FROM "RecoveryRequest" r WHERE r."status" = 'AWAITING_REVIEW' AND NOT ${PRACTICE_SERVER} LIMIT ${COUNT_CAP + 1}) c) AS "waiting"
      FROM (SELECT 1) one
      LEFT JOIN LATERAL (
        SELECT r."reference", r."createdAt" FROM "RecoveryRequest" r
        WHERE r."status" = 'AWAITING_REVIEW' AND NOT ${PRACTICE_SERVER}
        ORDER BY r."createdAt" ASC, r."id" ASC LIMIT 1
      ) o ON true`),
    sql.query<{ overrides: number }>(Prisma.sql`
      SELECT count(*)::int AS "overrides" FROM "AuditLog" WHERE "action" = 'request.override' AND "createdAt" >= ${since}::timestamp(3)`),
  ]);
  const t = timing[0];
  const w = waiting[0];
  return {
    since,
    days: fillDays(since, days, [...received, ...decided]),
    decisions: t?.decisions ?? 0,
    medianMinutes: t?.median ?? null,
    p90Minutes: t?.p90 ?? null,
    waiting: w?.waiting ?? 0,
    oldestWaiting: w?.reference && w.createdAt ? { reference: w.reference, createdAt: w.createdAt } : null,
    overrides: overrides[0]?.overrides ?? 0,
  };
}
