import { connection } from "next/server";
import { getDb } from "@/lib/db";

/** Liveness and database check, used by Playwright's webServer and by the benchmarks. */
export async function GET() {
  await connection();
  const db = await getDb();
  await db.$queryRaw`SELECT 1`;
  return Response.json({ ok: true });
}
