// Signing a staff member in (OWASP ASVS V2.2: throttling without lock-out). Three counters first: the
// account from this address and the address alone refuse for the rest of their window; the account from
// anywhere never refuses, it only slows every attempt down (a growing delay), so someone hammering an
// account from elsewhere cannot keep its owner out. Then the password (verified against a dummy hash when the
// e-mail is unknown, so both cases take the same time), then a session. Each refusal that starts a pause is
// audited. Returns what the form should say; never throws for an expected failure.
import type { Database } from "@/lib/prisma-client";
import { deleteStaleCounters, hitRateLimit, resetRateLimit, type RateLimitRule } from "@/lib/rate-limit";
import { recordAudit } from "@/lib/audit";
import { hashPassword, verifyPassword } from "./password";
import { createSession, deleteExpiredSessions, type StaffIdentity } from "./sessions";

/** Attempts on one account from one address. */
export const ACCOUNT_ADDRESS_RULE: RateLimitRule = { limit: 5, windowMs: 15 * 60_000 };
/** Attempts from one address on any account. */
export const ADDRESS_RULE: RateLimitRule = { limit: 30, windowMs: 15 * 60_000 };
/** Attempts on one account from anywhere: past the limit, each waits longer (never refused). */
export const ACCOUNT_RULE: RateLimitRule = { limit: 5, windowMs: 15 * 60_000 };
const MAX_DELAY_MS = 5_000;

/** How long the n-th attempt on an account waits: nothing up to the limit, then 250 ms doubling, at most 5 s. */
export function accountDelayMs(count: number): number {
  if (count <= ACCOUNT_RULE.limit) return 0;
  return Math.min(MAX_DELAY_MS, 250 * 2 ** (count - ACCOUNT_RULE.limit - 1));
}

export type SignInResult =
  | { ok: true; token: string; createdAt: Date; staff: StaffIdentity }
  | { ok: false; reason: "invalid" | "deactivated" }
  | { ok: false; reason: "rate-limited"; retryAt: Date };

let dummyHash: Promise<string> | undefined;

/** A real argon2id hash of a random secret, made once: unknown e-mails are verified against it. */
function getDummyHash() {
  dummyHash ??= hashPassword(crypto.randomUUID());
  return dummyHash;
}

export function accountKey(email: string) {
  return `sign-in:account:${email.trim().toLowerCase()}`;
}

export function addressKey(address: string) {
  return `sign-in:address:${address}`;
}

export function accountAddressKey(email: string, address: string) {
  return `sign-in:account-address:${email.trim().toLowerCase()}|${address}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function authenticateStaff(
  db: Database,
  input: { email: string; password: string; clientAddress: string },
  now = new Date(),
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const [pair, address, account] = await Promise.all([
    hitRateLimit(db, accountAddressKey(email, input.clientAddress), ACCOUNT_ADDRESS_RULE, now),
    hitRateLimit(db, addressKey(input.clientAddress), ADDRESS_RULE, now),
    hitRateLimit(db, accountKey(email), ACCOUNT_RULE, now),
  ]);
  const limited = [
    { hit: pair, rule: ACCOUNT_ADDRESS_RULE, kind: "account and address" },
    { hit: address, rule: ADDRESS_RULE, kind: "address" },
  ].filter(({ hit }) => hit.limited);
  if (limited.length > 0) {
    // The attempt that starts a pause is audited once (later ones in the same window are not).
    const starting = limited.filter(({ hit, rule }) => hit.count === rule.limit + 1);
    if (starting.length > 0) await auditPause(db, email, input.clientAddress, starting.map((l) => l.kind), account.count);
    const retryAt = new Date(Math.max(...limited.map(({ hit }) => hit.retryAt.getTime())));
    return { ok: false, reason: "rate-limited", retryAt };
  }
  const delay = accountDelayMs(account.count);
  if (delay > 0) {
    if (account.count === ACCOUNT_RULE.limit + 1) await auditPause(db, email, input.clientAddress, ["account (slowed down)"], account.count);
    await sleep(delay);
  }

  const user = await db.staffUser.findUnique({ where: { email } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), input.password);
  if (!user || !passwordOk) return { ok: false, reason: "invalid" };
  if (!user.active) return { ok: false, reason: "deactivated" };

  await resetRateLimit(db, accountAddressKey(email, input.clientAddress));
  const { token, session } = await db.$transaction(async (tx) => {
    const created = await createSession(tx, user.id, now);
    await recordAudit(tx, {
      actorId: user.id,
      actorLabel: user.email,
      action: "staff.signed_in",
      entityType: "StaffUser",
      entityId: user.id,
      after: { address: input.clientAddress },
    });
    return created;
  });
  // Housekeeping now and then (about one sign-in in twenty), off the critical path of the answer.
  if (Math.random() < 0.05) {
    void deleteExpiredSessions(db, now).catch(() => undefined);
    void deleteStaleCounters(db, 24 * 60 * 60_000, now).catch(() => undefined);
  }
  return { ok: true, token, createdAt: session.createdAt, staff: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

function auditPause(db: Database, email: string, address: string, limits: string[], accountAttempts: number) {
  return recordAudit(db, {
    actorLabel: "Sign-in throttling",
    action: "staff.sign_in_throttled",
    entityType: "StaffUser",
    entityId: email,
    after: { email, address, limits, accountAttempts },
  });
}
