"use server";
// The classroom's server actions (issue 31, docs/decisions/036-classroom.md), on the action client
// (lib/actions/client.ts). The trainer's: the trainer guard (trainers and supervisors), on their own classes
// only. The trainee's: public, found through the signed trainee cookie (never an argument), on their own
// servers only. Everything a page binds is parsed by its schema and checked again against the class or the trainee.
import { z } from "zod";
import { redirect } from "next/navigation";
import { formAction, idArgument } from "@/lib/actions/client";
import { publicAccess, trainer } from "@/lib/actions/guards";
import { consoleServerHref } from "@/lib/console/urls";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { fail } from "@/lib/forms/action-result";
import { continueTo } from "@/lib/forms/continue-to";
import { chosenScenarios, createClassSchema, joinClassSchema } from "./classroom";
import { classWhere, createClass, findClassServer, joinClass, recordMark, removeClassServer, startScenario } from "./classroom-store";
import { isScenarioId, SCENARIO_IDS, SCENARIOS } from "./scenarios";
import { resetPracticeServer } from "./store";
import { readTrainee, writeTraineeCookies } from "./trainee-cookie";

const NOT_IN_CLASS = "This scenario is not part of your class.";
const NO_PRACTICE_SERVER = "This practice server no longer exists.";
const NO_CLASS = "This class no longer exists.";

export const createPracticeClassForm = formAction({ name: "createPracticeClass", guard: trainer, schema: createClassSchema }, async ({ ctx: { staff }, input }) => {
  const made = await createClass(await getDb(), staff.id, { id: input.requestId, name: input.name, scenarios: chosenScenarios(input) }, env().PRACTICE_SERVER_TTL_HOURS);
  if (!made) return fail({}, "Reload the page and try again.");
  continueTo(`/helpdesk/classes/${made.id}`);
});

/** Joining counts a per-address limit (lib/clearinghouse/public-limits.ts "class-join"): too few tries to guess 40-bit codes. */
export const joinPracticeClassForm = formAction({ name: "joinPracticeClass", guard: publicAccess, schema: joinClassSchema, limit: "class-join" }, async ({ input: { code, displayName } }) => {
  const db = await getDb();
  // Sent twice (a double click without the script): the first post made this browser that trainee.
  const already = await readTrainee();
  if (already && already.displayName === displayName) {
    const same = await db.practiceClass.count({ where: { id: already.class.id, joinCode: code } });
    if (same) continueTo("/class");
  }
  const outcome = await joinClass(db, code, displayName, new Date());
  if (outcome.kind === "unknown-code") return fail({ code: ["No class has this code, or the class has ended. Check the code with your trainer."] });
  if (outcome.kind === "name-taken") return fail({ displayName: ["Someone in this class already uses this name. Add your initial or choose another."] });
  await writeTraineeCookies(outcome.trainee, outcome.expiresAt);
  continueTo("/class");
});

/** Start (or open) the trainee's server for a scenario of their class, in the console. */
export const startClassScenarioForm = formAction(
  { name: "startClassScenario", guard: publicAccess, bound: [z.enum(SCENARIO_IDS)], badBound: () => fail({}, NOT_IN_CLASS) },
  async ({ bound: [scenario] }) => {
    const trainee = await readTrainee();
    if (!trainee) continueTo("/class");
    const server = await startScenario(await getDb(), trainee, scenario);
    if (!server) return fail({}, NOT_IN_CLASS);
    // The console's page comes in this answer, rendered with this request's cookies: a post to /class does
    // not carry the practice owner cookie (scoped to /console), so set it again here, or that first page
    // would not find the trainee's own server ("No license server named … was found").
    await writeTraineeCookies(trainee, trainee.class.expiresAt);
    redirect(consoleServerHref(server.name));
  },
);

/**
 * The next hint of a scenario, once: `shown` is how many the page showed, so a second post opens no second
 * hint. The server is found through the trainee (the signed cookie), never the console's visibility: the
 * practice owner cookie is the console's path only (lib/practice/cookie-name.ts), so /class does not send it.
 */
export const openHintForm = formAction(
  { name: "openHint", guard: publicAccess, bound: [idArgument, z.number().int().nonnegative()], badBound: () => fail({}, NO_PRACTICE_SERVER) },
  async ({ bound: [serverId, shown] }) => {
    const trainee = await readTrainee();
    if (!trainee) continueTo("/class");
    const db = await getDb();
    const server = await db.licenseServer.findFirst({ where: { id: serverId, traineeId: trainee.id }, select: { id: true, practiceScenario: true } });
    if (!server || !isScenarioId(server.practiceScenario)) return fail({}, NO_PRACTICE_SERVER);
    const hints = SCENARIOS[server.practiceScenario].hints;
    const opened = await db.practiceMark.count({ where: { traineeId: trainee.id, serverId: server.id, kind: "HINT" } });
    if (opened === shown && opened < hints.length) await recordMark(db, trainee.id, { kind: "HINT", serverId: server.id, detail: hints[opened]! });
    continueTo(`/class#run-${server.id}`);
  },
);

/**
 * The trainer's Reset or Remove of a trainee's server, after the page that asks. The server is read through
 * the trainer's class (findClassServer), not the console's visibility: the trainer's browser does not see
 * the trainees' practice servers, and may act only on those of a class of theirs.
 */
export const actOnTraineeServerForm = formAction(
  { name: "actOnTraineeServer", guard: trainer, bound: [idArgument, idArgument, z.enum(["reset", "remove"])], badBound: () => fail({}, NO_CLASS) },
  async ({ ctx: { staff }, bound: [classId, serverId, act] }) => {
    const db = await getDb();
    if (!(await db.practiceClass.count({ where: classWhere(classId, staff) }))) return fail({}, NO_CLASS);
    const server = await findClassServer(db, classId, serverId);
    if (!server?.practiceOwner) return fail({}, "This practice server no longer exists: it may have been removed already.");
    const done = act === "reset" ? await resetPracticeServer(db, server.id, server.practiceOwner) : await removeClassServer(db, server.id);
    if (!done) return fail({}, "This practice server no longer exists: it may have been removed already.");
    continueTo(`/helpdesk/classes/${classId}?${act === "reset" ? "reset" : "removed"}=${encodeURIComponent(server.name)}`);
  },
);
