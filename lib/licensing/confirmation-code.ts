// The confirmation code the Clearinghouse gives when a license server is deactivated (ours): 10 digits shown as
// 2 groups of 5, the first 9 a truncated HMAC of (Product ID, License Server ID) keyed by the secrets that sign
// key pack IDs (lib/key-pack-secret.ts), the last a Luhn check digit (product-id.ts), so the console can tell a
// mistyped code from one given for another server, offline, as it does for License Server IDs
// (docs/decisions/021-activation-lifecycle.md). The same pair always gives the same code, so asking twice is
// harmless. Uses node:crypto: server side only.
import { createHmac, timingSafeEqual } from "node:crypto";
import { luhnCheckDigit } from "./product-id";

export const CONFIRMATION_CODE_LENGTH = 10;

export type ConfirmationCodeError = "empty" | "characters" | "length" | "checksum";

export const CONFIRMATION_CODE_MESSAGES: Record<ConfirmationCodeError | "not-for-this-server", string> = {
  empty: "Enter the confirmation code",
  characters: "The confirmation code has only digits (0-9)",
  length: "The confirmation code has 10 digits, in 2 groups of 5",
  checksum: "This confirmation code looks mistyped: check each digit against what the Web site or the agent gave you",
  "not-for-this-server":
    "This confirmation code was not given for this license server: check that you deactivated this server's Product ID and License Server ID",
};

export type ConfirmationCodeResult =
  | { status: "valid"; value: string }
  | { status: "mistyped"; error: ConfirmationCodeError }
  | { status: "not-for-this-server" };

export function issueConfirmationCode(productId: string, licenseServerId: string, secret: string): string {
  const body = mac(productId, licenseServerId, secret);
  return body + luhnCheckDigit(body);
}

/** The typing check alone (the boxes use it as the code is typed). */
export function parseConfirmationCode(input: string): { ok: true; value: string } | { ok: false; error: ConfirmationCodeError } {
  const compact = input.replace(/[\s\-–—_.]/g, "");
  if (compact === "") return { ok: false, error: "empty" };
  if (!/^\d+$/.test(compact)) return { ok: false, error: "characters" };
  if (compact.length !== CONFIRMATION_CODE_LENGTH) return { ok: false, error: "length" };
  if (luhnCheckDigit(compact.slice(0, -1)) !== compact.slice(-1)) return { ok: false, error: "checksum" };
  return { ok: true, value: compact };
}

export function checkConfirmationCode(input: string, productId: string, licenseServerId: string, secrets: readonly string[]): ConfirmationCodeResult {
  const parsed = parseConfirmationCode(input);
  if (!parsed.ok) return { status: "mistyped", error: parsed.error };
  const given = Buffer.from(parsed.value.slice(0, -1));
  const matches = secrets.map((secret) => timingSafeEqual(given, Buffer.from(mac(productId, licenseServerId, secret))));
  return matches.includes(true) ? { status: "valid", value: parsed.value } : { status: "not-for-this-server" };
}

function mac(productId: string, licenseServerId: string, secret: string): string {
  const digest = createHmac("sha256", secret).update(`rdls-deactivation-v1|${productId}|${licenseServerId}`).digest();
  return (BigInt("0x" + digest.subarray(0, 6).toString("hex")) % 10n ** 9n).toString().padStart(9, "0");
}

export function formatConfirmationCode(compact: string): string {
  return `${compact.slice(0, 5)}-${compact.slice(5)}`;
}
