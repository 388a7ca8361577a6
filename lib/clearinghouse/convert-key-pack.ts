// Convert RDS CALs on the Clearinghouse's side (docs/decisions/032-one-wizard-engine.md's worked example): a
// key pack issued for a license server gives up `count` of its RDS CALs for a new key pack of the other type
// (Per User <-> Per Device, same version and License Program) for the same License Server ID. The new pack is
// issued by the one issuing function (issue-key-pack.ts) as a pack of no purchase (purchase line 0): a pack of
// the purchase would replace the source under the generation rule (docs/decisions/018), while the source must
// stay, lowered by the console in the same transaction as the install (lib/console/manage-cals/convert-mutations.ts).
// Its lineage is IssuedKeyPack.convertedFromId; the conversions of one pack never add up to more than its quantity.
// One caller per way in: the Automatic route (app/api/clearinghouse/conversion), the web site's convert page and the Phone desk.
import { z } from "zod";
import type { Prisma, IssuedKeyPack } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit";
import type { Database } from "@/lib/prisma-client";
import { checkKeyPackIdFormat, KEY_PACK_ID_FORMAT_MESSAGES } from "@/lib/licensing/key-pack-id-format";
import { calType as calTypeInfo, convertedCalType, MAX_QUANTITY } from "@/lib/licensing/catalog";
import type { CalType, LicenseProgram } from "@/lib/licensing/catalog";
import { issueKeyPackInTransaction } from "./issue-key-pack";
import { targetLicenseServerIdSchema } from "./schemas";

export const CONVERSION_MESSAGES = {
  count: "Enter the number of RDS CALs to convert, a whole number of 1 or more",
  unknownPack: "The Microsoft Clearinghouse issued no such license key pack ID for this License Server ID. Check both, as the license server shows them.",
  tooMany: (left: number) =>
    left === 0
      ? "All the RDS CALs of this key pack have been converted already: nothing is left to convert."
      : `The key pack has ${left.toLocaleString("en-US")} RDS CALs left to convert: enter a number from 1 to ${left.toLocaleString("en-US")}.`,
} as const;

/** The web site's convert form and the Phone desk read these fields; the Automatic route takes nothing else (strict). */
export const conversionFields = z
  .object({
    licenseServerId: targetLicenseServerIdSchema,
    sourceLicenseKeyPackId: z.string(KEY_PACK_ID_FORMAT_MESSAGES.empty).transform((input, ctx) => {
      const result = checkKeyPackIdFormat(input);
      if (result.ok) return result.value;
      ctx.addIssue({ code: "custom", message: KEY_PACK_ID_FORMAT_MESSAGES[result.error] });
      return z.NEVER;
    }),
    // Digits only (a form's string, the route's number): "1e1" or "0x10" is no count.
    count: z
      .union([z.number(), z.string().trim().regex(/^\d{1,6}$/, CONVERSION_MESSAGES.count)], CONVERSION_MESSAGES.count)
      .transform(Number)
      .pipe(z.number().int(CONVERSION_MESSAGES.count).min(1, CONVERSION_MESSAGES.count).max(MAX_QUANTITY, CONVERSION_MESSAGES.count)),
  });
export const conversionRequestSchema = conversionFields.strict();
export type ConversionRequest = z.output<typeof conversionRequestSchema>;

const REPEAT_WINDOW_MS = 10_000;

export type ConversionOutcome =
  | { kind: "issued"; licenseKeyPackId: string; calType: CalType; quantity: number }
  | { kind: "refused"; field: "sourceLicenseKeyPackId" | "count"; message: string };

/**
 * The converted RDS CALs leave the source pack's count and count against its purchase for good
 * (Entitlement.convertedQuantity, docs/decisions/038): a later pack of the purchase for any license server
 * (a rebuild, a recovery kit, a migration) covers only what is left, while the converted pack stays valid.
 * The version bump makes a web site submit that read the purchase before this read it again (decision 011).
 */
async function countConversionAgainstPurchase(tx: Prisma.TransactionClient, sourceId: string, entitlementId: string, count: number) {
  await tx.$executeRaw`UPDATE "IssuedKeyPack" SET "countedQuantity" = GREATEST(0, "countedQuantity" - ${count}::int) WHERE "id" = ${sourceId}`;
  await tx.entitlement.update({ where: { id: entitlementId }, data: { convertedQuantity: { increment: count }, version: { increment: 1 } } });
}

/** Issues the converted pack inside the caller's transaction, the source locked first; with its audit entry. */
async function issueConversionInTransaction(tx: Prisma.TransactionClient, request: ConversionRequest, actorLabel: string): Promise<ConversionOutcome> {
  const purchase = await tx.issuedKeyPack.findFirst({
    where: { licenseKeyPackId: request.sourceLicenseKeyPackId, targetLicenseServerId: request.licenseServerId },
    select: { entitlementId: true },
  });
  if (!purchase) return { kind: "refused", field: "sourceLicenseKeyPackId", message: CONVERSION_MESSAGES.unknownPack };
  // The purchase first, then the pack: the order of every write that changes what a purchase covers (the
  // helpdesk's approval, Install client access licenses), so two of them never wait for each other.
  if (purchase.entitlementId) await tx.$queryRaw`SELECT 1 FROM "Entitlement" WHERE "id" = ${purchase.entitlementId} FOR UPDATE`;
  const [source] = await tx.$queryRaw<{ id: string; calType: CalType; licenseProgram: LicenseProgram; quantity: number; entitlementId: string | null }[]>`
    SELECT "id", "calType"::text AS "calType", "licenseProgram"::text AS "licenseProgram", "quantity", "entitlementId" FROM "IssuedKeyPack"
    WHERE "licenseKeyPackId" = ${request.sourceLicenseKeyPackId} AND "targetLicenseServerId" = ${request.licenseServerId}
    FOR UPDATE`;
  if (!source) return { kind: "refused", field: "sourceLicenseKeyPackId", message: CONVERSION_MESSAGES.unknownPack };
  // A double click, a retried post: the same conversion asked again within seconds gets the same pack (the
  // source's row lock makes the second wait for the first), so one request never issues two.
  const repeat = await tx.issuedKeyPack.findFirst({
    where: { convertedFromId: source.id, quantity: request.count, issuedAt: { gte: new Date(Date.now() - REPEAT_WINDOW_MS) } },
    orderBy: { issuedAt: "desc" },
    select: { licenseKeyPackId: true, calType: true, quantity: true },
  });
  if (repeat) return { kind: "issued", licenseKeyPackId: repeat.licenseKeyPackId, calType: repeat.calType, quantity: repeat.quantity };
  const converted = await tx.issuedKeyPack.aggregate({ where: { convertedFromId: source.id }, _sum: { quantity: true } });
  const left = source.quantity - (converted._sum.quantity ?? 0);
  if (request.count > left) return { kind: "refused", field: "count", message: CONVERSION_MESSAGES.tooMany(Math.max(left, 0)) };
  const calType = convertedCalType(source.calType);
  const issued: IssuedKeyPack = await issueKeyPackInTransaction(tx, {
    targetLicenseServerId: request.licenseServerId,
    calType,
    licenseProgram: source.licenseProgram,
    quantity: request.count,
  });
  await tx.issuedKeyPack.update({ where: { id: issued.id }, data: { convertedFromId: source.id } });
  if (source.entitlementId) await countConversionAgainstPurchase(tx, source.id, source.entitlementId, request.count);
  await recordAudit(tx, {
    actorLabel,
    action: "key-pack.converted",
    entityType: "IssuedKeyPack",
    entityId: issued.id,
    before: { sourceId: source.id, calType: source.calType, left },
    after: { calType, quantity: request.count, licenseServerId: request.licenseServerId },
  });
  return { kind: "issued", licenseKeyPackId: issued.licenseKeyPackId, calType, quantity: request.count };
}

/** "20 × Windows Server 2022 - RDS Per Device CAL": what the site and the Phone desk show beside the new ID. */
export function conversionDescription(issued: { calType: CalType; quantity: number }): string {
  return `${issued.quantity.toLocaleString("en-US")} × ${calTypeInfo(issued.calType).label}`;
}

export function issueConversion(db: Database, request: ConversionRequest, actorLabel: string): Promise<ConversionOutcome> {
  return db.$transaction((tx) => issueConversionInTransaction(tx, request, actorLabel));
}
