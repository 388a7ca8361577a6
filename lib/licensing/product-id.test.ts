import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatProductId, generateProductId, luhnCheckDigit, parseProductId } from "./product-id";

const payloadArb = fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 19, maxLength: 19 });
const idArb = payloadArb.map((p) => p + luhnCheckDigit(p));

describe("Product ID", () => {
  it("generates 20 digits that parse back to themselves", () => {
    for (let i = 0; i < 50; i++) {
      const id = generateProductId();
      expect(id).toMatch(/^\d{20}$/);
      expect(parseProductId(id)).toEqual({ ok: true, value: id });
    }
  });

  it("uses the Luhn check: a known value", () => {
    // The classic Luhn example: 7992739871 has check digit 3.
    expect(luhnCheckDigit("7992739871")).toBe("3");
  });

  it("formats as 4 groups of 5 and accepts hyphens, spaces or nothing between groups", () => {
    fc.assert(
      fc.property(idArb, fc.constantFrom("-", " ", ""), (id, sep) => {
        const formatted = formatProductId(id);
        expect(formatted).toMatch(/^\d{5}(-\d{5}){3}$/);
        expect(parseProductId(formatted.split("-").join(sep))).toEqual({ ok: true, value: id });
      }),
    );
  });

  it("catches every single mistyped digit", () => {
    fc.assert(
      fc.property(idArb, fc.integer({ min: 0, max: 19 }), fc.integer({ min: 1, max: 9 }), (id, at, delta) => {
        const digit = (Number(id[at]) + delta) % 10;
        const typo = id.slice(0, at) + digit + id.slice(at + 1);
        expect(parseProductId(typo)).toEqual({ ok: false, error: "checksum" });
      }),
    );
  });

  it("names what is wrong", () => {
    expect(parseProductId("")).toEqual({ ok: false, error: "empty" });
    expect(parseProductId("12345-67890-12345-6789O")).toEqual({ ok: false, error: "characters" });
    expect(parseProductId("12345-67890-12345")).toEqual({ ok: false, error: "length" });
  });
});
