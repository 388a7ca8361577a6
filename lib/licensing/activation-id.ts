// A License Server ID the Clearinghouse issues at activation, bound to the server's Product ID so the console
// can check it offline, as it checks license key pack IDs (docs/decisions/019-activation-ids.md). It is still
// a License Server ID (license-server-id.ts: 35 digits, the last two a MOD 97-10 check), whose 33 payload
// digits are: version 1 | serial 12 | MAC 20, the MAC a truncated HMAC of (Product ID, serial) keyed by the
// secrets that sign key pack IDs (lib/key-pack-secret.ts). IDs made before activation existed (the seed's,
// the factories') are not bound; a server keeps using the one it holds. Uses node:crypto: server side only.
import { createHmac, timingSafeEqual } from "node:crypto";
import { parseLicenseServerId, type LicenseServerIdError } from "./license-server-id";
import { mod97CheckDigits } from "./mod97";
import { randomDigits } from "./random";

const VERSION = "1";
const SERIAL_DIGITS = 12;
const MAC_DIGITS = 20;

export type BoundLicenseServerIdResult =
  | { status: "valid"; value: string }
  | { status: "mistyped"; error: LicenseServerIdError }
  /** Well-typed, but not issued for this Product ID: another server's, or made up. */
  | { status: "not-for-this-server" };

export const BOUND_LICENSE_SERVER_ID_MESSAGES = {
  "not-for-this-server":
    "This License Server ID was not issued for this license server's Product ID: check that you activated this server (its Product ID is on the License Server Activation page)",
} as const;

/** A new License Server ID for the server with `productId` (20 digits, no separators), signed with `secret`. */
export function issueBoundLicenseServerId(productId: string, secret: string, random: (count: number) => string = randomDigits): string {
  const head = VERSION + random(SERIAL_DIGITS);
  const payload = head + mac(head, productId, secret);
  return payload + mod97CheckDigits(payload);
}

/**
 * What a typed License Server ID is for the server with `productId`. `secrets`: every secret that may have
 * signed it (after a rotation, the current one and the earlier ones); all are tried, so the time taken does
 * not say which one matched.
 */
export function checkBoundLicenseServerId(input: string, productId: string, secrets: readonly string[]): BoundLicenseServerIdResult {
  const parsed = parseLicenseServerId(input);
  if (!parsed.ok) return { status: "mistyped", error: parsed.error };
  const value = parsed.value;
  const head = value.slice(0, 1 + SERIAL_DIGITS);
  const given = Buffer.from(value.slice(1 + SERIAL_DIGITS, 1 + SERIAL_DIGITS + MAC_DIGITS));
  const matches = secrets.map((secret) => timingSafeEqual(given, Buffer.from(mac(head, productId, secret))));
  if (!head.startsWith(VERSION) || !matches.includes(true)) return { status: "not-for-this-server" };
  return { status: "valid", value };
}

function mac(head: string, productId: string, secret: string): string {
  const digest = createHmac("sha256", secret).update(`rdls-license-server-v1|${productId}|${head}`).digest();
  // 72 bits of the digest as 20 decimal digits (10^20 > 2^66: a little bias, no loss that matters).
  return (BigInt("0x" + digest.subarray(0, 9).toString("hex")) % 10n ** BigInt(MAC_DIGITS)).toString().padStart(MAC_DIGITS, "0");
}
