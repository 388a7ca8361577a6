// License key pack ID codec. The Clearinghouse encodes what it issues (CAL type, license program, quantity,
// purchase line and generation, serial) and binds it to the Target License Server ID with a truncated HMAC
// keyed by a secret both sides share; the console decodes it offline. Layout of the 33 data symbols (165 bits):
//   version 3 | CAL type 4 | license program 4 | quantity 14 | purchase line 24 | generation 12 | serial 24 | MAC 80
// followed by 2 check symbols (key-pack-id-format.ts). Version 2; version 1 (serial 40, MAC 100, no purchase
// line) is refused: docs/decisions/018-key-pack-generations.md says what the bits were traded for.
// Uses node:crypto: server side only.
import { createHmac, timingSafeEqual } from "node:crypto";
import { CAL_TYPE_VALUES, LICENSE_PROGRAM_VALUES, MAX_QUANTITY, MIN_QUANTITY, type CalType, type LicenseProgram } from "./catalog";
import { decodeBase32, encodeBase32 } from "./crockford";
import { checkKeyPackIdFormat, keyPackCheckSymbols, KEY_PACK_DATA_LENGTH, type KeyPackIdFormatError } from "./key-pack-id-format";

const VERSION = 2n;
const MAC_BITS = 80n;
const SERIAL_BITS = 24n;
const GENERATION_BITS = 12n;
const LINE_BITS = 24n;
const QUANTITY_BITS = 14n;
const FIELD_BITS = 4n;
export const MAX_SERIAL = (1n << SERIAL_BITS) - 1n;
export const MAX_PURCHASE_LINE = Number((1n << LINE_BITS) - 1n);
export const MAX_GENERATION = Number((1n << GENERATION_BITS) - 1n);

export interface KeyPackPayload {
  calType: CalType;
  licenseProgram: LicenseProgram;
  quantity: number;
  /** Entitlement.lineNumber of the purchase it was issued from; 0 for a pack issued without one. */
  purchaseLine: number;
  /** 1, 2, … per (Target License Server ID, purchase line); 0 exactly when purchaseLine is 0. */
  generation: number;
  serial: bigint;
}

export type KeyPackDecodeResult =
  | { status: "valid"; value: string; payload: KeyPackPayload }
  | { status: "mistyped"; error: KeyPackIdFormatError }
  /** Well-typed, but its MAC does not match this license server: issued for another server, or forged. */
  | { status: "not-for-this-server" };

export function encodeKeyPackId(payload: KeyPackPayload, targetLicenseServerId: string, secret: string): string {
  const calIndex = CAL_TYPE_VALUES.indexOf(payload.calType);
  const programIndex = LICENSE_PROGRAM_VALUES.indexOf(payload.licenseProgram);
  if (calIndex < 0 || programIndex < 0) throw new Error("Unknown CAL type or license program");
  if (!Number.isInteger(payload.quantity) || payload.quantity < MIN_QUANTITY || payload.quantity > MAX_QUANTITY) {
    throw new Error(`Quantity must be ${MIN_QUANTITY}-${MAX_QUANTITY}`);
  }
  if (payload.serial < 0n || payload.serial > MAX_SERIAL) throw new Error("Serial out of range");
  if (!validLineage(payload.purchaseLine, payload.generation)) throw new Error(`Purchase line 0-${MAX_PURCHASE_LINE} with generation 1-${MAX_GENERATION} (both 0 without a purchase)`);
  let fields = VERSION;
  fields = (fields << FIELD_BITS) | BigInt(calIndex);
  fields = (fields << FIELD_BITS) | BigInt(programIndex);
  fields = (fields << QUANTITY_BITS) | BigInt(payload.quantity);
  fields = (fields << LINE_BITS) | BigInt(payload.purchaseLine);
  fields = (fields << GENERATION_BITS) | BigInt(payload.generation);
  fields = (fields << SERIAL_BITS) | payload.serial;
  const data = encodeBase32((fields << MAC_BITS) | mac(fields, targetLicenseServerId, secret), KEY_PACK_DATA_LENGTH);
  return data + keyPackCheckSymbols(data);
}

/** `secrets`: every secret that may have signed it (after a rotation, the current one and the earlier ones). */
export function decodeKeyPackId(input: string, targetLicenseServerId: string, secrets: string | readonly string[]): KeyPackDecodeResult {
  const format = checkKeyPackIdFormat(input);
  if (!format.ok) return { status: "mistyped", error: format.error };
  const data = decodeBase32(format.value.slice(0, KEY_PACK_DATA_LENGTH));
  const fields = data >> MAC_BITS;
  const givenMac = data & ((1n << MAC_BITS) - 1n);
  // Every secret is tried (no early exit), so the time taken does not tell which one matched.
  const matches = (typeof secrets === "string" ? [secrets] : secrets).map((secret) => sameMac(givenMac, mac(fields, targetLicenseServerId, secret)));
  if (!matches.includes(true)) return { status: "not-for-this-server" };
  const payload = unpack(fields);
  // A MAC that matches over nonsense fields can only come from a holder of the secret; still refuse it.
  if (!payload) return { status: "not-for-this-server" };
  return { status: "valid", value: format.value, payload };
}

/** A pack names a purchase line and a generation of it, or neither. */
function validLineage(purchaseLine: number, generation: number): boolean {
  if (!Number.isInteger(purchaseLine) || !Number.isInteger(generation)) return false;
  if (purchaseLine === 0) return generation === 0;
  return purchaseLine > 0 && purchaseLine <= MAX_PURCHASE_LINE && generation >= 1 && generation <= MAX_GENERATION;
}

function unpack(fields: bigint): KeyPackPayload | null {
  let rest = fields;
  const take = (bits: bigint) => {
    const value = rest & ((1n << bits) - 1n);
    rest >>= bits;
    return value;
  };
  const serial = take(SERIAL_BITS);
  const generation = Number(take(GENERATION_BITS));
  const purchaseLine = Number(take(LINE_BITS));
  const quantity = Number(take(QUANTITY_BITS));
  const programIndex = Number(take(FIELD_BITS));
  const calIndex = Number(take(FIELD_BITS));
  const version = rest;
  const calType = CAL_TYPE_VALUES[calIndex];
  const licenseProgram = LICENSE_PROGRAM_VALUES[programIndex];
  if (version !== VERSION || !calType || !licenseProgram || quantity < MIN_QUANTITY || quantity > MAX_QUANTITY) return null;
  if (!validLineage(purchaseLine, generation)) return null;
  return { calType, licenseProgram, quantity, purchaseLine, generation, serial };
}

function mac(fields: bigint, targetLicenseServerId: string, secret: string): bigint {
  const digest = createHmac("sha256", secret).update(`rdls-keypack-v2|${fields.toString(16)}|${targetLicenseServerId}`).digest();
  // The first 80 bits of the digest: 10 bytes.
  return BigInt("0x" + digest.subarray(0, 10).toString("hex"));
}

function sameMac(a: bigint, b: bigint): boolean {
  const bytes = (n: bigint) => Buffer.from(n.toString(16).padStart(20, "0"), "hex");
  return timingSafeEqual(bytes(a), bytes(b));
}
