// The queue's one query: filters, search and keyset pagination over (createdAt, id), written as SQL so
// each search kind hits its index (the lower() expression indexes are beyond Prisma's query API).
// Takes the runner as a parameter: the app (queries.ts) and the benchmark (bench/) run the same code. It
// goes straight to the driver adapter (lib/driver-sql.ts): staff page through this all day, and Prisma's
// per-query work was most of a sub-millisecond search's time (docs/decisions/011).
import { Prisma } from "@/generated/prisma/client";
import type { SqlRunner } from "@/lib/driver-sql";
import type { CalType, LicenseProgram } from "@/lib/licensing/catalog";
import type { RecoveryStatus } from "./labels";
import { dateRange, decodeCursor, encodeCursor, QUEUE_PAGE_SIZE, type QueueParams } from "./queue-params";
import { escapeLike } from "@/lib/like";
import { classifySearch, type SearchTerm } from "./search-term";

export interface QueueRow {
  id: string;
  reference: string;
  createdAt: Date;
  companyName: string;
  targetLicenseServerId: string;
  licenseProgram: LicenseProgram;
  calType: CalType;
  quantity: number;
  status: RecoveryStatus;
  reviewReason: string | null;
  assignedToId: string | null;
  assigneeName: string | null;
  /** The customer of the purchase the credential matches, when there is one (for the mismatch flag). */
  purchaseCustomer: string | null;
  /** The request is for a practice server (lib/practice/), not a customer's. */
  practice: boolean;
  /** How it came in: the web site, or a call taken at the phone desk. */
  channel: "WEB" | "TELEPHONE";
}

export interface QueuePage {
  rows: QueueRow[];
  search: SearchTerm | null;
  /** Cursors for the neighbouring pages; absent at either end. */
  nextCursor?: string;
  previousCursor?: string;
}

function searchCondition(term: SearchTerm): Prisma.Sql {
  switch (term.kind) {
    case "reference":
      return Prisma.sql`r."reference" = ${term.value}`;
    case "licenseServerId":
      return Prisma.sql`r."targetLicenseServerId" = ${term.value}`;
    case "keyPackId":
      return Prisma.sql`r."issuedKeyPackId" = (SELECT "id" FROM "IssuedKeyPack" WHERE "licenseKeyPackId" = ${term.value})`;
    case "email":
      return Prisma.sql`lower(r."email") = ${term.value}`;
    case "company":
      return Prisma.sql`lower(r."companyName") LIKE ${escapeLike(term.value) + "%"}`;
  }
}

/**
 * A practice server's requests: its License Server ID belongs to a practice server. Written as IN over the
 * (few) practice servers' IDs so PostgreSQL hashes them once per statement: a per-row EXISTS probe was most
 * of the per-status counts' time (bench:search). Both columns are NOT NULL, so NOT IN means NOT EXISTS.
 */
export const PRACTICE_SERVER = Prisma.sql`r."targetLicenseServerId" IN (SELECT s."licenseServerId" FROM "LicenseServer" s WHERE s."practiceOwner" IS NOT NULL)`;

/** Filters other than the status, shared by the page's query and the per-status counts. */
function filterConditions(params: QueueParams, search: SearchTerm | null): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (search) conditions.push(searchCondition(search));
  if (params.program) conditions.push(Prisma.sql`r."licenseProgram" = ${params.program}::"LicenseProgram"`);
  const range = dateRange(params);
  if (range.from) conditions.push(Prisma.sql`r."createdAt" >= ${range.from}::timestamp(3)`);
  if (range.toExclusive) conditions.push(Prisma.sql`r."createdAt" < ${range.toExclusive}::timestamp(3)`);
  if (params.practice !== "include") conditions.push(Prisma.sql`NOT ${PRACTICE_SERVER}`);
  return conditions;
}

const whereOf = (conditions: Prisma.Sql[]) => (conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty);

function buildQueueQuery(params: QueueParams, pageSize = QUEUE_PAGE_SIZE) {
  const search = classifySearch(params.q);
  const conditions = filterConditions(params, search);
  if (params.status !== "all") conditions.push(Prisma.sql`r."status" = ${params.status}::"RecoveryStatus"`);

  // Paging backwards reads the index the other way and turns the rows around afterwards.
  const backwards = Boolean(params.before);
  const cursor = decodeCursor(params.before ?? params.after);
  const descending = (params.sort === "newest") !== backwards;
  if (cursor) {
    const comparison = descending ? Prisma.sql`<` : Prisma.sql`>`;
    conditions.push(Prisma.sql`(r."createdAt", r."id") ${comparison} (${cursor.createdAt}::timestamp(3), ${cursor.id})`);
  }
  const order = descending ? Prisma.sql`ORDER BY r."createdAt" DESC, r."id" DESC` : Prisma.sql`ORDER BY r."createdAt" ASC, r."id" ASC`;
  // The joins are one primary-key or unique-index probe per row shown (the page is at most 51 rows).
  const sql = Prisma.sql`
    SELECT r."id", r."reference", r."createdAt", r."companyName", r."targetLicenseServerId", r."licenseProgram", r."calType",
           r."quantity", r."status", r."reviewReason", r."assignedToId", a."name" AS "assigneeName",
           e."customerName" AS "purchaseCustomer", ${PRACTICE_SERVER} AS "practice", r."channel"
    FROM "RecoveryRequest" r
    LEFT JOIN "StaffUser" a ON a."id" = r."assignedToId"
    LEFT JOIN "Entitlement" e ON e."licenseProgram" = r."licenseProgram" AND e."credential" = r."credential" AND e."calType" = r."calType"
    ${whereOf(conditions)} ${order} LIMIT ${pageSize + 1}`;
  return { sql, search, backwards, hasCursor: Boolean(cursor) };
}

/** Counts stop here: beyond it the figure is shown as "1,000+", so counting stays an index range read. */
export const COUNT_CAP = 1_000;

export type StatusCounts = Record<RecoveryStatus, number>;

/**
 * How many requests of each status match the filters other than the status, each counted up to COUNT_CAP
 * (a figure above the cap reads COUNT_CAP + 1). Counting every row of a status at 1,000,000 requests would
 * take longer than the whole page may.
 */
function buildStatusCountQuery(params: QueueParams, status: RecoveryStatus) {
  const conditions = filterConditions(params, classifySearch(params.q));
  return Prisma.sql`SELECT count(*)::int AS "count" FROM (SELECT 1 FROM "RecoveryRequest" r ${whereOf([...conditions, Prisma.sql`r."status" = ${status}::"RecoveryStatus"`])} LIMIT ${COUNT_CAP + 1}) c`;
}

const STATUSES: readonly RecoveryStatus[] = ["AWAITING_REVIEW", "APPROVED", "REJECTED", "ISSUED"];

/** The four counts as four statements at once: on a pool they run side by side (one statement took their sum). */
export async function countByStatus(runner: SqlRunner, params: QueueParams): Promise<StatusCounts> {
  const counts = await Promise.all(STATUSES.map((status) => runner.query<{ count: number }>(buildStatusCountQuery(params, status))));
  return Object.fromEntries(STATUSES.map((status, i) => [status, counts[i]![0]!.count])) as StatusCounts;
}

export async function listQueue(runner: SqlRunner, params: QueueParams, pageSize = QUEUE_PAGE_SIZE): Promise<QueuePage> {
  const { sql, search, backwards, hasCursor } = buildQueueQuery(params, pageSize);
  const fetched = await runner.query<QueueRow>(sql);
  const more = fetched.length > pageSize;
  const rows = fetched.slice(0, pageSize);
  if (backwards) rows.reverse();
  const first = rows[0];
  const last = rows[rows.length - 1];
  const hasNext = backwards ? hasCursor : more;
  const hasPrevious = backwards ? more : hasCursor;
  return {
    rows,
    search,
    nextCursor: hasNext && last ? encodeCursor(last) : undefined,
    previousCursor: hasPrevious && first ? encodeCursor(first) : undefined,
  };
}
