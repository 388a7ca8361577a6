import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CAL_TYPE_VALUES, LICENSE_PROGRAM_VALUES } from "./catalog";
import { CROCKFORD_ALPHABET } from "./crockford";
import { decodeKeyPackId, encodeKeyPackId, MAX_GENERATION, MAX_PURCHASE_LINE, MAX_SERIAL, type KeyPackPayload } from "./key-pack-id";
import { checkKeyPackIdFormat, formatKeyPackId } from "./key-pack-id-format";
import { generateLicenseServerId } from "./license-server-id";

const SECRET = "unit-test-secret";
const lineageArb = fc.oneof(
  fc.constant({ purchaseLine: 0, generation: 0 }),
  fc.record({ purchaseLine: fc.integer({ min: 1, max: MAX_PURCHASE_LINE }), generation: fc.integer({ min: 1, max: MAX_GENERATION }) }),
);
const payloadArb: fc.Arbitrary<KeyPackPayload> = fc
  .record({
    calType: fc.constantFrom(...CAL_TYPE_VALUES),
    licenseProgram: fc.constantFrom(...LICENSE_PROGRAM_VALUES),
    quantity: fc.integer({ min: 1, max: 9999 }),
    lineage: lineageArb,
    serial: fc.bigInt({ min: 0n, max: MAX_SERIAL }),
  })
  .map(({ lineage, ...rest }) => ({ ...rest, ...lineage }));
const serverArb = fc.constant(null).map(() => generateLicenseServerId());

describe("license key pack ID", () => {
  it("round-trips: 35 Crockford symbols that decode to the same payload for the same server", () => {
    fc.assert(
      fc.property(payloadArb, serverArb, (payload, server) => {
        const id = encodeKeyPackId(payload, server, SECRET);
        expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{35}$/);
        expect(decodeKeyPackId(id, server, SECRET)).toEqual({ status: "valid", value: id, payload });
      }),
    );
  });

  it("accepts what people type: groups, lower case, O for 0 and I or L for 1", () => {
    const server = generateLicenseServerId();
    const id = encodeKeyPackId({ calType: "WS2022_PER_USER", licenseProgram: "LICENSE_PACK", quantity: 25, purchaseLine: 7, generation: 2, serial: 12345n }, server, SECRET);
    const typed = formatKeyPackId(id).toLowerCase().replace(/0/g, "o").replace(/1/g, "l").split("-").join(" ");
    expect(decodeKeyPackId(typed, server, SECRET)).toMatchObject({ status: "valid", value: id });
  });

  it("calls every single wrong symbol a typing mistake", () => {
    fc.assert(
      fc.property(payloadArb, serverArb, fc.nat(34), fc.integer({ min: 1, max: 31 }), (payload, server, pos, delta) => {
        const id = encodeKeyPackId(payload, server, SECRET);
        const wrong = CROCKFORD_ALPHABET[(CROCKFORD_ALPHABET.indexOf(id[pos]!) + delta) % 32]!;
        const mistyped = id.slice(0, pos) + wrong + id.slice(pos + 1);
        expect(decodeKeyPackId(mistyped, server, SECRET)).toEqual({ status: "mistyped", error: "checksum" });
      }),
      { numRuns: 2000 },
    );
  });

  it("calls every swap of two different neighbours a typing mistake", () => {
    fc.assert(
      fc.property(payloadArb, serverArb, fc.nat(33), (payload, server, pos) => {
        const id = encodeKeyPackId(payload, server, SECRET);
        fc.pre(id[pos] !== id[pos + 1]);
        const swapped = id.slice(0, pos) + id[pos + 1] + id[pos] + id.slice(pos + 2);
        expect(decodeKeyPackId(swapped, server, SECRET)).toEqual({ status: "mistyped", error: "checksum" });
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses a well-typed ID issued for another license server", () => {
    fc.assert(
      fc.property(payloadArb, serverArb, serverArb, (payload, server, other) => {
        fc.pre(server !== other);
        const id = encodeKeyPackId(payload, server, SECRET);
        expect(decodeKeyPackId(id, other, SECRET)).toEqual({ status: "not-for-this-server" });
      }),
    );
  });

  it("refuses a forgery: changed fields with a recomputed check, or another secret", () => {
    fc.assert(
      fc.property(payloadArb, serverArb, fc.integer({ min: 1, max: 9999 }), (payload, server, quantity) => {
        fc.pre(quantity !== payload.quantity);
        const genuine = encodeKeyPackId(payload, server, SECRET);
        const forgedMac = encodeKeyPackId({ ...payload, quantity }, server, "guessed-secret");
        expect(decodeKeyPackId(forgedMac, server, SECRET)).toEqual({ status: "not-for-this-server" });
        // Splice the genuine MAC (the last 16 data symbols, 80 bits) onto other fields: the check symbols are public, so recompute them.
        const body = forgedMac.slice(0, 17) + genuine.slice(17, 33);
        const spliced = checkKeyPackIdFormat(body + "00").ok ? body + "00" : body + recheck(body);
        expect(decodeKeyPackId(spliced, server, SECRET).status).toBe("not-for-this-server");
      }),
    );
  });

  it("refuses quantities, serials, purchase lines and generations out of range when encoding", () => {
    const server = generateLicenseServerId();
    const base = { calType: "WS2019_PER_DEVICE", licenseProgram: "OPEN_LICENSE", serial: 1n, purchaseLine: 3, generation: 1 } as const;
    expect(() => encodeKeyPackId({ ...base, quantity: 0 }, server, SECRET)).toThrow();
    expect(() => encodeKeyPackId({ ...base, quantity: 10000 }, server, SECRET)).toThrow();
    expect(() => encodeKeyPackId({ ...base, quantity: 1, serial: MAX_SERIAL + 1n }, server, SECRET)).toThrow();
    expect(() => encodeKeyPackId({ ...base, quantity: 1, generation: 0 }, server, SECRET)).toThrow();
    expect(() => encodeKeyPackId({ ...base, quantity: 1, generation: MAX_GENERATION + 1 }, server, SECRET)).toThrow();
    expect(() => encodeKeyPackId({ ...base, quantity: 1, purchaseLine: MAX_PURCHASE_LINE + 1 }, server, SECRET)).toThrow();
    expect(() => encodeKeyPackId({ ...base, quantity: 1, purchaseLine: 0, generation: 1 }, server, SECRET)).toThrow();
  });

  it("carries the purchase line and generation in the signed fields: changing either breaks the MAC", () => {
    fc.assert(
      fc.property(payloadArb, serverArb, (payload, server) => {
        fc.pre(payload.purchaseLine > 0 && payload.generation < MAX_GENERATION);
        const genuine = encodeKeyPackId(payload, server, SECRET);
        const later = encodeKeyPackId({ ...payload, generation: payload.generation + 1 }, server, "guessed-secret");
        const body = later.slice(0, 17) + genuine.slice(17, 33);
        expect(decodeKeyPackId(body + recheck(body), server, SECRET).status).toBe("not-for-this-server");
      }),
    );
  });

  it("tells empty, wrong characters and wrong length apart", () => {
    expect(checkKeyPackIdFormat("")).toEqual({ ok: false, error: "empty" });
    expect(checkKeyPackIdFormat("UUUUU")).toEqual({ ok: false, error: "characters" });
    expect(checkKeyPackIdFormat("ABCDE-12345")).toEqual({ ok: false, error: "length" });
  });
});

function recheck(body: string): string {
  for (const a of CROCKFORD_ALPHABET) for (const b of CROCKFORD_ALPHABET) if (checkKeyPackIdFormat(body + a + b).ok) return a + b;
  throw new Error("no check symbols");
}
