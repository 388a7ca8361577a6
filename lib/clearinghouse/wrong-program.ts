// The common trouble of choosing the wrong License Program (docs/domain.md "Common trouble"): the credential
// typed is a purchase the Clearinghouse knows under another program, and under the chosen one it knows none.
// The site can tell at once, so the purchase page's action (lib/clearinghouse/actions.ts) and the phone desk
// (lib/helpdesk/phone-desk.ts) refuse it where it was typed, naming the program it belongs to, instead of
// filing a request for review; entitlement-rules.ts still names it for a submit that reaches it another way
// (a program changed from the verify page, the JSON route).
import "server-only";
import type { Database } from "@/lib/prisma-client";
import { CREDENTIAL_LABELS, LICENSE_PROGRAM_VALUES, licenseProgram as programInfo, type CredentialKind, type LicenseProgram } from "@/lib/licensing/catalog";
import { canonicalCredential, formatCredential, type CredentialFields } from "@/lib/licensing/credentials";

/** The purchase page's field that holds each kind of credential (Open License's first box for its pair). */
const CREDENTIAL_FIELD = {
  licenseCode: "licenseCode",
  openLicense: "licenseNumber",
  enrollmentNumber: "agreementNumber",
  agreementNumber: "agreementNumber",
} as const satisfies Record<CredentialKind, string>;

export type CredentialField = (typeof CREDENTIAL_FIELD)[CredentialKind];

/** A program the credential may be switched to, with its words. */
export interface ProgramChoice {
  value: LicenseProgram;
  label: string;
}

export interface WrongProgram {
  /** The field the credential was typed in, where the message shows. */
  field: CredentialField;
  message: string;
  /** The programs that have a purchase under this credential and ask for it in the same field. */
  programs: ProgramChoice[];
}

/** The field a program's credential is typed in. */
export function credentialField(program: LicenseProgram): CredentialField {
  return CREDENTIAL_FIELD[programInfo(program).credential];
}

/**
 * The rule, given every program with a purchase under the credential: wrong when the chosen program is not
 * one of them and another one asks for the credential in the same field (so switching keeps what was typed).
 */
export function wrongProgram(chosen: LicenseProgram, credential: string, programsWithPurchase: readonly LicenseProgram[]): WrongProgram | null {
  if (programsWithPurchase.includes(chosen)) return null;
  const field = credentialField(chosen);
  const programs = LICENSE_PROGRAM_VALUES.filter((p) => programsWithPurchase.includes(p) && credentialField(p) === field).map((p) => ({ value: p, label: programInfo(p).label }));
  if (programs.length === 0) return null;
  const what = CREDENTIAL_LABELS[programInfo(chosen).credential];
  const names = programs.map((p) => p.label).join(" or ");
  return {
    field,
    programs,
    message: `${what} ${formatCredential(chosen, credential)} is a purchase of ${names}, not of ${programInfo(chosen).label}. Change the License Program to ${names}, or check the ${what.toLowerCase()}.`,
  };
}

/** Looks the typed credential up under every License Program; the refusal when it belongs to another one. */
export async function checkCredentialProgram(db: Database, chosen: LicenseProgram, fields: CredentialFields): Promise<WrongProgram | null> {
  const credential = canonicalCredential(chosen, fields);
  if (!credential) return null;
  return wrongProgram(chosen, credential, await programsWithCredential(db, credential));
}

/** The License Programs with a purchase under `credential` (canonical), in the order of their names. */
export async function programsWithCredential(db: Pick<Database, "entitlement">, credential: string): Promise<LicenseProgram[]> {
  // Every program named, so the lookup probes the (licenseProgram, credential, calType) unique index once per
  // program instead of reading the whole table.
  const rows = await db.entitlement.findMany({
    where: { licenseProgram: { in: LICENSE_PROGRAM_VALUES }, credential },
    distinct: ["licenseProgram"],
    select: { licenseProgram: true },
    orderBy: { licenseProgram: "asc" },
  });
  return rows.map((r) => r.licenseProgram);
}
