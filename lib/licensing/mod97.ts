// ISO 7064 MOD 97-10, the IBAN check: two check digits that catch every single wrong digit and every swap
// of two neighbouring digits.

function mod97(digits: string): number {
  let remainder = 0;
  for (const ch of digits) remainder = (remainder * 10 + (ch.charCodeAt(0) - 48)) % 97;
  return remainder;
}

/** The two check digits to append to `digits`. */
export function mod97CheckDigits(digits: string): string {
  const check = 98 - mod97(digits + "00");
  return check.toString().padStart(2, "0");
}

/** True when `digits` (payload followed by its two check digits) passes the check. */
export function isValidMod97(digits: string): boolean {
  return /^\d{3,}$/.test(digits) && mod97(digits) === 1;
}
