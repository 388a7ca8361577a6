// Randomness from the Web Crypto API, available in Node and in browsers alike.

export function randomDigits(count: number): string {
  const bytes = new Uint8Array(count * 2);
  crypto.getRandomValues(bytes);
  let out = "";
  // Rejection sampling keeps the digits uniform (65536 is not a multiple of 10).
  for (let i = 0; out.length < count; i += 2) {
    if (i >= bytes.length) return out + randomDigits(count - out.length);
    const n = (bytes[i]! << 8) | bytes[i + 1]!;
    if (n < 65530) out += String(n % 10);
  }
  return out;
}

/** A uniformly random non-negative integer below 2^bits (bits <= 64). */
export function randomBits(bits: number): bigint {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n & ((1n << BigInt(bits)) - 1n);
}
