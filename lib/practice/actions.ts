"use server";
// Start a practice rebuild, and Reset a practice server. Starting clears expired practice servers first (the
// clean-up also runs when the console and the trainer's view are shown), gives the browser its owner id,
// and opens this browser's practice server, made on first use. Starting a new one is limited per network
// address (lib/clearinghouse/public-limits.ts), so clearing cookies in a loop cannot fill the database.
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, plainAction } from "@/lib/actions/client";
import { publicAccess, visibleServer } from "@/lib/actions/guards";
import { consoleServerHref } from "@/lib/console/urls";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { fail } from "@/lib/forms/action-result";
import { ensurePracticeOwner, readPracticeOwner } from "./owner-cookie";
import { removeExpiredPracticeServers, resetPracticeServer, startPracticeServer } from "./store";

/** The check box "Start with the license server not activated": ticked only when it says so (anything else: activated). */
const notActivatedSchema = z.unknown().transform((value) => value === true);

export const startPracticeRebuild = plainAction(
  { name: "startPracticeRebuild", guard: publicAccess, schema: notActivatedSchema, limits: ["practice-start"] },
  async ({ input: notActivated, overLimit }) => {
    const db = await getDb();
    const now = new Date();
    await removeExpiredPracticeServers(db, now);
    const owner = await ensurePracticeOwner();
    const existing = await db.licenseServer.findFirst({ where: { practiceOwner: owner, practiceExpiresAt: { gt: now } }, select: { name: true } });
    if (existing) redirect(consoleServerHref(existing.name));
    const limited = await overLimit("practice-start");
    if (limited) return fail({}, limited.message);
    const server = await startPracticeServer(db, owner, env().PRACTICE_SERVER_TTL_HOURS, now, { activated: !notActivated });
    redirect(consoleServerHref(server.name));
  },
);

const GONE = "This practice server no longer exists. Start a practice rebuild to get a new one.";

/**
 * Reset, the form of the page that asks first (app/(console)/console/servers/[serverId]/reset-practice),
 * bound to the practice server's id: only this browser's own (a shared server is visible, but not its to reset).
 */
export const resetPracticeForm = formAction({ name: "resetPractice", guard: visibleServer(() => fail({}, GONE), { practiceTool: true }) }, async ({ ctx: { server } }) => {
  const owner = await readPracticeOwner();
  if (!owner || !(await resetPracticeServer(await getDb(), server.id, owner))) return fail({}, GONE);
  redirect(`${consoleServerHref(server.name)}&reset=1`);
});
