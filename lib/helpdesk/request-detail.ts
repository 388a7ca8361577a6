// Everything the request page shows, read in parallel: the request as the customer entered it, the matching
// purchase and how much of it is issued, earlier requests for the same license server, and the timeline.
import type { Prisma } from "@/generated/prisma/client";
import type { Database } from "@/lib/prisma-client";
import { checkApproval } from "./approval-check";
import { coverage } from "./coverage";
import { buildTimeline } from "./timeline";

const EARLIER_LIMIT = 20;

export async function getRequestDetail(db: Database, reference: string) {
  const request = await db.recoveryRequest.findUnique({
    where: { reference },
    include: {
      issuedKeyPack: { select: { licenseKeyPackId: true, quantity: true, issuedAt: true, supersededAt: true } },
      decidedBy: { select: { name: true, email: true } },
      assignedTo: { select: { id: true, name: true } },
      takenBy: { select: { name: true } },
    },
  });
  if (!request) return null;

  const entitlementWhere = request.entitlementId
    ? { id: request.entitlementId }
    : { licenseProgram_credential_calType: { licenseProgram: request.licenseProgram, credential: request.credential, calType: request.calType } };

  const [entitlement, earlier, notes, audits] = await Promise.all([
    db.entitlement.findUnique({ where: entitlementWhere }),
    db.recoveryRequest.findMany({
      where: { targetLicenseServerId: request.targetLicenseServerId, id: { not: request.id } },
      orderBy: { createdAt: "desc" },
      take: EARLIER_LIMIT,
      select: { id: true, reference: true, createdAt: true, status: true, calType: true, quantity: true, licenseProgram: true, companyName: true },
    }),
    db.requestNote.findMany({
      where: { requestId: request.id },
      orderBy: { createdAt: "asc" },
      select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
    }),
    db.auditLog.findMany({
      where: { entityType: "RecoveryRequest", entityId: request.id },
      orderBy: { createdAt: "asc" },
      select: { id: true, action: true, actorLabel: true, actor: { select: { name: true } }, createdAt: true, before: true, after: true },
    }),
  ]);

  const usage = entitlement ? await entitlementUsage(db, entitlement.id, request.targetLicenseServerId, request.sourceLicenseServerId) : null;
  return {
    request,
    entitlement: entitlement && usage ? { ...entitlement, ...usage, ...coverage({ entitled: entitlement.quantity, ...usage, requested: request.quantity }) } : null,
    earlier,
    /** What approving does to the purchase, and the override reasons the approval will ask a justification for. */
    approval: checkApproval(entitlement && usage ? { ...entitlement, ...usage } : null, request),
    timeline: buildTimeline(
      request.createdAt,
      audits,
      notes.map((n) => ({ id: n.id, body: n.body, createdAt: n.createdAt, authorName: n.author.name })),
    ),
  };
}

export type RequestDetail = NonNullable<Awaited<ReturnType<typeof getRequestDetail>>>;

/**
 * What a purchase has issued (all servers, and this one): read by the request page and, locked, by an
 * approval. A migration's source counts as "this one" too: its pack stops counting when the new one is
 * issued (stillCovered in lib/clearinghouse/entitlement-rules.ts says the same for the web site).
 */
export async function entitlementUsage(
  db: Pick<Prisma.TransactionClient, "issuedKeyPack" | "entitlement">,
  entitlementId: string,
  targetLicenseServerId: string,
  sourceLicenseServerId?: string | null,
) {
  const here = sourceLicenseServerId ? [targetLicenseServerId, sourceLicenseServerId] : [targetLicenseServerId];
  const [all, mine, converted] = await Promise.all([
    db.issuedKeyPack.aggregate({ where: { entitlementId, supersededAt: null }, _sum: { countedQuantity: true } }),
    db.issuedKeyPack.aggregate({ where: { entitlementId, supersededAt: null, targetLicenseServerId: { in: here } }, _sum: { countedQuantity: true } }),
    db.entitlement.findUnique({ where: { id: entitlementId }, select: { convertedQuantity: true } }),
  ]);
  // RDS CALs converted to the other type count for good and are never replaced (docs/decisions/038).
  return { activeIssued: (all._sum.countedQuantity ?? 0) + (converted?.convertedQuantity ?? 0), activeForThisServer: mine._sum.countedQuantity ?? 0 };
}
