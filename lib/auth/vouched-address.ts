// The console's Automatic connection reaches the Clearinghouse's routes from this app itself
// (lib/console/clearinghouse-client.ts), so the routes would see 127.0.0.1 for every console user and count
// them all as one client. The console therefore vouches for its own client's address (the address
// server/index.mjs established for the console's request) in a header signed with the installation's secret
// (signed-value.ts), valid for a minute; the routes count a request under that address when the signature
// holds, and under the request's own address otherwise (docs/decisions/028-device-cookies-and-route-limits.md).
// A client cannot forge the header without the secret, so it can only ever be counted as itself.
import type { KeyPackSecrets } from "@/lib/key-pack-secret";
import { signValue, verifySignedValue } from "./signed-value";

export const VOUCHED_ADDRESS_HEADER = "x-rdls-vouched-client";
const LIFETIME_MS = 60_000;

export function vouchForAddress(secrets: KeyPackSecrets, address: string, now = new Date()): string {
  return signValue(secrets, "vouched-address", `${Math.floor((now.getTime() + LIFETIME_MS) / 1000)}|${address.slice(0, 64)}`);
}

/** The address a valid, unexpired header vouches for; null for no header or anything else. */
export function vouchedAddress(secrets: KeyPackSecrets, header: string | null | undefined, now = new Date()): string | null {
  const payload = verifySignedValue(secrets, "vouched-address", header);
  const match = payload?.match(/^(\d{1,12})\|(.{1,64})$/s);
  if (!match) return null;
  return Number(match[1]) * 1000 > now.getTime() ? match[2]! : null;
}
