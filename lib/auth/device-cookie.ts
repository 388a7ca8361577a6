// Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies";
// docs/decisions/028-device-cookies-and-route-limits.md): a browser that signed in to an account gets a signed
// cookie naming that account, a random device id and an expiry. Sign-in (sign-in.ts) trusts a browser that
// shows a valid one for the account being signed in to: it is counted under its own device id, not under the
// strict limit every unknown browser of the account shares, so an attacker using up that limit never locks
// the owner out. Pure: the caller passes the secrets (lib/key-pack-secret.ts) and the time.
import type { KeyPackSecrets } from "@/lib/key-pack-secret";
import { randomString } from "@/lib/licensing/random";
import { signValue, verifySignedValue } from "./signed-value";

export const DEVICE_COOKIE_NAME = "helpdesk_device";
/** A browser stays trusted this long after its last sign-in (each sign-in issues a new cookie). */
export const DEVICE_COOKIE_MAX_AGE_MS = 90 * 24 * 60 * 60_000;

export interface DeviceCookie {
  /** The StaffUser the browser signed in to. */
  userId: string;
  /** Random, per issue: the device's own rate-limit counter (sign-in.ts deviceKey). */
  deviceId: string;
  expiresAt: Date;
}

const VERSION = "d1";
const USER_ID = /^[0-9a-zA-Z-]{1,64}$/;
const DEVICE_ID = /^[0-9a-f]{32}$/;

export function issueDeviceCookie(secrets: KeyPackSecrets, userId: string, now = new Date()): { value: string; cookie: DeviceCookie } {
  if (!USER_ID.test(userId)) throw new Error("device cookie: unexpected user id");
  const cookie = { userId, deviceId: randomString("0123456789abcdef", 32), expiresAt: new Date(now.getTime() + DEVICE_COOKIE_MAX_AGE_MS) };
  const payload = [VERSION, cookie.userId, cookie.deviceId, Math.floor(cookie.expiresAt.getTime() / 1000)].join(".");
  return { value: signValue(secrets, "device-cookie", payload), cookie };
}

/** The device cookie if this installation signed it and it has not expired; null for anything else. */
export function readDeviceCookie(secrets: KeyPackSecrets, value: string | null | undefined, now = new Date()): DeviceCookie | null {
  const payload = verifySignedValue(secrets, "device-cookie", value);
  if (!payload) return null;
  const [version, userId, deviceId, expires, ...rest] = payload.split(".");
  if (version !== VERSION || rest.length > 0 || !userId || !USER_ID.test(userId) || !deviceId || !DEVICE_ID.test(deviceId) || !/^\d{1,12}$/.test(expires ?? "")) return null;
  const expiresAt = new Date(Number(expires) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return null;
  return { userId, deviceId, expiresAt };
}
