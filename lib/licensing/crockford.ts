// Crockford base32: digits and letters without I, L, O and U, so nothing reads as something else.

export const CROCKFORD_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** Uppercases and maps the look-alikes people type (O→0, I and L→1); U stays invalid. */
export function normalizeCrockford(input: string): string {
  return input.toUpperCase().replace(/O/g, "0").replace(/[IL]/g, "1");
}

export function isCrockford(text: string): boolean {
  return /^[0-9A-HJKMNP-TV-Z]*$/.test(text);
}

export function symbolValue(ch: string): number {
  const value = CROCKFORD_ALPHABET.indexOf(ch);
  if (value < 0) throw new Error(`Not a Crockford base32 symbol: ${ch}`);
  return value;
}

/** `value` as exactly `length` symbols, most significant first. */
export function encodeBase32(value: bigint, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) {
    out = CROCKFORD_ALPHABET[Number(value & 31n)] + out;
    value >>= 5n;
  }
  if (value !== 0n) throw new Error("Value does not fit");
  return out;
}

export function decodeBase32(text: string): bigint {
  let value = 0n;
  for (const ch of text) value = (value << 5n) | BigInt(symbolValue(ch));
  return value;
}
