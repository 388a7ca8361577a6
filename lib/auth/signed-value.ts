// Values the app signs and later checks (the device cookie of sign-in, the client address the console vouches
// for to the Clearinghouse's routes), with the installation's signing secret (lib/key-pack-secret.ts,
// docs/decisions/016-signing-secret-and-trusted-proxies.md). Each use has its own purpose string inside the
// MAC, so a value signed for one use is never valid for another (or as a license key pack ID). The newest
// secret signs; every accepted one verifies, as for key pack IDs. Pure: the caller passes the secrets.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { KeyPackSecrets } from "@/lib/key-pack-secret";

export type SigningPurpose = "device-cookie" | "vouched-address" | "trainee-cookie";

function mac(secret: string, purpose: SigningPurpose, payload: string): Buffer {
  return createHmac("sha256", secret).update(`rdls:${purpose}\n${payload}`).digest();
}

/** `payload.mac` (the MAC in base64url, which has no dot: the payload may). */
export function signValue(secrets: KeyPackSecrets, purpose: SigningPurpose, payload: string): string {
  return `${payload}.${mac(secrets.current, purpose, payload).toString("base64url")}`;
}

/** The payload of a value this installation signed for `purpose`, or null (forged, altered, another purpose). */
export function verifySignedValue(secrets: KeyPackSecrets, purpose: SigningPurpose, signed: string | null | undefined): string | null {
  if (typeof signed !== "string" || signed.length > 512) return null;
  const dot = signed.lastIndexOf(".");
  if (dot <= 0) return null;
  const payload = signed.slice(0, dot);
  const given = Buffer.from(signed.slice(dot + 1), "base64url");
  if (given.length !== 32) return null;
  return secrets.accepted.some((secret) => timingSafeEqual(mac(secret, purpose, payload), given)) ? payload : null;
}
