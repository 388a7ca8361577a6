"use server";
// The classroom's server actions (issue 31, docs/decisions/036-classroom.md). The trainer's: signed-in
// trainers and supervisors (requireTrainer), on their own classes only. The trainee's: whoever the signed
// trainee cookie names, on their own servers only. Everything bound by a page is checked again here.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireTrainer } from "@/lib/auth/guards";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { consoleServerHref } from "@/lib/console/urls";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { fail, zodFieldErrors, type ActionResult } from "@/lib/forms/action-result";
import { continueTo } from "@/lib/forms/continue-to";
import { formState } from "@/lib/forms/form-state";
import { isQueryableText } from "@/lib/forms/text";
import { describeWait, hitRateLimit } from "@/lib/rate-limit";
import { chosenScenarios, createClassSchema, joinClassSchema } from "./classroom";
import { classWhere, createClass, findClassServer, joinClass, recordMark, removeClassServer, startScenario } from "./classroom-store";
import { isScenarioId, SCENARIOS } from "./scenarios";
import { resetPracticeServer } from "./store";
import { readTrainee, writeTraineeCookies } from "./trainee-cookie";

/** Tries at a join code per address: enough for a room behind one address, too few to guess 40-bit codes. */
const JOIN_LIMIT = { limit: 60, windowMs: 10 * 60 * 1000 };

export async function createPracticeClass(input: unknown): Promise<ActionResult> {
  const { staff } = await requireTrainer();
  const parsed = createClassSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const made = await createClass(await getDb(), staff.id, { id: parsed.data.requestId, name: parsed.data.name, scenarios: chosenScenarios(parsed.data) }, env().PRACTICE_SERVER_TTL_HOURS);
  if (!made) return fail({}, "Reload the page and try again.");
  continueTo(`/helpdesk/classes/${made.id}`);
}

export async function joinPracticeClass(input: unknown): Promise<ActionResult> {
  const parsed = joinClassSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const { code, displayName } = parsed.data;
  const db = await getDb();
  // Sent twice (a double click without the script): the first post made this browser that trainee.
  const already = await readTrainee();
  if (already && already.displayName === displayName) {
    const same = await db.practiceClass.count({ where: { id: already.class.id, joinCode: code } });
    if (same) continueTo("/class");
  }
  const now = new Date();
  const hit = await hitRateLimit(db, `class-join:${clientAddressFrom(await headers())}`, JOIN_LIMIT, now);
  if (hit.limited) return fail({}, `Too many tries from this network. Try again ${describeWait(now, hit.retryAt)}.`);
  const outcome = await joinClass(db, code, displayName, now);
  if (outcome.kind === "unknown-code") return fail({ code: ["No class has this code, or the class has ended. Check the code with your trainer."] });
  if (outcome.kind === "name-taken") return fail({ displayName: ["Someone in this class already uses this name. Add your initial or choose another."] });
  await writeTraineeCookies(outcome.trainee, outcome.expiresAt);
  continueTo("/class");
}

/** Start (or open) the trainee's server for a scenario of their class, in the console. */
export async function startClassScenario(scenario: string): Promise<ActionResult> {
  const trainee = await readTrainee();
  if (!trainee) continueTo("/class");
  if (!isScenarioId(scenario)) return fail({}, "This scenario is not part of your class.");
  const server = await startScenario(await getDb(), trainee, scenario);
  if (!server) return fail({}, "This scenario is not part of your class.");
  redirect(consoleServerHref(server.name));
}

/** The next hint of a scenario, once: `shown` is how many the page showed, so a second post opens no second hint. */
export async function openHint(serverId: string, shown: number): Promise<ActionResult> {
  const trainee = await readTrainee();
  if (!trainee) continueTo("/class");
  const db = await getDb();
  const server = isQueryableText(serverId) ? await db.licenseServer.findFirst({ where: { id: serverId, traineeId: trainee.id }, select: { id: true, practiceScenario: true } }) : null;
  if (!server || !isScenarioId(server.practiceScenario)) return fail({}, "This practice server no longer exists.");
  const hints = SCENARIOS[server.practiceScenario].hints;
  const opened = await db.practiceMark.count({ where: { traineeId: trainee.id, serverId: server.id, kind: "HINT" } });
  if (opened === shown && opened < hints.length) await recordMark(db, trainee.id, { kind: "HINT", serverId: server.id, detail: hints[opened]! });
  continueTo(`/class#run-${server.id}`);
}

/** The trainer's Reset or Remove of a trainee's server, after the page that asks. */
export async function actOnTraineeServer(classId: string, serverId: string, act: "reset" | "remove"): Promise<ActionResult> {
  const { staff } = await requireTrainer();
  const db = await getDb();
  if ((act !== "reset" && act !== "remove") || !isQueryableText(classId) || !isQueryableText(serverId) || !(await db.practiceClass.count({ where: classWhere(classId, staff) }))) {
    return fail({}, "This class no longer exists.");
  }
  const server = await findClassServer(db, classId, serverId);
  if (!server?.practiceOwner) return fail({}, "This practice server no longer exists: it may have been removed already.");
  const done = act === "reset" ? await resetPracticeServer(db, server.id, server.practiceOwner) : await removeClassServer(db, server.id);
  if (!done) return fail({}, "This practice server no longer exists: it may have been removed already.");
  continueTo(`/helpdesk/classes/${classId}?${act === "reset" ? "reset" : "removed"}=${encodeURIComponent(server.name)}`);
}

// The forms' actions (lib/forms/form-state.ts).
export const createPracticeClassForm = formState(createPracticeClass);
export const joinPracticeClassForm = formState(joinPracticeClass);
export const startClassScenarioForm = formState<[scenario: string], unknown>(startClassScenario);
export const openHintForm = formState<[serverId: string, shown: number], unknown>(openHint);
export const actOnTraineeServerForm = formState<[classId: string, serverId: string, act: "reset" | "remove"], unknown>(actOnTraineeServer);
