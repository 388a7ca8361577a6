// Factories for the Manage CALs side of the Clearinghouse: purchases with credentials no other test uses,
// drafts at any step (so a test can start on the page it is about), and past requests for a server.
import type { Database } from "@/lib/prisma-client";
import type { CalType, LicenseProgram } from "@/lib/licensing/catalog";
import { licenseProgram as programInfo } from "@/lib/licensing/catalog";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { randomDigits, randomString } from "@/lib/licensing/random";
import { generateReference } from "@/lib/clearinghouse/new-reference";
import { openLicenseCredential } from "@/lib/licensing/credentials";
import type { DraftColumns, SiteOption } from "@/lib/clearinghouse/steps";
import { createEntitlement, uniqueSuffix } from "./factories";

const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ0123456789";

/** A 25-character retail license code, as printed (5 groups of 5). */
export function uniqueLicenseCode(): string {
  const symbols = randomString(CODE_ALPHABET, 25);
  return symbols.match(/.{5}/g)!.join("-");
}

/** The credential of a program as a person types it, and as Entitlement.credential stores it. */
export interface TypedCredential {
  licenseCode?: string;
  licenseNumber?: string;
  authorizationNumber?: string;
  agreementNumber?: string;
  stored: string;
}

export function uniqueCredential(program: LicenseProgram): TypedCredential {
  switch (programInfo(program).credential) {
    case "licenseCode": {
      const licenseCode = uniqueLicenseCode();
      return { licenseCode, stored: licenseCode.replace(/-/g, "") };
    }
    case "openLicense": {
      const licenseNumber = randomDigits(8);
      const authorizationNumber = `AUTH${uniqueSuffix()}${randomDigits(3)}`;
      return { licenseNumber, authorizationNumber, stored: openLicenseCredential(licenseNumber, authorizationNumber) };
    }
    default: {
      const agreementNumber = randomDigits(7);
      return { agreementNumber, stored: agreementNumber };
    }
  }
}

/** A purchase the Clearinghouse knows, under a credential made for this test alone. */
export async function createPurchase(db: Database, input: { licenseProgram: LicenseProgram; calType: CalType; quantity: number }) {
  const credential = uniqueCredential(input.licenseProgram);
  const entitlement = await createEntitlement(db, { ...input, credential: credential.stored, customerName: `Test customer ${uniqueSuffix()}` });
  return { entitlement, credential };
}

/** Answers for every page, for a new random license server; override what the test is about. */
export function completeDraft(overrides: Partial<DraftColumns> = {}): DraftColumns {
  return {
    targetLicenseServerId: generateLicenseServerId(),
    reasonForRecovery: "The license server database was rebuilt",
    sourceLicenseServerId: null,
    licenseProgram: "ENTERPRISE_AGREEMENT",
    lastName: "Morgan",
    firstName: "Alex",
    companyName: `Contoso ${uniqueSuffix()}`,
    countryRegion: "US",
    companyAddress: null,
    email: `it-${uniqueSuffix().toLowerCase()}@contoso.example`,
    phone: null,
    organizationalUnit: null,
    licenseCode: null,
    licenseNumber: null,
    authorizationNumber: null,
    agreementNumber: randomDigits(7),
    calType: "WS2022_PER_USER",
    quantity: 10,
    ...overrides,
  };
}

/** A draft with these answers; `option` INSTALL_CALS for Install client access licenses. */
export function createDraft(db: Database, values: Partial<DraftColumns> & { option?: SiteOption } = {}) {
  return db.manageCalsDraft.create({ data: values });
}

function given<T>(value: T | null): T {
  if (value === null) throw new Error("A required answer is missing");
  return value;
}

export interface RequestRecordInput extends Partial<DraftColumns> {
  status?: "ISSUED" | "AWAITING_REVIEW" | "APPROVED" | "REJECTED";
  reviewReason?: string | null;
  rejectionReason?: string | null;
  issuedKeyPackId?: string | null;
  createdAt?: Date;
}

/** A submitted request as the web site would have filed it (an agreement number by default). */
export function createRequestRecord(db: Database, input: RequestRecordInput = {}) {
  const { status, reviewReason, rejectionReason, issuedKeyPackId, createdAt, ...answers } = input;
  const d = completeDraft(answers);
  return db.recoveryRequest.create({
    data: {
      ...d,
      targetLicenseServerId: given(d.targetLicenseServerId),
      reasonForRecovery: given(d.reasonForRecovery),
      licenseProgram: given(d.licenseProgram),
      lastName: given(d.lastName),
      firstName: given(d.firstName),
      companyName: given(d.companyName),
      countryRegion: given(d.countryRegion),
      calType: given(d.calType),
      quantity: given(d.quantity),
      credential: d.agreementNumber ?? d.licenseCode ?? openLicenseCredential(d.licenseNumber, d.authorizationNumber),
      reference: generateReference(),
      status: status ?? "AWAITING_REVIEW",
      reviewReason: reviewReason ?? "Test data",
      rejectionReason: rejectionReason ?? null,
      issuedKeyPackId: issuedKeyPackId ?? null,
      createdAt: createdAt ?? new Date(),
    },
  });
}

/** Requests already made for a license server (recent by default), e.g. to reach the frequency rule. */
export async function createPastRequests(db: Database, targetLicenseServerId: string, count: number, createdAt = new Date()) {
  for (let i = 0; i < count; i++) await createRequestRecord(db, { targetLicenseServerId, createdAt });
}
