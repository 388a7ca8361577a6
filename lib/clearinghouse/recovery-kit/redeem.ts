// The Web site's side of the recovery kit (docs/decisions/035-recovery-kit.md): "Use a recovery kit" under
// Manage CALs. The kit's signature is checked with its license server's public key; each of its packs is
// checked against what the Clearinghouse issued (the license key pack ID, for that License Server ID, of
// that program, type and quantity less what was converted, and the purchase it came from); a converted pack
// (no purchase) is answered with its own ID, still valid; each other pack that passes becomes a Manage
// CALs request as if its answers were typed (a draft, then submitDraft, lib/clearinghouse/submit.ts): the
// same entitlement rules, purchase limits, generations, practice rule, audit entry and e-mail, issued
// through the one issuing function (issue-key-pack.ts) or filed for the helpdesk with the reason. The answer
// is one response file signed by the Clearinghouse, listing the new license key pack IDs and the rest.
// Idempotent: a kit's drafts have ids derived from its signature, and submitDraft answers a draft submitted
// before with its request, so the same kit sent twice (double click, retry, later) issues nothing twice.
import { createHash } from "node:crypto";
import type { Database } from "@/lib/prisma-client";
import type { SqlRunner } from "@/lib/driver-sql";
import { credentialKind, splitOpenLicenseCredential } from "@/lib/licensing/credentials";
import type { DraftColumns } from "@/lib/clearinghouse/steps";
import { RECOVERY_REASONS } from "@/lib/licensing/catalog";
import { submitDraft } from "@/lib/clearinghouse/submit";
import { parseKit, RESPONSE_FORMAT, KIT_VERSION, type KitPack, type RecoveryKit, type RecoveryResponse, type ResponseOther, type ResponsePack, type Unsigned } from "@/lib/recovery-kit/format";
import { CLEARINGHOUSE_KEY, privateKeyOf, publicKeyOf, signDocument, verifyDocument } from "@/lib/recovery-kit/signing-keys";

export const REDEEM_MESSAGES = {
  unknownServer: "This recovery kit was not made by a license server the Clearinghouse knows: check that the license server is activated, then make a new kit.",
  badSignature: "This recovery kit was changed after the license server made it: its signature does not match. Make a new kit on the license server and use it unchanged.",
  noRecord: "The Clearinghouse has no record of this license key pack ID, and the kit does not name its purchase. Request it under Manage CALs with your purchase agreement documentation.",
  otherServer: "This license key pack ID was issued for another license server, not for the License Server ID of this kit.",
  mismatch: "The kit's License Program, type of RDS CAL or quantity is not what the Clearinghouse issued with this license key pack ID.",
  otherPurchase: "The purchase named in the kit is not the one this license key pack ID was issued from.",
  noPurchase: "This license key pack ID was issued by the helpdesk without a purchase: request it under Manage CALs with your purchase agreement documentation, or call the helpdesk.",
  allConverted: "Every RDS CAL of this key pack was converted to the other type (Convert RDS CALs): the converted key packs carry them now.",
  rejected: (reason: string | null) => `The helpdesk rejected the request${reason ? `: ${reason}` : "."}`,
} as const;

/** The Web site's reason for recovery when a kit is used. */
const KIT_RECOVERY_REASON: (typeof RECOVERY_REASONS)[number] = "The license server database was rebuilt";

export type RedeemResult = { ok: true; response: RecoveryResponse } | { ok: false; message: string };

/** A UUID made from a hash (the version nibble 8: "custom"), so the same kit pack always names the same draft. */
function uuidFromHash(input: string): string {
  const hex = createHash("sha256").update(input).digest("hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The draft id of pack `index` of a kit: the kit's signature names the kit (a new kit, new drafts). */
function kitDraftId(kit: Pick<RecoveryKit, "signature">, index: number): string {
  return uuidFromHash(`rdls-recovery-kit:${kit.signature}:${index}`);
}

function credentialColumns(pack: KitPack, credential: string): Pick<DraftColumns, "licenseCode" | "licenseNumber" | "authorizationNumber" | "agreementNumber"> {
  const none = { licenseCode: null, licenseNumber: null, authorizationNumber: null, agreementNumber: null };
  switch (credentialKind(pack.licenseProgram)) {
    case "licenseCode":
      return { ...none, licenseCode: credential };
    case "openLicense":
      return { ...none, ...splitOpenLicenseCredential(credential) };
    default:
      return { ...none, agreementNumber: credential };
  }
}

/** The Request column of a converted pack in the response: no request, the same license key pack ID again. */
export const CONVERTED_REFERENCE = "Converted: same ID";

type Checked =
  /** Request it under its purchase, for `quantity` RDS CALs. */
  | { ok: true; credential: string; quantity: number }
  /** A converted pack (Convert RDS CALs, no purchase): its own ID stays valid for this License Server ID. */
  | { ok: "still-valid"; licenseKeyPackId: string; quantity: number }
  | { ok: false; reason: string };

/**
 * One kit pack against the Clearinghouse's record of its license key pack ID. A pack that RDS CALs were
 * converted from carries only what is left (docs/decisions/038): the kit may show it lowered or, when the
 * console never installed the conversion, as issued; either way only what is left is asked for.
 */
async function checkPack(db: Database, kit: RecoveryKit, pack: KitPack): Promise<Checked> {
  const issued = await db.issuedKeyPack.findUnique({
    where: { licenseKeyPackId: pack.licenseKeyPackId },
    select: {
      targetLicenseServerId: true,
      licenseProgram: true,
      calType: true,
      quantity: true,
      convertedFromId: true,
      entitlement: { select: { credential: true, licenseProgram: true } },
      conversions: { select: { quantity: true } },
    },
  });
  if (!issued) return pack.credential ? { ok: true, credential: pack.credential, quantity: pack.quantity } : { ok: false, reason: REDEEM_MESSAGES.noRecord };
  if (issued.targetLicenseServerId !== kit.licenseServerId) return { ok: false, reason: REDEEM_MESSAGES.otherServer };
  const left = issued.quantity - issued.conversions.reduce((sum, c) => sum + c.quantity, 0);
  if (issued.licenseProgram !== pack.licenseProgram || issued.calType !== pack.calType || (pack.quantity !== issued.quantity && pack.quantity !== left)) {
    return { ok: false, reason: REDEEM_MESSAGES.mismatch };
  }
  if (left <= 0) return { ok: false, reason: REDEEM_MESSAGES.allConverted };
  if (!issued.entitlement && issued.convertedFromId) return { ok: "still-valid", licenseKeyPackId: pack.licenseKeyPackId, quantity: left };
  if (!issued.entitlement) return pack.credential ? { ok: true, credential: pack.credential, quantity: left } : { ok: false, reason: REDEEM_MESSAGES.noPurchase };
  if (pack.credential && pack.credential !== issued.entitlement.credential) return { ok: false, reason: REDEEM_MESSAGES.otherPurchase };
  return { ok: true, credential: issued.entitlement.credential, quantity: left };
}

/** The kit, parsed and its signature checked with its license server's key; the refusal otherwise. */
async function verifyKit(db: Database, text: string): Promise<{ ok: true; kit: RecoveryKit } | { ok: false; message: string }> {
  const parsed = parseKit(text);
  if (!parsed.ok) return parsed;
  const key = await publicKeyOf(db, parsed.value.licenseServerId);
  if (!key) return { ok: false, message: REDEEM_MESSAGES.unknownServer };
  if (!verifyDocument(parsed.value, key)) return { ok: false, message: REDEEM_MESSAGES.badSignature };
  return { ok: true, kit: parsed.value };
}

/** Re-issues what the kit's packs may have at once, files the rest, and answers with the signed response. */
export async function redeemKit(db: Database, sql: SqlRunner, text: string, now = new Date()): Promise<RedeemResult> {
  const verified = await verifyKit(db, text);
  if (!verified.ok) return verified;
  const { kit } = verified;
  const issued: ResponsePack[] = [];
  const notIssued: ResponseOther[] = [];
  for (const [index, pack] of kit.packs.entries()) {
    const about = { licenseKeyPackId: pack.licenseKeyPackId, licenseProgram: pack.licenseProgram, calType: pack.calType, quantity: pack.quantity };
    const checked = await checkPack(db, kit, pack);
    if (checked.ok === false) {
      notIssued.push({ ...about, reference: null, reason: checked.reason });
      continue;
    }
    if (checked.ok === "still-valid") {
      // Nothing to issue: the console installs the same ID again, with the response's other IDs.
      issued.push({ ...about, quantity: checked.quantity, reference: CONVERTED_REFERENCE, replaces: checked.licenseKeyPackId });
      continue;
    }
    const draftId = kitDraftId(kit, index);
    const answers: Partial<DraftColumns> = {
      targetLicenseServerId: kit.licenseServerId,
      reasonForRecovery: KIT_RECOVERY_REASON,
      sourceLicenseServerId: null,
      licenseProgram: pack.licenseProgram,
      ...kit.company,
      calType: pack.calType,
      quantity: checked.quantity,
      ...credentialColumns(pack, checked.credential),
    };
    // The same kit again finds its drafts (and submitDraft their requests).
    await db.manageCalsDraft.upsert({ where: { id: draftId }, create: { id: draftId, option: "MANAGE_CALS", ...answers }, update: {} });
    const outcome = await submitDraft(sql, draftId, now);
    if (outcome.kind !== "submitted") {
      const reason = outcome.kind === "invalid" ? Object.values(outcome.fieldErrors).flat().join(" ") : "The request could not be filed.";
      notIssued.push({ ...about, reference: null, reason });
      continue;
    }
    const request = await db.recoveryRequest.findUniqueOrThrow({
      where: { reference: outcome.reference },
      select: { status: true, reviewReason: true, rejectionReason: true, issuedKeyPack: { select: { licenseKeyPackId: true, licenseProgram: true, calType: true, quantity: true } } },
    });
    if (request.issuedKeyPack && (request.status === "ISSUED" || request.status === "APPROVED")) {
      issued.push({ ...request.issuedKeyPack, reference: outcome.reference, replaces: pack.licenseKeyPackId });
    } else {
      const reason = request.status === "REJECTED" ? REDEEM_MESSAGES.rejected(request.rejectionReason) : (request.reviewReason ?? "Filed for review by the helpdesk.");
      notIssued.push({ ...about, reference: outcome.reference, reason });
    }
  }
  const unsigned: Unsigned<RecoveryResponse> = {
    format: RESPONSE_FORMAT,
    version: KIT_VERSION,
    kitId: kit.kitId,
    licenseServerId: kit.licenseServerId,
    issuedAt: now.toISOString(),
    issued,
    notIssued,
  };
  return { ok: true, response: signDocument(unsigned, await privateKeyOf(db, CLEARINGHOUSE_KEY)) };
}
