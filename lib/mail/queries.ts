// What Helpdesk → Mailbox shows: the customers' messages in the outbox with how their sending went, and what
// the local mail sink received (lib/mail/sink.ts), newest first, optionally for one address.
import "server-only";
import { getDb } from "@/lib/db";
import { jobsHolder } from "@/lib/jobs/nudge";
import { isQueryableText } from "@/lib/forms/text";
import { containsText, equalsIgnoringCase } from "@/lib/like";
import type { Database } from "@/lib/prisma-client";

const SHOWN = 50;

/** The mailbox's ?to= filter: a repeated one, or one a query cannot take (a NUL...), reads as no filter. */
export function parseMailboxFilter(raw: string | string[] | undefined): string | undefined {
  const to = typeof raw === "string" ? raw.trim() : "";
  return to && isQueryableText(to, 254) ? to : undefined;
}

export async function listOutboxMessages(toAddress?: string, db?: Database) {
  db ??= await getDb();
  return db.outboxMessage.findMany({
    where: toAddress ? { toAddress: equalsIgnoringCase(toAddress) } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: SHOWN,
    select: { id: true, kind: true, toAddress: true, subject: true, createdAt: true, sentAt: true, attempts: true, nextAttemptAt: true, lockedUntil: true, lastError: true, request: { select: { reference: true } } },
  });
}

export async function listReceivedMail(toAddress?: string, db?: Database) {
  db ??= await getDb();
  return db.receivedMail.findMany({
    where: toAddress ? { toAddress: containsText(toAddress) } : {},
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take: SHOWN,
  });
}

/** The local sink's SMTP URL when this process delivers to it (no SMTP_URL), else null. */
export function localMailboxUrl(): string | null {
  return jobsHolder.__rdlsJobs?.mailboxUrl ?? null;
}
