// License Server ID: 35 digits shown as 7 groups of 5; the last two digits are an ISO 7064 MOD 97-10
// check over the first 33, so a mistyped digit or a swap of neighbours is caught as it is typed.
import { formatGroups, ID_LENGTH, stripSeparators } from "./groups";
import { isValidMod97, mod97CheckDigits } from "./mod97";
import { randomDigits } from "./random";

export type LicenseServerIdError = "empty" | "characters" | "length" | "checksum";

export type LicenseServerIdResult =
  | { ok: true; value: string }
  | { ok: false; error: LicenseServerIdError };

export const LICENSE_SERVER_ID_MESSAGES: Record<LicenseServerIdError, string> = {
  empty: "Enter the Target License Server ID",
  characters: "The License Server ID has only digits (0-9)",
  length: "The License Server ID has 35 digits, in 7 groups of 5",
  checksum: "This License Server ID looks mistyped: check each group against the Obtain Client License Key Pack page",
};

/** A new License Server ID (35 digits, no separators). */
export function generateLicenseServerId(random: (count: number) => string = randomDigits): string {
  const payload = random(ID_LENGTH - 2);
  return payload + mod97CheckDigits(payload);
}

export function parseLicenseServerId(input: string): LicenseServerIdResult {
  const compact = stripSeparators(input);
  if (compact === "") return { ok: false, error: "empty" };
  if (!/^\d+$/.test(compact)) return { ok: false, error: "characters" };
  if (compact.length !== ID_LENGTH) return { ok: false, error: "length" };
  if (!isValidMod97(compact)) return { ok: false, error: "checksum" };
  return { ok: true, value: compact };
}

export function formatLicenseServerId(compact: string): string {
  return formatGroups(compact);
}
