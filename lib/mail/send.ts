// Sending one outbox message (lib/mail/outbox.ts wrote it with its decision), and finding the ones due.
// The row is the truth: a job only asks for it to be sent. Claimed with a conditional update (unsent, no
// live lease), so two workers given the same message never send it at once; marked sent after the SMTP
// server accepted it. A failure stays on the row (attempts, lastError, nextAttemptAt) and is thrown, so
// the job is retried; the decision it tells of is never touched.
import type { Database } from "@/lib/prisma-client";

/** What sending needs of a nodemailer transport. */
export interface MailTransport {
  sendMail(mail: { from: string; to: string; subject: string; text: string; messageId: string }): Promise<unknown>;
}

/** Longer than a send can take with the transport's timeouts (lib/mail/transport.ts), so a lease outlives its send. */
const SEND_LEASE_MS = 5 * 60_000;

/** When the sweep may try again after `attempts` failures: 30 s, 1 min, 2 min, … at most an hour. */
function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

export type SendResult = "sent" | "already sent" | "held by another sender" | "missing";

export async function sendOutboxMessage(db: Database, transport: MailTransport, from: string, id: string, now = new Date()): Promise<SendResult> {
  const claimed = await db.outboxMessage.updateMany({
    where: { id, sentAt: null, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
    data: { lockedUntil: new Date(now.getTime() + SEND_LEASE_MS), attempts: { increment: 1 } },
  });
  if (claimed.count === 0) {
    const row = await db.outboxMessage.findUnique({ where: { id }, select: { sentAt: true } });
    return !row ? "missing" : row.sentAt ? "already sent" : "held by another sender";
  }
  const message = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
  try {
    await transport.sendMail({ from, to: message.toAddress, subject: message.subject, text: message.body, messageId: `<${message.id}@clearinghouse.rdls>` });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    await db.outboxMessage.update({
      where: { id },
      data: { lockedUntil: null, lastError: text.slice(0, 500), nextAttemptAt: new Date(Date.now() + retryDelayMs(message.attempts)) },
    });
    throw error;
  }
  await db.outboxMessage.update({ where: { id }, data: { sentAt: new Date(), lockedUntil: null, lastError: null } });
  return "sent";
}

/** Unsent messages whose next try is due and that no sender holds, oldest first. */
export async function listDueOutboxIds(db: Database, now = new Date(), limit = 100): Promise<string[]> {
  const rows = await db.outboxMessage.findMany({
    where: { sentAt: null, nextAttemptAt: { lte: now }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
    orderBy: { nextAttemptAt: "asc" },
    take: limit,
    select: { id: true },
  });
  return rows.map((r) => r.id);
}
