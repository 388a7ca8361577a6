// Signing a staff member in (OWASP ASVS V2.2, and OWASP's "Slow Down Online Guessing Attacks with Device
// Cookies": docs/decisions/028-device-cookies-and-route-limits.md). A browser showing a valid device cookie
// for the account (device-cookie.ts: signed, naming this account, not expired) is counted under its own device
// id only. Any other browser is counted three ways, each refusing for the rest of its window: the account from
// this address, the address alone, and the account from every unknown browser together. The last is strict
// (10 attempts per 15 minutes, however many addresses an attacker has), and it never keeps the owner out,
// because the owner's own browser is not an unknown one. Every attempt counts before the password is checked,
// so parallel attempts cannot slip under a limit. Then the password (verified against a dummy hash when the
// e-mail is unknown, so both cases take the same time), then a session and a new device cookie. Each refusal
// that starts a pause is audited. Returns what the form should say; never throws for an expected failure.
import type { Database } from "@/lib/prisma-client";
import { deleteStaleCounters, hitRateLimit, resetRateLimit, type RateLimitHit, type RateLimitRule } from "@/lib/rate-limit";
import { recordAudit } from "@/lib/audit";
import { getKeyPackSecrets } from "@/lib/key-pack-secret";
import { issueDeviceCookie, readDeviceCookie } from "./device-cookie";
import { hashPassword, verifyPassword } from "./password";
import { createSession, deleteExpiredSessions, type StaffIdentity } from "./sessions";

/** Attempts on one account from one address (unknown browsers). */
export const ACCOUNT_ADDRESS_RULE: RateLimitRule = { limit: 5, windowMs: 15 * 60_000 };
/** Attempts from one address on any account (unknown browsers). */
const ADDRESS_RULE: RateLimitRule = { limit: 30, windowMs: 15 * 60_000 };
/** Attempts on one account from all unknown browsers together, from any address. */
export const UNKNOWN_DEVICE_RULE: RateLimitRule = { limit: 10, windowMs: 15 * 60_000 };
/** Attempts from one trusted browser (its device cookie), on its account. */
export const DEVICE_RULE: RateLimitRule = { limit: 5, windowMs: 15 * 60_000 };

type RateLimitScope = "unknown-browsers" | "address" | "device";

export type SignInResult =
  | { ok: true; token: string; createdAt: Date; staff: StaffIdentity; device: { value: string; expiresAt: Date } }
  | { ok: false; reason: "invalid" | "deactivated" }
  | { ok: false; reason: "rate-limited"; retryAt: Date; scope: RateLimitScope };

let dummyHash: Promise<string> | undefined;

/** A real argon2id hash of a random secret, made once: unknown e-mails are verified against it. */
function getDummyHash() {
  dummyHash ??= hashPassword(crypto.randomUUID());
  return dummyHash;
}

const normal = (email: string) => email.trim().toLowerCase();

export function unknownDeviceKey(email: string) {
  return `sign-in:account:unknown-device:${normal(email)}`;
}

export function deviceKey(deviceId: string) {
  return `sign-in:device:${deviceId}`;
}

export function addressKey(address: string) {
  return `sign-in:address:${address}`;
}

export function accountAddressKey(email: string, address: string) {
  return `sign-in:account-address:${normal(email)}|${address}`;
}

interface Counted {
  hit: RateLimitHit;
  rule: RateLimitRule;
  kind: string;
  scope: RateLimitScope;
}

export async function authenticateStaff(
  db: Database,
  input: { email: string; password: string; clientAddress: string; deviceCookie?: string | null },
  now = new Date(),
): Promise<SignInResult> {
  const email = normal(input.email);
  const secrets = await getKeyPackSecrets(db);
  const user = await db.staffUser.findUnique({ where: { email } });
  const device = readDeviceCookie(secrets, input.deviceCookie, now);
  const trusted = device !== null && user !== null && device.userId === user.id;

  const counted: Counted[] = trusted
    ? [{ hit: await hitRateLimit(db, deviceKey(device.deviceId), DEVICE_RULE, now), rule: DEVICE_RULE, kind: "device", scope: "device" }]
    : await Promise.all([
        hitRateLimit(db, accountAddressKey(email, input.clientAddress), ACCOUNT_ADDRESS_RULE, now).then((hit): Counted => ({ hit, rule: ACCOUNT_ADDRESS_RULE, kind: "account and address", scope: "address" })),
        hitRateLimit(db, addressKey(input.clientAddress), ADDRESS_RULE, now).then((hit): Counted => ({ hit, rule: ADDRESS_RULE, kind: "address", scope: "address" })),
        hitRateLimit(db, unknownDeviceKey(email), UNKNOWN_DEVICE_RULE, now).then((hit): Counted => ({ hit, rule: UNKNOWN_DEVICE_RULE, kind: "account (unknown browsers)", scope: "unknown-browsers" })),
      ]);
  const limited = counted.filter(({ hit }) => hit.limited);
  if (limited.length > 0) {
    // The attempt that starts a pause is audited once (later ones in the same window are not).
    const starting = limited.filter(({ hit, rule }) => hit.count === rule.limit + 1);
    if (starting.length > 0) await auditPause(db, email, input.clientAddress, starting.map((l) => l.kind));
    const longest = limited.reduce((a, b) => (b.hit.retryAt.getTime() > a.hit.retryAt.getTime() ? b : a));
    return { ok: false, reason: "rate-limited", retryAt: longest.hit.retryAt, scope: longest.scope };
  }

  const passwordOk = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), input.password);
  if (!user || !passwordOk) return { ok: false, reason: "invalid" };
  if (!user.active) return { ok: false, reason: "deactivated" };

  await resetRateLimit(db, trusted ? deviceKey(device.deviceId) : accountAddressKey(email, input.clientAddress));
  const { token, session } = await db.$transaction(async (tx) => {
    const created = await createSession(tx, user.id, now);
    await recordAudit(tx, {
      actorId: user.id,
      actorLabel: user.email,
      action: "staff.signed_in",
      entityType: "StaffUser",
      entityId: user.id,
      after: { address: input.clientAddress, knownBrowser: trusted },
    });
    return created;
  });
  // Each sign-in issues a new device cookie (a new device id, so its counter starts afresh).
  const issued = issueDeviceCookie(secrets, user.id, now);
  // Housekeeping now and then (about one sign-in in twenty), off the critical path of the answer.
  if (Math.random() < 0.05) {
    void deleteExpiredSessions(db, now).catch(() => undefined);
    void deleteStaleCounters(db, 24 * 60 * 60_000, now).catch(() => undefined);
  }
  return {
    ok: true,
    token,
    createdAt: session.createdAt,
    staff: { id: user.id, email: user.email, name: user.name, role: user.role },
    device: { value: issued.value, expiresAt: issued.cookie.expiresAt },
  };
}

function auditPause(db: Database, email: string, address: string, limits: string[]) {
  return recordAudit(db, {
    actorLabel: "Sign-in throttling",
    action: "staff.sign_in_throttled",
    entityType: "StaffUser",
    entityId: email,
    after: { email, address, limits },
  });
}
