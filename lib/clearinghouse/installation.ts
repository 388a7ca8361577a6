// Installing client access licenses for a license server that asks by Automatic connection (the
// installation route): the same purchases, rules and issuing as the web site. For each credential the
// purchases under it are locked, the entitlement rules decide (lib/clearinghouse/entitlement-rules.ts: an
// unknown credential, a wrong License Program, a retail code used on another server, a quantity beyond the
// purchase are refused with the words the web site's review reasons use), and only when every credential
// may be issued are the packs issued, through the one issuing function (issueKeyPackInTransaction), with
// their audit entry, in one transaction: all or nothing. The console then installs them
// (docs/decisions/023).
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { programsWithCredential } from "./wrong-program";
import type { FieldErrors } from "@/lib/forms/action-result";
import { recordAudit } from "@/lib/audit";
import type { Database } from "@/lib/prisma-client";
import type { CalType, LicenseProgram } from "@/lib/licensing/catalog";
import { evaluateRecovery } from "./entitlement-rules";
import type { InstallationRequest } from "./installation-schema";
import { issueKeyPackInTransaction, issuesForTargetSql } from "./issue-key-pack";
import { checkInstallationTarget } from "./target-server";

export type InstallationOutcome =
  | { kind: "issued"; licenseKeyPackIds: string[] }
  | { kind: "refused"; fieldErrors: FieldErrors; formError: string };

const INSTALLATION_REFUSED = "The Microsoft Clearinghouse could not issue licenses for this request. Correct what is marked and try again.";

export async function issueInstallation(db: Database, request: InstallationRequest, now = new Date()): Promise<InstallationOutcome> {
  const target = await checkInstallationTarget(db, request.licenseServerId);
  if (target) return { kind: "refused", fieldErrors: { licenseServerId: [target.message] }, formError: target.message };
  return db.$transaction(async (tx) => {
    const fieldErrors: FieldErrors = {};
    const issues: string[] = [];
    for (const [index, credential] of request.credentials.entries()) {
      const decision = await decide(tx, request, credential);
      if (decision.outcome === "REVIEW") fieldErrors[`credentials.${index}`] = [decision.reason];
      else issues.push(decision.entitlementId);
    }
    if (Object.keys(fieldErrors).length > 0) return { kind: "refused", fieldErrors, formError: INSTALLATION_REFUSED };
    const licenseKeyPackIds: string[] = [];
    for (const entitlementId of issues) {
      const pack = await issueKeyPackInTransaction(tx, { targetLicenseServerId: request.licenseServerId, calType: request.calType, licenseProgram: request.licenseProgram, quantity: request.quantity, entitlementId }, now);
      licenseKeyPackIds.push(pack.licenseKeyPackId);
      await recordAudit(tx, {
        actorLabel: "License server (Automatic connection)",
        action: "installation.issued_automatic",
        entityType: "IssuedKeyPack",
        entityId: pack.id,
        after: { targetLicenseServerId: request.licenseServerId, licenseProgram: request.licenseProgram, calType: request.calType, quantity: request.quantity, licenseKeyPackId: pack.licenseKeyPackId },
      });
    }
    return { kind: "issued", licenseKeyPackIds };
  });
}

/** The rules for one credential, on its purchases locked for the rest of the transaction. */
async function decide(tx: Prisma.TransactionClient, request: { licenseProgram: LicenseProgram; calType: CalType; quantity: number; licenseServerId: string }, credential: string) {
  const purchases = await tx.$queryRaw<{ id: string; calType: CalType; quantity: number; convertedQuantity: number; issuesForTarget: boolean }[]>`
    SELECT e."id", e."calType", e."quantity", e."convertedQuantity", ${issuesForTargetSql(Prisma.sql`e`, Prisma.sql`${request.licenseServerId}`)} AS "issuesForTarget" FROM "Entitlement" e
    WHERE e."licenseProgram" = ${request.licenseProgram}::"LicenseProgram" AND e."credential" = ${credential} ORDER BY e."id" FOR UPDATE OF e`;
  const packs = purchases.length
    ? await tx.issuedKeyPack.findMany({ where: { entitlementId: { in: purchases.map((p) => p.id) }, supersededAt: null }, select: { entitlementId: true, targetLicenseServerId: true, countedQuantity: true } })
    : [];
  const entitlements = purchases.map((p) => ({
    ...p,
    activePacks: packs.filter((k) => k.entitlementId === p.id).map((k) => ({ targetLicenseServerId: k.targetLicenseServerId, quantity: k.countedQuantity })),
  }));
  const otherPrograms = purchases.length ? [] : await programsWithCredential(tx, credential);
  return evaluateRecovery({ ...request, targetLicenseServerId: request.licenseServerId }, entitlements, 0, { otherPrograms });
}
