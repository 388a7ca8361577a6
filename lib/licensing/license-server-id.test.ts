import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatLicenseServerId, generateLicenseServerId, parseLicenseServerId } from "./license-server-id";
import { mod97CheckDigits } from "./mod97";

const payloadArb = fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 33, maxLength: 33 });
const idArb = payloadArb.map((p) => p + mod97CheckDigits(p));

describe("License Server ID", () => {
  it("generates 35 digits that parse back to themselves", () => {
    for (let i = 0; i < 50; i++) {
      const id = generateLicenseServerId();
      expect(id).toMatch(/^\d{35}$/);
      expect(parseLicenseServerId(id)).toEqual({ ok: true, value: id });
    }
  });

  it("formats as 7 groups of 5 and accepts spaces, hyphens or nothing between groups", () => {
    fc.assert(
      fc.property(idArb, fc.constantFrom("-", " ", "", " - "), (id, sep) => {
        const formatted = formatLicenseServerId(id);
        expect(formatted).toMatch(/^\d{5}(-\d{5}){6}$/);
        expect(parseLicenseServerId(formatted.split("-").join(sep))).toEqual({ ok: true, value: id });
      }),
    );
  });

  it("uses the IBAN check: a known value", () => {
    // 32 zeros and a one: 100 mod 97 = 3, so the check digits are 98 - 3 = 95 (and 195 mod 97 = 1).
    expect(mod97CheckDigits("0".repeat(32) + "1")).toBe("95");
    expect(mod97CheckDigits("1".repeat(33))).toBe(String(98 - Number(BigInt("1".repeat(33) + "00") % 97n)).padStart(2, "0"));
  });

  it("detects every single wrong digit", () => {
    fc.assert(
      fc.property(idArb, fc.nat(34), fc.integer({ min: 1, max: 9 }), (id, pos, delta) => {
        const wrong = String((Number(id[pos]) + delta) % 10);
        const mistyped = id.slice(0, pos) + wrong + id.slice(pos + 1);
        expect(parseLicenseServerId(mistyped)).toEqual({ ok: false, error: "checksum" });
      }),
      { numRuns: 2000 },
    );
  });

  it("detects every swap of two different neighbouring digits", () => {
    fc.assert(
      fc.property(idArb, fc.nat(33), (id, pos) => {
        fc.pre(id[pos] !== id[pos + 1]);
        const swapped = id.slice(0, pos) + id[pos + 1] + id[pos] + id.slice(pos + 2);
        expect(parseLicenseServerId(swapped)).toEqual({ ok: false, error: "checksum" });
      }),
      { numRuns: 2000 },
    );
  });

  it("tells empty, non-digit and short input apart", () => {
    expect(parseLicenseServerId("  ")).toEqual({ ok: false, error: "empty" });
    expect(parseLicenseServerId("12345-ABCDE")).toEqual({ ok: false, error: "characters" });
    expect(parseLicenseServerId("12345-67890")).toEqual({ ok: false, error: "length" });
  });
});
