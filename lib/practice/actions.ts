"use server";
// Start a practice rebuild, and Reset a practice server. Starting clears expired practice servers first (the
// clean-up also runs when the console and the trainer's view are shown), gives the browser its owner id,
// and opens this browser's practice server, made on first use. Starting a new one is limited per network
// address, so clearing cookies in a loop cannot fill the database.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { consoleServerHref } from "@/lib/console/urls";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { fail, type ActionResult } from "@/lib/forms/action-result";
import { formState } from "@/lib/forms/form-state";
import { isQueryableText } from "@/lib/forms/text";
import { describeWait, hitRateLimit } from "@/lib/rate-limit";
import { ensurePracticeOwner, readPracticeOwner } from "./owner-cookie";
import { removeExpiredPracticeServers, resetPracticeServer, startPracticeServer } from "./store";

const START_LIMIT = { limit: 100, windowMs: 60 * 60 * 1000 };

/** `notActivated`: the check box "Start with the license server not activated" (anything else: activated). */
export async function startPracticeRebuild(notActivated?: unknown): Promise<ActionResult> {
  const db = await getDb();
  const now = new Date();
  await removeExpiredPracticeServers(db, now);
  const owner = await ensurePracticeOwner();
  const existing = await db.licenseServer.findFirst({ where: { practiceOwner: owner, practiceExpiresAt: { gt: now } }, select: { name: true } });
  if (existing) redirect(consoleServerHref(existing.name));
  const hit = await hitRateLimit(db, `practice-start:${clientAddressFrom(await headers())}`, START_LIMIT, now);
  if (hit.limited) return fail({}, `Too many practice servers were started from this network. Try again ${describeWait(now, hit.retryAt)}.`);
  const server = await startPracticeServer(db, owner, env().PRACTICE_SERVER_TTL_HOURS, now, { activated: notActivated !== true });
  redirect(consoleServerHref(server.name));
}

/** Reset, from the page that asks first (app/(console)/console/servers/[serverId]/reset-practice). */
export async function resetPractice(serverId: string): Promise<ActionResult> {
  const owner = await readPracticeOwner();
  const db = await getDb();
  // The server id is bound by the page, but a client can post anything in its place.
  const server = owner && isQueryableText(serverId) ? await db.licenseServer.findFirst({ where: { id: serverId, practiceOwner: owner }, select: { name: true } }) : null;
  if (!owner || !server || !(await resetPracticeServer(db, serverId, owner))) {
    return fail({}, "This practice server no longer exists. Start a practice rebuild to get a new one.");
  }
  redirect(`${consoleServerHref(server.name)}&reset=1`);
}

export const resetPracticeForm = formState<[serverId: string], unknown>(resetPractice);
