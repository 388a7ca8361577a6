// Whether an error means the database cannot be reached right now (restarting, down, connections cut),
// as opposed to a bug: the route handlers answer the first with 503 and Retry-After, so a client knows to
// try again (the submit is idempotent per draft). Seen in bench/faults.ts when PostgreSQL restarts.
const CODES = new Set(["57P01", "57P02", "57P03", "08000", "08001", "08003", "08004", "08006", "ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "P1001", "P1017", "P2024"]);
const MESSAGES = /Connection terminated|terminating connection|the database system is (starting up|shutting down|in recovery)|connect ECONNREFUSED|Connection refused|timeout exceeded when trying to connect|Can't reach database server|DatabaseNotReachable/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  // Prisma's errors, pg's, and the driver adapter's (DriverAdapterError, whose cause has originalCode and
  // originalMessage) when lib/driver-sql.ts calls the adapter directly.
  const e = error as { code?: unknown; originalCode?: unknown; message?: unknown; originalMessage?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  if (typeof e.code === "string" && CODES.has(e.code)) return true;
  if (typeof e.originalCode === "string" && CODES.has(e.originalCode)) return true;
  if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
  if (typeof e.originalMessage === "string" && MESSAGES.test(e.originalMessage)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1) || isDatabaseUnavailable(e.meta?.driverAdapterError, depth + 1);
}
