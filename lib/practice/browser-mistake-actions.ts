"use server";
// The reports of a trainee's browser-caught mistakes (./browser-mistakes.ts), one post per batch from
// components/forms/browser-mistakes.ts. Public (the trainee has no account) under a per-address limit; it
// records only for a valid trainee cookie, on the trainee's own server the page names, else their latest.
import { plainAction } from "@/lib/actions/client";
import { publicAccess } from "@/lib/actions/guards";
import { getDb } from "@/lib/db";
import { browserMistakesSchema, describeBrowserMistake, serverIdOfPage } from "./browser-mistakes";
import { recordMark } from "./classroom-store";
import { readTrainee } from "./trainee-cookie";

export const reportBrowserMistakes = plainAction(
  // Nothing to answer: a refused or limited report is dropped (the form it came from is not waiting on it).
  { name: "reportBrowserMistakes", guard: publicAccess, schema: browserMistakesSchema, limit: "practice-mistakes", refusal: () => undefined },
  async ({ input }) => {
    const trainee = await readTrainee();
    if (!trainee) return;
    const db = await getDb();
    for (const report of input) {
      const named = serverIdOfPage(report.page);
      const server = named ? await db.licenseServer.findFirst({ where: { id: named, traineeId: trainee.id }, select: { id: true } }) : null;
      await recordMark(db, trainee.id, { kind: "BROWSER_MISTAKE", detail: describeBrowserMistake(report), serverId: server?.id });
    }
  },
);
