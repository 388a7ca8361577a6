// The app's background work on pg-boss (docs/decisions/017-job-queue-and-mail.md): the queues, how each is
// worked and scheduled, and the handlers. pg-boss creates and migrates its own schema ("pgboss") on start.
// Every app server runs the same workers on the same database; a job is fetched by one of them
// (FOR UPDATE SKIP LOCKED), a schedule fires once a minute whoever's clock sees it (pg-boss sends it with a
// singleton key), and the clean-ups' "singleton" policy lets one run at a time.
import type { PGlite } from "@electric-sql/pglite";
import PgBoss from "pg-boss";
import type { Database } from "@/lib/prisma-client";
import { deleteStaleDrafts, STALE_DRAFT_MS } from "@/lib/clearinghouse/stale-drafts";
import { removeExpiredPracticeServers } from "@/lib/practice/store";
import { listDueOutboxIds, sendOutboxMessage, type MailTransport } from "@/lib/mail/send";
import { QUEUES, type QueueName } from "./names";
import { pgliteExecutor } from "./pglite-executor";

export { QUEUES };

export type JobHandlers = Record<QueueName, (data: Record<string, unknown>) => Promise<unknown>>;

const QUEUE_OPTIONS: Record<QueueName, Omit<PgBoss.Queue, "name">> = {
  // A failed send is retried 5 times, 15 s, 30 s, 1 min, 2 min, 4 min apart; after that the sweep sends it
  // again when the row's nextAttemptAt comes (lib/mail/send.ts), as long as it stays unsent.
  [QUEUES.sendMail]: { policy: "standard", retryLimit: 5, retryDelay: 15, retryBackoff: true, expireInSeconds: 600 },
  // "short": at most one sweep waiting, so a burst of decisions queues one sweep, not one each.
  [QUEUES.sweepMail]: { policy: "short", retryLimit: 0, expireInSeconds: 120 },
  [QUEUES.practiceCleanup]: { policy: "singleton", retryLimit: 0, expireInSeconds: 600 },
  [QUEUES.draftCleanup]: { policy: "singleton", retryLimit: 0, expireInSeconds: 600 },
};

/** Cron (UTC): mail and practice servers every minute (a practice server's TTL is in hours), drafts hourly. */
const SCHEDULES: Partial<Record<QueueName, string>> = {
  [QUEUES.sweepMail]: "* * * * *",
  [QUEUES.practiceCleanup]: "* * * * *",
  [QUEUES.draftCleanup]: "17 * * * *",
};

/**
 * A worker fetches one batch per polling interval, even when more jobs wait (pg-boss 10's worker loop,
 * node_modules/pg-boss/src/worker.js), so the batch size bounds the throughput: 10 messages a second.
 */
const BATCH_SIZE: Record<QueueName, number> = {
  [QUEUES.sendMail]: 10,
  [QUEUES.sweepMail]: 1,
  [QUEUES.practiceCleanup]: 1,
  [QUEUES.draftCleanup]: 1,
};

const POLLING_SECONDS: Record<QueueName, number> = {
  [QUEUES.sendMail]: 1,
  [QUEUES.sweepMail]: 1,
  [QUEUES.practiceCleanup]: 10,
  [QUEUES.draftCleanup]: 30,
};

/** Sending one message waits this long for the job's singleton slot, so two sweeps in a slot queue it once. */
const SEND_SINGLETON_SECONDS = 60;

/** What a queue does with an error of its own (a dropped connection, a failed maintenance run): says it. */
const logQueueError = (error: Error) => console.error(`jobs: ${error.message}`);

/**
 * pg-boss over the app's PGlite (one connection in this process) or its own pool on PostgreSQL. The queue
 * always has an error listener: pg-boss re-emits its pool's errors (a connection the server ended, as when a
 * test drops its database) as "error" events, and an event emitter with no listener throws them, which ends
 * the process (seen in CI while lib/jobs/jobs.db.test.ts ran beside the e2e tests).
 */
export function openJobQueue(
  target: { pglite: PGlite } | { connectionString: string },
  options: Partial<PgBoss.ConstructorOptions> = {},
  onError: (error: Error) => void = logQueueError,
): PgBoss {
  const database = "pglite" in target ? { db: pgliteExecutor(target.pglite) } : { connectionString: target.connectionString, max: 4 };
  const boss = new PgBoss({ ...database, application_name: "rdls-jobs", ...options });
  boss.on("error", onError);
  return boss;
}

export interface JobContext {
  db: Database;
  transport: MailTransport;
  mailFrom: string;
  log?: (message: string) => void;
}

export function appHandlers(boss: PgBoss, context: JobContext): JobHandlers {
  const log = context.log ?? (() => undefined);
  return {
    [QUEUES.sendMail]: async (data) => {
      const result = await sendOutboxMessage(context.db, context.transport, context.mailFrom, String(data.outboxId));
      log(`mail ${String(data.outboxId)}: ${result}`);
      return result;
    },
    [QUEUES.sweepMail]: async () => {
      const ids = await listDueOutboxIds(context.db);
      await Promise.all(ids.map((outboxId) => enqueueSend(boss, outboxId)));
      return ids.length;
    },
    [QUEUES.practiceCleanup]: async () => {
      const removed = await removeExpiredPracticeServers(context.db);
      if (removed > 0) log(`removed ${removed} expired practice server(s)`);
      return removed;
    },
    [QUEUES.draftCleanup]: async () => {
      const removed = await deleteStaleDrafts(context.db);
      if (removed > 0) log(`removed ${removed} unsubmitted draft(s) older than ${STALE_DRAFT_MS / 86_400_000} days`);
      return removed;
    },
  };
}

/** Queues one message's sending; a second request in the same minute (another sweep, another server) adds none. */
export function enqueueSend(boss: PgBoss, outboxId: string) {
  return boss.send(QUEUES.sendMail, { outboxId }, { singletonKey: outboxId, singletonSeconds: SEND_SINGLETON_SECONDS });
}

/** Starts pg-boss (creating or migrating its schema), the queues, their schedules and this process's workers. */
export async function startJobQueue(boss: PgBoss, handlers: JobHandlers, options: { schedule?: boolean } = {}) {
  await boss.start();
  for (const name of Object.values(QUEUES)) {
    await retryOnDeadlock(() => boss.createQueue(name, { name, ...QUEUE_OPTIONS[name] }));
    await retryOnDeadlock(() => boss.updateQueue(name, { name, ...QUEUE_OPTIONS[name] }));
    const cron = SCHEDULES[name];
    if (cron && options.schedule !== false) await boss.schedule(name, cron);
    await boss.work<Record<string, unknown>>(name, { pollingIntervalSeconds: POLLING_SECONDS[name], batchSize: BATCH_SIZE[name] }, async (jobs) => {
      // One by one; a failure fails only its own job (retried by pg-boss), the rest of the batch completes.
      for (const job of jobs) {
        try {
          await handlers[name](job.data ?? {});
        } catch (error) {
          await boss.fail(name, job.id, { message: error instanceof Error ? error.message : String(error) });
        }
      }
    });
  }
  return boss;
}

/**
 * Two servers starting at once on a new database both create the queues, and pg-boss 10's create_queue (a
 * table per queue attached as a partition) then deadlocks in PostgreSQL (seen in lib/jobs/jobs.db.test.ts).
 * PostgreSQL aborts one of them; tried again, it finds the queue made (ON CONFLICT DO NOTHING).
 */
async function retryOnDeadlock(work: () => Promise<unknown>, tries = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await work();
      return;
    } catch (error) {
      const deadlock = (error as { code?: unknown }).code === "40P01";
      if (!deadlock || attempt >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200));
    }
  }
}
