// Asks this process's job queue to sweep the outbox now, after a write that added a message (a decision, a
// request filed for review), so the customer's e-mail leaves within seconds instead of at the next minute's
// sweep. Best effort and not awaited by the caller's result: the message is already safe in its row.
import type PgBoss from "pg-boss";
import { QUEUES } from "./names";

export const jobsHolder = globalThis as unknown as { __rdlsJobs?: { boss: PgBoss; mailboxUrl: string | null } };

export function nudgeMailSweep(): void {
  const jobs = jobsHolder.__rdlsJobs;
  if (!jobs) return; // JOBS=off, a script or a test: the next scheduled sweep (any server's) sends it
  jobs.boss.send(QUEUES.sweepMail, {}).catch((error: unknown) => console.error(`jobs: could not queue the mail sweep: ${error instanceof Error ? error.message : String(error)}`));
}
