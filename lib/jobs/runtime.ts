// Starts the background work in the app server's process (called by instrumentation.ts, so `npm start`,
// Playwright's servers and `next dev` all run it): the local mail sink when no SMTP_URL is set, then pg-boss
// over the app's own database connection (PGlite) or a small pool of its own (PostgreSQL).
import "server-only";
import { env } from "@/lib/env";
import { getDb, getPglite } from "@/lib/db";
import { resolveDatabaseTarget } from "@/lib/database-url";
import { startMailSink } from "@/lib/mail/sink";
import { smtpTransport } from "@/lib/mail/transport";
import { jobsHolder } from "./nudge";
import { appHandlers, openJobQueue, startJobQueue } from "./queue";

export async function startBackgroundJobs(): Promise<void> {
  const config = env();
  if (config.JOBS === "off" || jobsHolder.__rdlsJobs) return;
  const db = await getDb();
  const sink = config.SMTP_URL ? null : await startMailSink(db, config.MAIL_SINK_PORT);
  const transport = sink ? smtpTransport(sink.url, { local: true }) : smtpTransport(config.SMTP_URL ?? "");
  const target = resolveDatabaseTarget(config.DATABASE_URL);
  const pglite = await getPglite();
  const boss = openJobQueue(target.kind === "postgres" ? { connectionString: target.url } : { pglite: pglite ?? missing("PGlite") });
  const log = (message: string) => console.log(`jobs: ${message}`);
  await startJobQueue(boss, appHandlers(boss, { db, transport, mailFrom: config.MAIL_FROM, log }));
  jobsHolder.__rdlsJobs = { boss, mailboxUrl: sink?.url ?? null };
  // SMTP_URL is not printed: it may hold a password.
  console.log(`> Background jobs on pg-boss; customers' e-mail to ${sink ? `the local mailbox at ${sink.url} (Helpdesk → Mailbox)` : "SMTP_URL"}`);
}

function missing(what: string): never {
  throw new Error(`The job queue found no ${what} under the app's database client`);
}
