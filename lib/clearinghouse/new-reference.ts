// A new reference number (reference.ts has its format): 40 random bits in Crockford base32.
import { encodeBase32 } from "@/lib/licensing/crockford";
import { randomBits } from "@/lib/licensing/random";

export function generateReference(bits: bigint = randomBits(40)): string {
  const body = encodeBase32(bits, 8);
  return `RQ-${body.slice(0, 4)}-${body.slice(4)}`;
}
