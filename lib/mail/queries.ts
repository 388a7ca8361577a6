// What Helpdesk → Mailbox shows: the customers' messages in the outbox with how their sending went, and what
// the local mail sink received (lib/mail/sink.ts), newest first, optionally for one address.
import "server-only";
import { getDb } from "@/lib/db";
import { jobsHolder } from "@/lib/jobs/nudge";

const SHOWN = 50;

export async function listOutboxMessages(toAddress?: string) {
  const db = await getDb();
  return db.outboxMessage.findMany({
    where: toAddress ? { toAddress: { equals: toAddress, mode: "insensitive" } } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: SHOWN,
    select: { id: true, kind: true, toAddress: true, subject: true, createdAt: true, sentAt: true, attempts: true, nextAttemptAt: true, lockedUntil: true, lastError: true, request: { select: { reference: true } } },
  });
}

export async function listReceivedMail(toAddress?: string) {
  const db = await getDb();
  return db.receivedMail.findMany({
    where: toAddress ? { toAddress: { contains: toAddress, mode: "insensitive" } } : {},
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take: SHOWN,
  });
}

/** The local sink's SMTP URL when this process delivers to it (no SMTP_URL), else null. */
export function localMailboxUrl(): string | null {
  return jobsHolder.__rdlsJobs?.mailboxUrl ?? null;
}
