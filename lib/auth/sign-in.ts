// Signing a staff member in: rate limits per account and per client address first, then the password
// (verified against a dummy hash when the e-mail is unknown, so both cases take the same time), then a
// session. Returns what the form should say; never throws for an expected failure.
import type { Database } from "@/lib/prisma-client";
import { deleteStaleCounters, hitRateLimit, resetRateLimit, type RateLimitRule } from "@/lib/rate-limit";
import { recordAudit } from "@/lib/audit";
import { hashPassword, verifyPassword } from "./password";
import { createSession, deleteExpiredSessions, type StaffIdentity } from "./sessions";

export const ACCOUNT_RULE: RateLimitRule = { limit: 5, windowMs: 15 * 60_000 };
export const ADDRESS_RULE: RateLimitRule = { limit: 30, windowMs: 15 * 60_000 };

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

export async function authenticateStaff(
  db: Database,
  input: { email: string; password: string; clientAddress: string },
  now = new Date(),
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const [account, address] = await Promise.all([
    hitRateLimit(db, accountKey(email), ACCOUNT_RULE, now),
    hitRateLimit(db, addressKey(input.clientAddress), ADDRESS_RULE, now),
  ]);
  const limited = [account, address].filter((hit) => hit.limited);
  if (limited.length > 0) {
    const retryAt = new Date(Math.max(...limited.map((hit) => hit.retryAt.getTime())));
    return { ok: false, reason: "rate-limited", retryAt };
  }

  const user = await db.staffUser.findUnique({ where: { email } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), input.password);
  if (!user || !passwordOk) return { ok: false, reason: "invalid" };
  if (!user.active) return { ok: false, reason: "deactivated" };

  await resetRateLimit(db, accountKey(email));
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
