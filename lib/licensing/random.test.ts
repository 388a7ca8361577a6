import { describe, expect, it } from "vitest";
import { randomBits, randomBytes, randomDigits, randomString } from "./random";

describe("random values", () => {
  it("strings: the length asked for, only the alphabet's symbols, every symbol about equally often", () => {
    expect(randomDigits(35)).toMatch(/^\d{35}$/);
    expect(randomString("ABC", 0)).toBe("");
    // 200 symbols: 256 is no multiple of it, so a byte modulo 200 would give the first 56 twice the chance.
    const alphabet = Array.from({ length: 200 }, (_, i) => String.fromCharCode(0x100 + i)).join("");
    const sample = randomString(alphabet, 20_000);
    const counts = new Map<string, number>();
    for (const symbol of sample) counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual([...alphabet].sort());
    // 100 expected per symbol (σ ≈ 10); with that bias the first 56 would come about 156 times, the others 78.
    for (const count of counts.values()) expect(Math.abs(count - 100)).toBeLessThan(45);
  });

  it("bits: below 2^bits, and the top bit is used", () => {
    const values = Array.from({ length: 200 }, () => randomBits(40));
    for (const v of values) expect(v >= 0n && v < 1n << 40n).toBe(true);
    expect(values.some((v) => v >= 1n << 39n)).toBe(true);
  });

  it("bytes: as many as asked, not all the same", () => {
    const bytes = randomBytes(32);
    expect(bytes).toHaveLength(32);
    expect(new Set(bytes).size).toBeGreaterThan(1);
  });
});
