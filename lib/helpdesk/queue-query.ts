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
import { classifySearch, escapeLike, type SearchTerm } from "./search-term";

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
}

export interface QueuePage {
  rows: QueueRow[];
  search: SearchTerm | null;
  /** Cursors for the neighbouring pages; absent at either end. */
  nextCursor?: string;
  previousCursor?: string;
}

export function searchCondition(term: SearchTerm): Prisma.Sql {
  switch (term.kind) {
    case "reference":
      return Prisma.sql`"reference" = ${term.value}`;
    case "licenseServerId":
      return Prisma.sql`"targetLicenseServerId" = ${term.value}`;
    case "keyPackId":
      return Prisma.sql`"issuedKeyPackId" = (SELECT "id" FROM "IssuedKeyPack" WHERE "licenseKeyPackId" = ${term.value})`;
    case "email":
      return Prisma.sql`lower("email") = ${term.value}`;
    case "company":
      return Prisma.sql`lower("companyName") LIKE ${escapeLike(term.value) + "%"}`;
  }
}

export function buildQueueQuery(params: QueueParams, pageSize = QUEUE_PAGE_SIZE) {
  const search = classifySearch(params.q);
  const conditions: Prisma.Sql[] = [];
  if (search) conditions.push(searchCondition(search));
  if (params.status) conditions.push(Prisma.sql`"status" = ${params.status}::"RecoveryStatus"`);
  if (params.program) conditions.push(Prisma.sql`"licenseProgram" = ${params.program}::"LicenseProgram"`);
  const range = dateRange(params);
  if (range.from) conditions.push(Prisma.sql`"createdAt" >= ${range.from}::timestamp(3)`);
  if (range.toExclusive) conditions.push(Prisma.sql`"createdAt" < ${range.toExclusive}::timestamp(3)`);

  // Paging backwards reads the index the other way and turns the rows around afterwards.
  const backwards = Boolean(params.before);
  const cursor = decodeCursor(params.before ?? params.after);
  const descending = (params.sort === "newest") !== backwards;
  if (cursor) {
    const comparison = descending ? Prisma.sql`<` : Prisma.sql`>`;
    conditions.push(Prisma.sql`("createdAt", "id") ${comparison} (${cursor.createdAt}::timestamp(3), ${cursor.id})`);
  }
  const where = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const order = descending ? Prisma.sql`ORDER BY "createdAt" DESC, "id" DESC` : Prisma.sql`ORDER BY "createdAt" ASC, "id" ASC`;
  const sql = Prisma.sql`
    SELECT "id", "reference", "createdAt", "companyName", "targetLicenseServerId", "licenseProgram", "calType",
           "quantity", "status", "reviewReason"
    FROM "RecoveryRequest" ${where} ${order} LIMIT ${pageSize + 1}`;
  return { sql, search, backwards, hasCursor: Boolean(cursor) };
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
