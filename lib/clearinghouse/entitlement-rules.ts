// Whether a Manage CALs request is issued at once or goes to the helpdesk (docs/decisions/005). Pure: the
// submit transaction gathers the facts (the purchases under this credential, the packs still counting
// against them, recent recoveries for the server) and acts on the decision.
import { CREDENTIAL_LABELS, calType as calTypeInfo, licenseProgram as programInfo, type CalType, type LicenseProgram } from "@/lib/licensing/catalog";

/** Recoveries for one Target License Server ID within the window before another one needs a person. */
export const RECENT_RECOVERY_LIMIT = 5;
export const RECENT_RECOVERY_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Why a practice server's purchase is not issued for another license server (also the helpdesk's refusal). */
export const PRACTICE_PURCHASE_ELSEWHERE =
  "This purchase belongs to a practice server: its RDS CALs are issued only for that practice server's License Server ID, not for this one.";

export interface RecoveryAsk {
  licenseProgram: LicenseProgram;
  calType: CalType;
  quantity: number;
  targetLicenseServerId: string;
  /** A migration's source license server: its pack of the purchase stops counting when the new one is issued. */
  sourceLicenseServerId?: string | null;
}

export interface ActivePack {
  targetLicenseServerId: string;
  /** IssuedKeyPack.countedQuantity: the largest pack issued for that server from this purchase. */
  quantity: number;
}

export interface EntitlementFacts {
  id: string;
  calType: CalType;
  quantity: number;
  /** RDS CALs converted from its packs to the other type (Convert RDS CALs): they count against it for good. */
  convertedQuantity: number;
  /** Issued key packs of this entitlement that are not superseded. */
  activePacks: readonly ActivePack[];
  /**
   * Whether the purchase may issue for the request's target at all: false for a practice server's purchase
   * and any other license server. Read with `issuesForTargetSql` (issue-key-pack.ts), the rule's one
   * statement, which the issue itself also enforces.
   */
  issuesForTarget: boolean;
}

type ReviewCode = "unknown-credential" | "wrong-program" | "cal-type" | "quantity" | "retail-elsewhere" | "frequency" | "migration-source" | "practice-server";

export type RecoveryDecision =
  | { outcome: "ISSUE"; entitlementId: string }
  | { outcome: "REVIEW"; entitlementId: string | null; codes: ReviewCode[]; reason: string };

/**
 * What the purchase still covers for this license server: its quantity minus the packs that count for
 * OTHER servers and the RDS CALs converted to the other type (those packs stay valid wherever they are,
 * docs/decisions/038). The pack this server already holds is replaced by the new one, which then counts the
 * larger of the two (issue-key-pack.ts), so the purchase's total stays within its quantity. A migration's
 * source pack stops counting in the same statement that issues the new one, so it is not "other" either.
 */
export function stillCovered(
  entitlement: Pick<EntitlementFacts, "quantity" | "convertedQuantity" | "activePacks">,
  targetLicenseServerId: string,
  sourceLicenseServerId?: string | null,
): number {
  const elsewhere = entitlement.activePacks
    .filter((p) => p.targetLicenseServerId !== targetLicenseServerId && p.targetLicenseServerId !== sourceLicenseServerId)
    .reduce((sum, p) => sum + p.quantity, 0);
  return Math.max(0, entitlement.quantity - entitlement.convertedQuantity - elsewhere);
}

/** What helps name the trouble (docs/domain.md "Common trouble"), read only when it can matter. */
export interface RecoveryContext {
  /** With no purchase under the chosen program: the programs that do have a purchase under this credential. */
  otherPrograms?: readonly LicenseProgram[];
}

/**
 * @param entitlements every purchase under the request's license program and credential (any CAL type)
 * @param recentRecoveries requests already made for the same Target License Server ID within the window
 *   (0 for an installation: it recovers nothing)
 */
export function evaluateRecovery(ask: RecoveryAsk, entitlements: readonly EntitlementFacts[], recentRecoveries: number, context: RecoveryContext = {}): RecoveryDecision {
  const codes: ReviewCode[] = [];
  const reasons: string[] = [];
  const program = programInfo(ask.licenseProgram);
  const match = entitlements.find((e) => e.calType === ask.calType) ?? null;

  const otherPrograms = context.otherPrograms ?? [];
  if (entitlements.length === 0 && otherPrograms.length > 0) {
    // The common trouble of choosing the wrong License Program: the credential is known under another one.
    codes.push("wrong-program");
    const names = otherPrograms.map((p) => programInfo(p).label).join(" or ");
    reasons.push(`The ${CREDENTIAL_LABELS[program.credential].toLowerCase()} given is a purchase of ${names}, not of ${program.label}. Select ${names} as the License Program.`);
  } else if (entitlements.length === 0) {
    codes.push("unknown-credential");
    const verb = program.credential === "openLicense" ? "do" : "does";
    reasons.push(`The ${CREDENTIAL_LABELS[program.credential].toLowerCase()} given ${verb} not match a purchase the Clearinghouse knows for ${program.label}.`);
  } else if (!match) {
    codes.push("cal-type");
    const bought = entitlements.map((e) => calTypeInfo(e.calType).label).join(", ");
    reasons.push(`The purchase does not include ${calTypeInfo(ask.calType).label} (it covers ${bought}).`);
  } else if (!match.issuesForTarget) {
    // A practice server's purchase: nobody may have it issued for another server (not even the helpdesk).
    codes.push("practice-server");
    reasons.push(PRACTICE_PURCHASE_ELSEWHERE);
  } else {
    const source = ask.sourceLicenseServerId ?? null;
    // A migration moves what the source holds: a source that holds nothing of the purchase (migrated before,
    // or never issued) needs a person, or the same CALs would be counted twice.
    const sourceHolds = source === null || match.activePacks.some((p) => p.targetLicenseServerId === source);
    if (!sourceHolds) {
      codes.push("migration-source");
      reasons.push(
        "The Source License Server ID holds no RDS CALs of this purchase that the Clearinghouse still counts: they may have been migrated to another license server already.",
      );
    }
    const covered = stillCovered(match, ask.targetLicenseServerId, sourceHolds ? source : null);
    const converted = match.convertedQuantity;
    const heldElsewhere = Math.max(0, match.quantity - converted - covered);
    if (ask.quantity > covered && ask.licenseProgram === "LICENSE_PACK" && heldElsewhere > 0) {
      // A retail License Pack installs on one license server: its code was already used on another one.
      codes.push("retail-elsewhere");
      reasons.push(
        `This license code was already used to install RDS CALs on another license server (${heldElsewhere} of its ${match.quantity} count there). A License Pack (Retail Purchase) installs on one license server.`,
      );
    } else if (ask.quantity > covered) {
      codes.push("quantity");
      const others = [
        heldElsewhere > 0 ? `${heldElsewhere} count for other license servers` : null,
        converted > 0 ? `${converted} were converted to the other type of RDS CAL` : null,
      ].filter((part) => part !== null);
      reasons.push(
        others.length === 0
          ? `The quantity requested (${ask.quantity}) is more than the purchase covers (${match.quantity}).`
          : `The quantity requested (${ask.quantity}) is more than the purchase still covers: ${covered} of its ${match.quantity}, ${others.join(" and ")}.`,
      );
    }
  }

  if (recentRecoveries >= RECENT_RECOVERY_LIMIT) {
    codes.push("frequency");
    reasons.push(`${recentRecoveries} recoveries were already requested for this Target License Server ID within 24 hours.`);
  }

  if (codes.length === 0 && match) return { outcome: "ISSUE", entitlementId: match.id };
  return { outcome: "REVIEW", entitlementId: match?.id ?? null, codes, reason: reasons.join(" ") };
}
