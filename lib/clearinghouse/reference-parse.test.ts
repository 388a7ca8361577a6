import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateReference } from "./new-reference";
import { parseReference, REFERENCE_PATTERN } from "./reference";

describe("recovery request references", () => {
  it("are RQ-XXXX-XXXX in Crockford base32", () => {
    for (let i = 0; i < 200; i++) expect(generateReference()).toMatch(REFERENCE_PATTERN);
  });

  it("parse back from any case, spacing and look-alikes", () => {
    expect(parseReference("rq 7kd2 9xpa")).toBe("RQ-7KD2-9XPA");
    expect(parseReference("RQ7KD29XPA")).toBe("RQ-7KD2-9XPA");
    expect(parseReference("RQ-7KD2-9XPO")).toBe("RQ-7KD2-9XP0");
    expect(parseReference("rq-1111-ilil")).toBe("RQ-1111-1111");
  });

  it("refuse what is not a reference", () => {
    expect(parseReference("RQ-7KD2-9XP")).toBeNull();
    expect(parseReference("XX-7KD2-9XPA")).toBeNull();
    expect(parseReference("RQ-UUUU-0000")).toBeNull();
  });

  it("round-trip every generated reference", () => {
    fc.assert(fc.property(fc.constant(null), () => {
      const ref = generateReference();
      return parseReference(ref.toLowerCase().replace(/-/g, " ")) === ref;
    }), { numRuns: 200 });
  });
});
