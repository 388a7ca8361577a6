// A license server this browser may see, by name (case-insensitive) or License Server ID: Migrate's source
// server and View → Connect (docs/decisions/025, 037). A search among many servers, so it filters by
// lib/practice/visibility.ts's visibleServers() (`visible`): another browser's practice server is never found.
// What it finds is opened by name, and that page asks findVisibleServer again.
import type { Prisma } from "@/generated/prisma/client";
import { equalsIgnoringCase } from "@/lib/like";
import type { Database } from "@/lib/prisma-client";

// A failed practice server (practiceAccess UNREACHABLE, a migration scenario's source) does not answer to its
// name, as a server that is down does not; by License Server ID it is still the console's record of it.
export async function lookUpVisibleServer(db: Database, where: { name: string } | { licenseServerId: string }, visible: Prisma.LicenseServerWhereInput) {
  const match: Prisma.LicenseServerWhereInput = "name" in where ? { name: equalsIgnoringCase(where.name), practiceAccess: { not: "UNREACHABLE" } } : { licenseServerId: where.licenseServerId };
  return db.licenseServer.findFirst({ where: { AND: [match, visible] }, select: { id: true, name: true, licenseServerId: true, activated: true, practiceAccess: true, practiceOwner: true } });
}
