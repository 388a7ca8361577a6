// Writing a customer's e-mail into the outbox, inside the transaction of the decision it tells of: the
// message exists exactly when the decision does, and sending it later (lib/jobs/) can fail and retry without
// touching the decision. One message of each kind per request (unique index): a retried write adds none.
import type { Prisma } from "@/generated/prisma/client";
import { composeHistoryLinkMail, composeMail, HISTORY_LINK_KIND, type MailKind, type MailRequest } from "./messages";

export async function queueMail(
  tx: Prisma.TransactionClient,
  request: MailRequest & { id: string; email: string | null },
  kind: MailKind,
  extra: { licenseKeyPackId?: string; rejectionReason?: string } = {},
) {
  if (!request.email) return null; // the e-mail address is optional on the Web site
  const mail = composeMail(kind, request, extra);
  return tx.outboxMessage.upsert({
    where: { requestId_kind: { requestId: request.id, kind } },
    create: { requestId: request.id, kind, toAddress: request.email, subject: mail.subject, body: mail.body },
    update: {},
  });
}

/**
 * The customer history's link to `toAddress` (docs/decisions/035-recovery-kit.md), in the transaction that
 * stores its token. It is about no request (requestId null, so the unique index does not apply): each ask
 * is a new link and a new message.
 */
export async function queueHistoryLinkMail(tx: Prisma.TransactionClient, toAddress: string, link: string) {
  const mail = composeHistoryLinkMail(link);
  return tx.outboxMessage.create({ data: { kind: HISTORY_LINK_KIND, toAddress, subject: mail.subject, body: mail.body } });
}
