// Staff sessions in the database (StaffSession): create on sign-in, validate with sliding expiry on each
// request, delete on sign-out. Takes the Prisma client as a parameter, so tests and factories share it.
import type { Database } from "@/lib/prisma-client";
import type { Prisma, StaffRole } from "@/generated/prisma/client";
import { checkSession, generateSessionToken, isWellFormedToken, sessionIdFromToken, slidingExpiry } from "./session-token";

export interface StaffIdentity {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
}

export interface ValidSession {
  sessionId: string;
  expiresAt: Date;
  createdAt: Date;
  staff: StaffIdentity;
}

/** Creates a session row and returns the token for the cookie (the row keeps only its hash). */
export async function createSession(db: Prisma.TransactionClient, userId: string, now = new Date()) {
  const token = generateSessionToken();
  const session = await db.staffSession.create({
    data: { id: sessionIdFromToken(token), userId, createdAt: now, lastSeenAt: now, expiresAt: slidingExpiry(now, now) },
  });
  return { token, session };
}

/** The session behind a cookie token, or null. Expired sessions and deactivated accounts end here. */
export async function validateSessionToken(db: Database, token: string | undefined, now = new Date()): Promise<ValidSession | null> {
  if (!isWellFormedToken(token)) return null;
  const sessionId = sessionIdFromToken(token);
  const row = await db.staffSession.findUnique({
    where: { id: sessionId },
    select: {
      createdAt: true,
      lastSeenAt: true,
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, role: true, active: true } },
    },
  });
  if (!row) return null;
  const state = checkSession(row, now);
  if (state === "expired" || !row.user.active) {
    await invalidateSession(db, sessionId);
    return null;
  }
  let expiresAt = row.expiresAt;
  if (state === "touch") {
    expiresAt = slidingExpiry(row.createdAt, now);
    // updateMany: the row may have been deleted by a sign-out in the meantime; that is not an error.
    await db.staffSession.updateMany({ where: { id: sessionId }, data: { lastSeenAt: now, expiresAt } });
  }
  const { id, email, name, role } = row.user;
  return { sessionId, expiresAt, createdAt: row.createdAt, staff: { id, email, name, role } };
}

/** Ends a session: on sign-out (inside its transaction with the audit entry) and when it expired. */
export async function invalidateSession(db: Pick<Prisma.TransactionClient, "staffSession">, sessionId: string) {
  await db.staffSession.deleteMany({ where: { id: sessionId } });
}

/** Removes expired sessions; called now and then on sign-in so the table does not grow without end. */
export async function deleteExpiredSessions(db: Database, now = new Date()) {
  await db.staffSession.deleteMany({ where: { expiresAt: { lte: now } } });
}
