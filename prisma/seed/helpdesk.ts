// Helpdesk demo data: an agent and a supervisor (passwords in the README).
import type { Database } from "@/lib/prisma-client";
import { createStaffUser } from "../factories";
import { DEMO_STAFF } from "./demo-data";

export async function seedHelpdesk(db: Database) {
  for (const staff of DEMO_STAFF) await createStaffUser(db, staff);
}
