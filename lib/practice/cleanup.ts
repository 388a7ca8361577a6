// The clean-up of expired practice servers outside the schedule: the job queue removes them every minute
// (lib/jobs/queue.ts), and the trainer's view runs it too before listing, so it never lists one whose time
// is up. (Old unsubmitted drafts have their own hourly job.)
import "server-only";
import { getDb } from "@/lib/db";
import { removeExpiredPracticeServers } from "./store";

export async function cleanUpExpiredPracticeServers(): Promise<number> {
  return removeExpiredPracticeServers(await getDb());
}
