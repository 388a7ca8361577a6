import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateReference } from "./new-reference";
import { normalizeReference, REFERENCE_PATTERN } from "./reference";

describe("request reference numbers", () => {
  it("look like RQ-XXXX-XXXX in Crockford base32", () => {
    for (let i = 0; i < 50; i++) expect(generateReference()).toMatch(REFERENCE_PATTERN);
    expect(generateReference(0n)).toBe("RQ-0000-0000");
    expect(generateReference((1n << 40n) - 1n)).toBe("RQ-ZZZZ-ZZZZ");
  });

  it("accept what people type: case, spaces, no prefix, O for 0 and I or L for 1", () => {
    expect(normalizeReference("rq-7kd2-9xpa")).toBe("RQ-7KD2-9XPA");
    expect(normalizeReference(" 7KD2 9XPA ")).toBe("RQ-7KD2-9XPA");
    expect(normalizeReference("RQ-OIL0-0000")).toBe("RQ-0110-0000");
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: (1n << 40n) - 1n }), (bits) => {
        const reference = generateReference(bits);
        expect(normalizeReference(reference.toLowerCase().replace(/-/g, " "))).toBe(reference);
      }),
    );
  });

  it("refuse anything else", () => {
    expect(normalizeReference("")).toBeNull();
    expect(normalizeReference("RQ-7KD2-9XP")).toBeNull();
    expect(normalizeReference("RQ-7KD2-9XPU")).toBeNull();
    expect(normalizeReference("RQ-7KD2-9XPA-1")).toBeNull();
  });
});
