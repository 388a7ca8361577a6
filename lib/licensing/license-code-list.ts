// The License Code list of the Install Licenses Wizard's License Information page (License Pack (Retail
// Purchase), Automatic connection): several codes may be added, each checked by format as it is typed and
// refused when it is in the list already. Plain functions, so the page checks as the person types and the
// server's schema (lib/console/install-licenses-schemas.ts) applies the same rules.
import { CREDENTIAL_MESSAGES, isLicenseCode, normalizeCredentialPart } from "./credentials";

/** The most License Codes one pass of the wizard sends to the Clearinghouse. */
export const MAX_LICENSE_CODES = 10;

export const LICENSE_CODE_LIST_MESSAGES = {
  empty: "Enter the license code, then click Add",
  format: CREDENTIAL_MESSAGES.licenseCode,
  duplicate: "This license code is in the list already. Enter the license code of another License Pack.",
  tooMany: `Add at most ${MAX_LICENSE_CODES} license codes at a time`,
  none: "Add at least one license code",
} as const;

export type AddCodeResult = { ok: true; codes: string[] } | { ok: false; message: string };

/** Adds a typed code (any separators, any case) to the list of normalised codes, or says why not. */
export function addLicenseCode(codes: readonly string[], typed: string): AddCodeResult {
  const code = normalizeCredentialPart(typed);
  if (code === "") return { ok: false, message: LICENSE_CODE_LIST_MESSAGES.empty };
  if (!isLicenseCode(code)) return { ok: false, message: LICENSE_CODE_LIST_MESSAGES.format };
  if (codes.includes(code)) return { ok: false, message: LICENSE_CODE_LIST_MESSAGES.duplicate };
  if (codes.length >= MAX_LICENSE_CODES) return { ok: false, message: LICENSE_CODE_LIST_MESSAGES.tooMany };
  return { ok: true, codes: [...codes, code] };
}

/** The check shown as a code is typed: null while it is shorter than a code, else whether it is one. */
export function licenseCodeTypingCheck(typed: string): { ok: boolean; message: string } | null {
  const code = normalizeCredentialPart(typed);
  if (code.length < 25) return null;
  return isLicenseCode(code) ? { ok: true, message: "The license code has 25 characters and can be added." } : { ok: false, message: LICENSE_CODE_LIST_MESSAGES.format };
}
