// The confirmation code the Clearinghouse gives when a license server is deactivated (ours): 10 digits shown as
// 2 groups of 5, the first 9 a truncated HMAC of (Product ID, License Server ID) keyed by the secrets that sign
// key pack IDs (lib/key-pack-secret.ts), the last a Luhn check digit (product-id.ts), so the console can tell a
// mistyped code from one given for another server, offline, as it does for License Server IDs
// (docs/decisions/021-activation-lifecycle.md). The same pair always gives the same code, so asking twice is
// harmless. Uses node:crypto: server side only.
import { createHmac, timingSafeEqual } from "node:crypto";
import { luhnCheckDigit } from "./product-id";
import { parseConfirmationCode, type ConfirmationCodeError } from "./confirmation-code-format";

export { CONFIRMATION_CODE_MESSAGES, formatConfirmationCode, parseConfirmationCode } from "./confirmation-code-format";

export type ConfirmationCodeResult =
  | { status: "valid"; value: string }
  | { status: "mistyped"; error: ConfirmationCodeError }
  | { status: "not-for-this-server" };

export function issueConfirmationCode(productId: string, licenseServerId: string, secret: string): string {
  const body = mac(productId, licenseServerId, secret);
  return body + luhnCheckDigit(body);
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
