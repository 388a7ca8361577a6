// The one test for "a unique index refused this row", for the writes that expect it (a double click, a
// twin request, a random name that clashed). Prisma's model calls report it as P2002; raw statements
// ($queryRaw, as issue-key-pack.ts runs, and lib/driver-sql.ts) as PostgreSQL's 23505, in the error's
// meta or in the driver adapter's error under it. lib/database-errors.db.test.ts checks all three ways.
const UNIQUE_VIOLATION = "23505";

export function isUniqueViolation(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as { code?: unknown; originalCode?: unknown; kind?: unknown; cause?: unknown; meta?: { code?: unknown; driverAdapterError?: unknown } };
  if (e.code === "P2002" || e.code === UNIQUE_VIOLATION || e.originalCode === UNIQUE_VIOLATION || e.kind === "UniqueConstraintViolation") return true;
  if (e.meta?.code === UNIQUE_VIOLATION) return true;
  return isUniqueViolation(e.cause, depth + 1) || isUniqueViolation(e.meta?.driverAdapterError, depth + 1);
}
