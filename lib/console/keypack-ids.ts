// The console's local "Keypack ID" column: a small integer per server, taken with an atomic increment of
// LicenseServer.nextKeypackId inside the caller's transaction, so concurrent installs never share one.
// No "server-only" here: prisma/factories.ts could take its IDs from this one place too.
import type { Prisma } from "@/generated/prisma/client";

export async function allocateKeypackId(tx: Prisma.TransactionClient, serverId: string): Promise<number> {
  const { nextKeypackId } = await tx.licenseServer.update({
    where: { id: serverId },
    data: { nextKeypackId: { increment: 1 } },
    select: { nextKeypackId: true },
  });
  return nextKeypackId - 1;
}
