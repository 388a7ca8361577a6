// Supervisors' view of customers' e-mail: every message the outbox holds and how its sending went, and, with
// no SMTP_URL, what the local mailbox received over SMTP (lib/mail/sink.ts), so a demo shows the mail arrive.
import Link from "next/link";
import { connection } from "next/server";
import { requireSupervisor } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format/date";
import { listOutboxMessages, listReceivedMail, localMailboxUrl, parseMailboxFilter } from "@/lib/mail/queries";
import { PageHeader } from "@/components/helpdesk/page-header";
import { TableShell } from "@/components/helpdesk/table-shell";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

export const metadata = { title: "Mailbox" };

const KIND_LABELS: Record<string, string> = { filed_for_review: "Filed for review", approved: "Approved", rejected: "Rejected" };

type OutboxRow = Awaited<ReturnType<typeof listOutboxMessages>>[number];

function sendingStatus(m: OutboxRow, now: Date): string {
  if (m.sentAt) return `Sent ${formatDateTime(m.sentAt)}`;
  if (m.lockedUntil && m.lockedUntil > now) return "Sending";
  if (m.attempts === 0) return "Waiting to be sent";
  return `Not sent after ${m.attempts} ${m.attempts === 1 ? "try" : "tries"}; next try ${formatDateTime(m.nextAttemptAt)}${m.lastError ? ` (${m.lastError})` : ""}`;
}

export default async function MailboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  await requireSupervisor();
  const to = parseMailboxFilter((await searchParams).to);
  const [outbox, received] = await Promise.all([listOutboxMessages(to), listReceivedMail(to)]);
  const mailbox = localMailboxUrl();
  const now = new Date();
  return (
    <>
      <PageHeader
        title="Mailbox"
        lead="Customers' e-mail about their recovery requests: filed for review, approved (with the license key pack ID) and rejected (with the reason). Newest first; reload to update."
      />
      <form method="get" role="search" aria-label="Filter the mailbox" className="mt-6 flex flex-wrap items-end gap-4 rounded-lg border border-line bg-surface p-4 shadow-sm">
        <Field id="to" label="To (e-mail address)" className="min-w-64">
          <input id="to" name="to" type="email" defaultValue={to} className={inputClass} />
        </Field>
        <Button type="submit">Apply</Button>
        <Link href="/helpdesk/mailbox" className="py-2">Clear</Link>
      </form>

      <h2 className="mt-8 text-lg font-semibold">Sent to customers</h2>
      {outbox.length === 0 ? (
        <p className="mt-2">No messages.</p>
      ) : (
        <TableShell caption="Messages to customers" headers={["Written", "Request", "Message", "To", "Subject", "Sending"]}>
          {outbox.map((m) => (
            <tr key={m.id} className="border-t border-line align-top">
              <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(m.createdAt)}</td>
              <td className="px-3 py-2 whitespace-nowrap">{m.request ? <Link href={`/helpdesk/requests/${m.request.reference}`}>{m.request.reference}</Link> : "(removed)"}</td>
              <td className="px-3 py-2">{KIND_LABELS[m.kind] ?? m.kind}</td>
              <td className="px-3 py-2 break-all">{m.toAddress}</td>
              <td className="px-3 py-2">{m.subject}</td>
              <td className="px-3 py-2">{sendingStatus(m, now)}</td>
            </tr>
          ))}
        </TableShell>
      )}

      <h2 className="mt-8 text-lg font-semibold">Received by the local mailbox</h2>
      <p className="mt-2 max-w-3xl">
        {mailbox
          ? `No SMTP_URL is set, so this server delivers customers' e-mail over SMTP to a mailbox of its own (${mailbox}); what it received is below.`
          : "This server sends customers' e-mail to the SMTP server SMTP_URL names. Messages received by a local mailbox earlier are below."}
      </p>
      {received.length === 0 ? <p className="mt-2">Nothing received.</p> : null}
      <ol className="mt-3 space-y-4">
        {received.map((m) => (
          <li key={m.id}>
            <article aria-labelledby={`mail-${m.id}`} className="rounded-lg border border-line bg-surface p-4 shadow-sm">
              <h3 id={`mail-${m.id}`} className="font-semibold">{m.subject}</h3>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                <dt>To</dt>
                <dd className="break-all">{m.toAddress}</dd>
                <dt>From</dt>
                <dd className="break-all">{m.fromAddress}</dd>
                <dt>Received</dt>
                <dd>{formatDateTime(m.receivedAt)}</dd>
              </dl>
              <pre className="mt-3 font-sans text-sm whitespace-pre-wrap break-words">{m.text}</pre>
            </article>
          </li>
        ))}
      </ol>
    </>
  );
}
