// Clearinghouse demo data: the purchases (entitlements) for every license program.
import type { Database } from "@/lib/prisma-client";
import { DEMO_ENTITLEMENTS } from "./demo-data";

export async function seedClearinghouse(db: Database) {
  await db.entitlement.createMany({ data: [...DEMO_ENTITLEMENTS] });
  return db.entitlement.findMany();
}
