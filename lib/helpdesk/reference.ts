// Recovery request references: "RQ-" and two groups of four Crockford base32 symbols (40 random bits),
// e.g. "RQ-7KD2-9XPA". Typed in any case, with or without the hyphens, with O/I/L for 0/1.
import { CROCKFORD_ALPHABET, normalizeCrockford } from "@/lib/licensing/crockford";

export const REFERENCE_PATTERN = /^RQ-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

export function generateReference(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  // 8 symbols, each from 5 bits of its own byte: uniform over the 32 symbols.
  const symbols = Array.from(bytes, (b) => CROCKFORD_ALPHABET[b & 31]).join("");
  return `RQ-${symbols.slice(0, 4)}-${symbols.slice(4)}`;
}

/** The canonical reference for what someone typed, or null when it is not one. */
export function parseReference(input: string): string | null {
  const compact = input.replace(/[\s\-–—_.]/g, "").toUpperCase();
  if (!/^RQ[0-9A-Z]{8}$/.test(compact)) return null;
  const body = normalizeCrockford(compact.slice(2));
  const reference = `RQ-${body.slice(0, 4)}-${body.slice(4)}`;
  return REFERENCE_PATTERN.test(reference) ? reference : null;
}
