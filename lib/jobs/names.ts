// The job queues' names, apart from pg-boss itself, so a page's action can nudge a queue (lib/jobs/nudge.ts)
// without bundling the queue library.
export const QUEUES = {
  /** One outbox message: { outboxId }. */
  sendMail: "mail-send",
  /** Queues a sendMail for every message due: every minute, and right after a decision or a filing. */
  sweepMail: "mail-sweep",
  practiceCleanup: "practice-server-cleanup",
  draftCleanup: "stale-draft-cleanup",
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
