// Which license servers this browser may see: the shared ones, and its own practice servers until they
// expire. lib/console/queries.ts adds this to every read of a server, so a practice server of another
// browser is never listed and every console route for it answers 404 (its server actions find nothing).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { readPracticeOwner } from "./owner-cookie";
import { visibleServersWhere } from "./plan";

export async function visibleServers(now = new Date()): Promise<Prisma.LicenseServerWhereInput> {
  return visibleServersWhere(await readPracticeOwner(), now);
}
