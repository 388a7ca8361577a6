// Practice servers for tests: made exactly as "Start a practice rebuild" makes them (lib/practice/store.ts),
// handed to a browser through its owner cookie, and everything of one server read back in one object, so a
// test can check that reset and expiry touched that server's data and nothing else.
import { randomUUID } from "node:crypto";
import type { BrowserContext } from "@playwright/test";
import type { Database } from "@/lib/prisma-client";
import { PRACTICE_COOKIE, PRACTICE_COOKIE_PATH } from "@/lib/practice/cookie-name";
import { PANEL_COOKIE } from "@/lib/procedure/panel-cookie";
import { createPracticeServer } from "@/lib/practice/store";
import type { PracticeStart } from "@/lib/practice/plan";
import { createClass, joinClass } from "@/lib/practice/classroom-store";
import type { ScenarioId } from "@/lib/practice/scenarios";
import { createStaffUser } from "./factories";

const HOUR_MS = 3_600_000;

/** A practice server of `owner` (a new owner by default), expiring in `hours` (negative: already expired), started as `start` says. */
export async function createPracticeServerFor(db: Database, options: { owner?: string; hours?: number; start?: PracticeStart } = {}) {
  const owner = options.owner ?? randomUUID();
  const expiresAt = new Date(Date.now() + (options.hours ?? 24) * HOUR_MS);
  const server = await db.$transaction((tx) => createPracticeServer(tx, owner, expiresAt, new Date(), options.start));
  // Activated (the default start), so it has a License Server ID.
  return { ...server, licenseServerId: server.licenseServerId!, owner };
}

/** Makes `context` the browser that owns practice servers of `owner`. */
export async function usePracticeOwner(context: BrowserContext, owner: string) {
  await context.addCookies([{ name: PRACTICE_COOKIE, value: owner, domain: "127.0.0.1", path: PRACTICE_COOKIE_PATH, httpOnly: true, sameSite: "Lax" }]);
}

/** Opens the Procedure panel in `context` (as its toggle would have been left). */
export async function openProcedurePanel(context: BrowserContext) {
  await context.addCookies([{ name: PANEL_COOKIE, value: "open", domain: "127.0.0.1", path: "/", sameSite: "Lax" }]);
}

/** Everything of one license server on both sides, in a form that compares equal when nothing changed. */
export async function serverFootprint(db: Database, serverId: string) {
  const server = await db.licenseServer.findUnique({ where: { id: serverId } });
  if (!server) return null;
  // A server that is not activated has no License Server ID, so nothing on the web site names it.
  const target = { targetLicenseServerId: server.licenseServerId ?? "" };
  const [keyPacks, cals, runs, events, entitlements, requests, issued, drafts] = await Promise.all([
    db.installedKeyPack.findMany({ where: { serverId }, orderBy: { keypackId: "asc" } }),
    db.issuedCal.findMany({ where: { serverId }, orderBy: { id: "asc" } }),
    db.wizardRun.findMany({ where: { serverId }, orderBy: { startedAt: "asc" } }),
    db.serverEvent.findMany({ where: { serverId }, orderBy: { createdAt: "asc" } }),
    db.entitlement.findMany({ where: { practiceServerId: serverId }, orderBy: { licenseProgram: "asc" } }),
    db.recoveryRequest.findMany({ where: target, orderBy: { createdAt: "asc" } }),
    db.issuedKeyPack.findMany({ where: target, orderBy: { issuedAt: "asc" } }),
    db.manageCalsDraft.findMany({ where: target, orderBy: { createdAt: "asc" } }),
  ]);
  return { server, keyPacks, cals, runs, events, entitlements, requests, issued, drafts };
}

/** A new trainer's class of `scenarios` and trainees who joined it under these names, with their class. */
export async function classWithTrainees(db: Database, scenarios: ScenarioId[], names: string[]) {
  const trainer = await createStaffUser(db, { name: "Tess Trainer", password: "a long enough password 1", role: "TRAINER" });
  const made = (await createClass(db, trainer.id, { id: randomUUID(), name: `Class ${randomUUID().slice(0, 8)}`, scenarios }, 8))!;
  const trainees = [];
  for (const name of names) {
    const joined = await joinClass(db, made.joinCode, name);
    if (joined.kind !== "joined") throw new Error(joined.kind);
    trainees.push(await db.trainee.findUniqueOrThrow({ where: { id: joined.trainee.id }, include: { class: true } }));
  }
  return { classId: made.id, joinCode: made.joinCode, trainees };
}
