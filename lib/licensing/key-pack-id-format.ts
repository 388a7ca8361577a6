// The typed form of a license key pack ID: 35 Crockford base32 symbols, 33 of data and 2 of check.
// The check is a position-weighted sum modulo the prime 1021, so any one wrong symbol and any swap of two
// neighbours fails it. This part needs no secret: the browser runs it as the person types.
import { isCrockford, normalizeCrockford, symbolValue, CROCKFORD_ALPHABET } from "./crockford";
import { formatGroups, ID_LENGTH, stripSeparators } from "./groups";

export const KEY_PACK_DATA_LENGTH = ID_LENGTH - 2;
const CHECK_MODULUS = 1021;

export type KeyPackIdFormatError = "empty" | "characters" | "length" | "checksum";

export type KeyPackIdFormatResult =
  | { ok: true; value: string }
  | { ok: false; error: KeyPackIdFormatError };

export const KEY_PACK_ID_FORMAT_MESSAGES: Record<KeyPackIdFormatError, string> = {
  empty: "Enter the license key pack ID",
  characters: "A license key pack ID has only the letters and digits shown on the Web site (no U)",
  length: "A license key pack ID has 35 characters, in 7 groups of 5",
  checksum: "This license key pack ID looks mistyped: check each group against the Web site",
};

export function keyPackCheckSymbols(data: string): string {
  let sum = 0;
  for (let i = 0; i < data.length; i++) sum = (sum + symbolValue(data[i]!) * (i + 1)) % CHECK_MODULUS;
  return CROCKFORD_ALPHABET[Math.floor(sum / 32)]! + CROCKFORD_ALPHABET[sum % 32]!;
}

/** Normalises what a person typed (case, look-alikes, separators) without judging it. */
export function normalizeKeyPackIdInput(input: string): string {
  return normalizeCrockford(stripSeparators(input));
}

export function checkKeyPackIdFormat(input: string): KeyPackIdFormatResult {
  const compact = normalizeKeyPackIdInput(input);
  if (compact === "") return { ok: false, error: "empty" };
  if (!isCrockford(compact)) return { ok: false, error: "characters" };
  if (compact.length !== ID_LENGTH) return { ok: false, error: "length" };
  const data = compact.slice(0, KEY_PACK_DATA_LENGTH);
  if (keyPackCheckSymbols(data) !== compact.slice(KEY_PACK_DATA_LENGTH)) return { ok: false, error: "checksum" };
  return { ok: true, value: compact };
}

export function formatKeyPackId(compact: string): string {
  return formatGroups(compact);
}
