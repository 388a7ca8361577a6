// Console reads. Server Components call these directly; each selects only what its page shows.
import "server-only";
import { getDb } from "@/lib/db";

export async function listLicenseServers() {
  const db = await getDb();
  return db.licenseServer.findMany({
    where: { practiceOwner: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, activated: true, connectionMethod: true, _count: { select: { keyPacks: true } } },
  });
}
