// What a practice license server starts with: activated, Web Browser connection method, three installed key
// packs under three license programs with CALs issued from them, and a purchase (entitlement) of its own for
// each, under credentials no one else has. Pure: names, credentials and the starting state.
import type { CalType, LicenseProgram } from "@/lib/licensing/catalog";
import { calType as calTypeInfo, licenseProgram as programInfo } from "@/lib/licensing/catalog";
import { CROCKFORD_ALPHABET } from "@/lib/licensing/crockford";
import { formatCredential, openLicenseCredential, splitOpenLicenseCredential } from "@/lib/licensing/credentials";
import { randomDigits, randomString } from "@/lib/licensing/random";

export interface PracticePack {
  licenseProgram: LicenseProgram;
  calType: CalType;
  quantity: number;
  /** CALs issued to clients from the pack. */
  issued: number;
}

export const PRACTICE_PACKS: readonly PracticePack[] = [
  { licenseProgram: "LICENSE_PACK", calType: "WS2022_PER_USER", quantity: 50, issued: 18 },
  { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_DEVICE", quantity: 100, issued: 25 },
  { licenseProgram: "OPEN_LICENSE", calType: "WS2019_PER_DEVICE", quantity: 40, issued: 12 },
];

/** How a practice server starts (a classroom scenario chooses, lib/practice/scenarios.ts). */
export interface PracticeStart {
  /** false: the server starts not activated, so a trainee does its whole life (Activate Server first). */
  activated?: boolean;
  /** false: activated with its purchases but no RDS CALs installed (to practise installing them). */
  packs?: boolean;
  /** A second server that held the RDS CALs of these purchases and no longer works (to practise migrating from it). */
  failedSource?: boolean;
  /** The trainee's console account is not in the server's local Administrators group (changes refused until Connect as one). */
  notAdministrator?: boolean;
}

/** The accounts of a practice server's local Administrators group scenario (View → Connect's Connect as). */
export const PRACTICE_ACCOUNTS = { trainee: "CONTOSO\\trainee", administrator: "CONTOSO\\lsadmin" } as const;

/** The server's fields at the start (and after Reset). */
export const PRACTICE_SERVER_FIELDS = {
  activated: true,
  connectionMethod: "WEB_BROWSER",
  telephoneCountry: null,
  firstName: "Alex",
  lastName: "Morgan",
  company: "Contoso Training",
  countryRegion: "US",
  email: "it@contoso-training.example",
  organizationalUnit: "Practice lab",
  companyAddress: null,
  city: null,
  state: null,
  postalCode: null,
  nextKeypackId: 2,
} as const;

/** How long ago the server was activated and its packs installed, so the event log and CALs look lived-in. */
export const PRACTICE_HISTORY_DAYS = 180;

const DAY_MS = 86_400_000;

function randomSymbols(count: number): string {
  return randomString(CROCKFORD_ALPHABET, count);
}

/** "LS-PRACTICE-7KD2Q": the prefix sorts practice servers after the demo servers in the tree. */
export function practiceServerName(suffix = randomSymbols(5)): string {
  return `LS-PRACTICE-${suffix}`;
}

export function practiceExpiry(now: Date, ttlHours: number): Date {
  return new Date(now.getTime() + ttlHours * 3_600_000);
}

/** A new credential for a program, as Entitlement.credential stores it (canonicalCredential's form). */
export function practiceCredential(program: LicenseProgram): string {
  switch (programInfo(program).credential) {
    case "licenseCode":
      return randomSymbols(25);
    case "openLicense":
      return openLicenseCredential(randomDigits(8), randomSymbols(15));
    default:
      return randomDigits(7);
  }
}

/** Who the CALs of a pack were issued to: user names for Per User CALs, computer names for Per Device. */
export function issuedCalRows(pack: PracticePack, keypackId: number, now: Date) {
  const perUser = calTypeInfo(pack.calType).perUser;
  return Array.from({ length: Math.min(pack.issued, pack.quantity) }, (_, i) => ({
    issuedTo: perUser ? `CONTOSO\\trainee${String(keypackId * 100 + i + 1).padStart(3, "0")}` : `LAB-PC-${String(keypackId * 100 + i + 1).padStart(4, "0")}`,
    issuedOn: new Date(now.getTime() - (i + 1) * 3 * DAY_MS),
    expiresOn: perUser ? null : new Date(now.getTime() + (89 - ((i * 3) % 60)) * DAY_MS),
  }));
}

/** Where the browser's owner id may see a server: the shared servers, and its own practice servers until they expire. */
export function visibleServersWhere(owner: string | null, now: Date) {
  return owner ? { OR: [{ practiceOwner: null }, { practiceOwner: owner, practiceExpiresAt: { gt: now } }] } : { practiceOwner: null };
}

/** A stored credential as the web site's purchase page asks for it: one line per field to type. */
export function credentialFields(program: LicenseProgram, credential: string): { label: string; value: string }[] {
  switch (programInfo(program).credential) {
    case "licenseCode":
      return [{ label: "License code", value: formatCredential(program, credential) }];
    case "openLicense": {
      const { licenseNumber, authorizationNumber } = splitOpenLicenseCredential(credential);
      return [
        { label: "License number", value: licenseNumber },
        { label: "Authorization number", value: authorizationNumber },
      ];
    }
    case "enrollmentNumber":
      return [{ label: "Enrollment number", value: credential }];
    case "agreementNumber":
      return [{ label: "Agreement number", value: credential }];
  }
}
