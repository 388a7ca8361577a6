// Reference numbers of Manage CALs requests, e.g. "RQ-7KD2-9XPA": 40 random bits in Crockford base32, so
// they are read aloud and typed without look-alike mistakes (O/0, I/L/1) and cannot be guessed in sequence.
// Reading them is here (the forms' schemas use it in the browser); making one is new-reference.ts, which
// brings the random generator.
import { isCrockford, normalizeCrockford } from "@/lib/licensing/crockford";
import { stripSeparators } from "@/lib/licensing/groups";

export const REFERENCE_PATTERN = /^RQ-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** What a person typed ("rq 7kd2 9xpa", "7KD29XPA", with O for 0) as the stored reference, or null. */
export function normalizeReference(input: string): string | null {
  let compact = stripSeparators(input).toUpperCase();
  if (compact.startsWith("RQ")) compact = compact.slice(2);
  compact = normalizeCrockford(compact);
  if (compact.length !== 8 || !isCrockford(compact)) return null;
  return `RQ-${compact.slice(0, 4)}-${compact.slice(4)}`;
}

/** Like normalizeReference, but only for input that starts with "RQ": a search box must not read a
 *  company called "Fabrikam" or an 8-letter word as a reference. */
export function parseReference(input: string): string | null {
  return /^\s*rq/i.test(input) ? normalizeReference(input) : null;
}
