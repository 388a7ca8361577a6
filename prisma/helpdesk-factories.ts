// Helpdesk factories, shared by the seed and the end-to-end tests: recovery requests in any status (with
// the key pack an issued or approved one carries) and staff sessions made without the sign-in form.
import type { Database } from "@/lib/prisma-client";
import type { CalType, LicenseProgram } from "@/lib/licensing/catalog";
import { canonicalCredential, credentialKind, type CredentialFields } from "@/lib/licensing/credentials";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { randomDigits } from "@/lib/licensing/random";
import { issueKeyPackInTransaction } from "@/lib/clearinghouse/issue-key-pack";
import { generateReference } from "@/lib/clearinghouse/new-reference";
import { createSession } from "@/lib/auth/sessions";
import type { RecoveryStatus } from "@/generated/prisma/client";
import { uniqueSuffix } from "./factories";

export interface RecoveryRequestInput {
  status?: RecoveryStatus;
  reference?: string;
  targetLicenseServerId?: string;
  licenseProgram?: LicenseProgram;
  calType?: CalType;
  quantity?: number;
  credential?: CredentialFields;
  companyName?: string;
  firstName?: string;
  lastName?: string;
  email?: string | null;
  countryRegion?: string;
  reasonForRecovery?: string;
  reviewReason?: string | null;
  rejectionReason?: string | null;
  decidedById?: string | null;
  createdAt?: Date;
}

/** Credential fields that pass the program's format (random, so they match no purchase). */
function randomCredentialFields(program: LicenseProgram): CredentialFields {
  switch (credentialKind(program)) {
    case "licenseCode":
      return { licenseCode: `T${randomDigits(4)}${uniqueSuffix()}${uniqueSuffix()}${randomDigits(4)}` };
    case "openLicense":
      return { licenseNumber: randomDigits(8), authorizationNumber: `AUTH${uniqueSuffix()}${randomDigits(3)}` };
    default:
      return { agreementNumber: randomDigits(7) };
  }
}

/**
 * A submitted recovery request. ISSUED and APPROVED ones get a license key pack ID issued through the shared
 * issuing code (against the matching entitlement, when there is one), in the same transaction.
 */
export async function createRecoveryRequest(db: Database, input: RecoveryRequestInput = {}) {
  const status = input.status ?? "AWAITING_REVIEW";
  const licenseProgram = input.licenseProgram ?? "SELECT_LICENSE";
  const calType = input.calType ?? "WS2022_PER_USER";
  const quantity = input.quantity ?? 25;
  const fields = input.credential ?? randomCredentialFields(licenseProgram);
  const credential = canonicalCredential(licenseProgram, fields);
  if (!credential) throw new Error(`factory: credential does not fit ${licenseProgram}`);
  const targetLicenseServerId = input.targetLicenseServerId ?? generateLicenseServerId();
  const createdAt = input.createdAt ?? new Date();

  return db.$transaction(async (tx) => {
    const entitlement = await tx.entitlement.findUnique({
      where: { licenseProgram_credential_calType: { licenseProgram, credential, calType } },
      select: { id: true },
    });
    const issued =
      status === "ISSUED" || status === "APPROVED"
        ? await issueKeyPackInTransaction(tx, { targetLicenseServerId, calType, licenseProgram, quantity, entitlementId: entitlement?.id }, createdAt)
        : null;
    const decided = status === "APPROVED" || status === "REJECTED";
    return tx.recoveryRequest.create({
      data: {
        reference: input.reference ?? generateReference(),
        status,
        reviewReason: input.reviewReason === undefined ? (status === "ISSUED" ? null : "The credential matches no purchase the Clearinghouse knows") : input.reviewReason,
        rejectionReason: status === "REJECTED" ? (input.rejectionReason ?? "We could not confirm this purchase.") : null,
        targetLicenseServerId,
        reasonForRecovery: input.reasonForRecovery ?? "The license server database was rebuilt",
        licenseProgram,
        lastName: input.lastName ?? "Morgan",
        firstName: input.firstName ?? "Alex",
        companyName: input.companyName ?? `Test Company ${uniqueSuffix()}`,
        countryRegion: input.countryRegion ?? "US",
        email: input.email === undefined ? `it-${uniqueSuffix().toLowerCase()}@customer.example` : input.email,
        licenseCode: fields.licenseCode ?? null,
        licenseNumber: fields.licenseNumber ?? null,
        authorizationNumber: fields.authorizationNumber ?? null,
        agreementNumber: fields.agreementNumber ?? null,
        credential,
        calType,
        quantity,
        entitlementId: entitlement?.id ?? null,
        issuedKeyPackId: issued?.id ?? null,
        decidedById: decided ? (input.decidedById ?? null) : null,
        decidedAt: decided ? createdAt : null,
        createdAt,
      },
    });
  });
}

/** A signed-in session for a staff member, as the sign-in form would make it; returns the cookie token. */
export async function createStaffSession(db: Database, userId: string) {
  const { token } = await createSession(db, userId);
  return token;
}
