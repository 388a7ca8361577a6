// The classroom's data (issue 31, docs/decisions/036-classroom.md): classes, trainees joining with a code,
// a trainee's practice server per scenario, the marks a run leaves (steps reached, refused mistakes, hints)
// and what the trainer's view and the score read. No "server-only": db tests and e2e factories call these;
// the server actions in ./classroom-actions.ts are the app's way in.
import { randomUUID } from "node:crypto";
import type { PracticeMarkKind } from "@/generated/prisma/client";
import type { Database } from "@/lib/prisma-client";
import { isUniqueViolation } from "@/lib/database-errors";
import { readMigrationAnswers } from "@/lib/console/migrate-schemas";
import { newJoinCode, scoreRun } from "./classroom";
import { practiceExpiry } from "./plan";
import { goalReachedAt, isScenarioId, SCENARIOS, type ScenarioFacts, type ScenarioId } from "./scenarios";
import { removePracticeServers, startPracticeServer } from "./store";

/** A new class of `trainerId`, open for `ttlHours`; a clash of random join codes tries again. */
/**
 * A new class of `trainerId`, open for `ttlHours`, under the id its form carried: posting the same form again
 * answers the class it made (another trainer's id answers null). A clash of random join codes tries again.
 */
export async function createClass(db: Database, trainerId: string, input: { id: string; name: string; scenarios: ScenarioId[] }, ttlHours: number, now = new Date()) {
  for (let attempt = 1; ; attempt++) {
    const made = await db.practiceClass.findUnique({ where: { id: input.id }, select: { id: true, joinCode: true, trainerId: true } });
    if (made) return made.trainerId === trainerId ? { id: made.id, joinCode: made.joinCode } : null;
    try {
      return await db.practiceClass.create({
        data: { id: input.id, name: input.name, scenarios: input.scenarios, trainerId, joinCode: newJoinCode(), expiresAt: practiceExpiry(now, ttlHours) },
        select: { id: true, joinCode: true },
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

export type JoinOutcome =
  | { kind: "joined"; trainee: { id: string; owner: string }; expiresAt: Date }
  | { kind: "unknown-code" }
  | { kind: "name-taken" };

/** Joins the live class with this code under a display name (unique in the class: the trainer tells trainees apart by it). */
export async function joinClass(db: Database, code: string, displayName: string, now = new Date()): Promise<JoinOutcome> {
  const found = await db.practiceClass.findFirst({ where: { joinCode: code, expiresAt: { gt: now } }, select: { id: true, expiresAt: true } });
  if (!found) return { kind: "unknown-code" };
  try {
    const trainee = await db.trainee.create({ data: { classId: found.id, displayName, owner: randomUUID() }, select: { id: true, owner: true } });
    return { kind: "joined", trainee, expiresAt: found.expiresAt };
  } catch (error) {
    if (isUniqueViolation(error)) return { kind: "name-taken" };
    throw error;
  }
}

/** The trainee's server for a scenario of their class: the live one, else a new one prepared for it. */
export async function startScenario(db: Database, trainee: { id: string; owner: string; class: { scenarios: string[]; expiresAt: Date } }, scenario: ScenarioId, now = new Date()) {
  if (!trainee.class.scenarios.includes(scenario)) return null;
  const hours = (trainee.class.expiresAt.getTime() - now.getTime()) / 3_600_000;
  if (hours <= 0) return null;
  return startPracticeServer(db, trainee.owner, hours, now, SCENARIOS[scenario].start, { scenario, traineeId: trainee.id });
}

/**
 * A mark on the trainee's record. `serverId`: the server it concerns; a refusal on the Web site passes the
 * License Server ID typed instead (`licenseServerId`), else the trainee's latest server is taken.
 */
export async function recordMark(db: Database, traineeId: string, mark: { kind: PracticeMarkKind; detail: string; serverId?: string | null; licenseServerId?: string | null; step?: number | null }) {
  let serverId = mark.serverId ?? null;
  if (!serverId) {
    const server = await db.licenseServer.findFirst({
      where: { traineeId, ...(mark.licenseServerId ? { licenseServerId: mark.licenseServerId } : {}) },
      orderBy: { updatedAt: "desc" },
      select: { id: true },
    });
    serverId = server?.id ?? (await db.licenseServer.findFirst({ where: { traineeId }, orderBy: { updatedAt: "desc" }, select: { id: true } }))?.id ?? null;
  }
  await db.practiceMark.create({ data: { traineeId, serverId, kind: mark.kind, detail: mark.detail.slice(0, 500), step: mark.step ?? null } });
}

/** A step first seen for a server (the trainer's view and the trainee's page note it as they show it). */
export async function noteStep(db: Database, traineeId: string, serverId: string, step: number, label: string) {
  const last = await db.practiceMark.findFirst({ where: { traineeId, serverId, kind: "STEP" }, orderBy: { createdAt: "desc" }, select: { step: true } });
  if (last?.step === step) return;
  await db.practiceMark.create({ data: { traineeId, serverId, kind: "STEP", step, detail: label } });
}

/** A class the staff member may see: their own (a supervisor: any). */
export function classWhere(classId: string, staff: { id: string; role: string }) {
  return staff.role === "SUPERVISOR" ? { id: classId } : { id: classId, trainerId: staff.id };
}

/** A server of a trainee of this class (the trainer's Reset and Remove act on nothing else). */
export async function findClassServer(db: Database, classId: string, serverId: string, now = new Date()) {
  return db.licenseServer.findFirst({
    where: { id: serverId, trainee: { classId }, practiceExpiresAt: { gt: now } },
    select: { id: true, name: true, practiceOwner: true, practiceScenario: true, trainee: { select: { id: true, displayName: true } } },
  });
}

/** Removes one practice server with everything of it on both sides (as expiry does). */
export async function removeClassServer(db: Database, serverId: string): Promise<boolean> {
  return (await removePracticeServers(db, { id: serverId, practiceOwner: { not: null } })) === 1;
}

/** The facts the goals check, for these servers. */
async function scenarioFacts(db: Database, serverIds: string[]): Promise<Map<string, ScenarioFacts>> {
  const servers = await db.licenseServer.findMany({
    where: { id: { in: serverIds } },
    select: {
      id: true,
      activated: true,
      activatedAt: true,
      connectionMethod: true,
      keyPacks: { select: { licenseProgram: true, totalLicenses: true, installedAt: true } },
      wizardRuns: {
        where: { kind: "MANAGE_CALS", status: "FINISHED", OR: [{ action: null }, { action: { notIn: ["MIGRATE", "CONVERT"] } }] },
        orderBy: { finishedAt: "desc" },
        take: 1,
        select: { finishedAt: true },
      },
    },
  });
  const [migrations, sources, revocations, conversions] = await Promise.all([
    db.wizardRun.findMany({
      where: { serverId: { in: serverIds }, kind: "MANAGE_CALS", action: "MIGRATE", status: "FINISHED" },
      select: { serverId: true, finishedAt: true, answers: true, installedKeyPacks: { select: { licenseProgram: true } } },
    }),
    db.licenseServer.findMany({ where: { practiceSourceFor: { in: serverIds } }, select: { practiceSourceFor: true, licenseServerId: true } }),
    db.calRevocation.groupBy({ by: ["serverId"], where: { serverId: { in: serverIds } }, _min: { revokedAt: true } }),
    db.wizardRun.groupBy({ by: ["serverId"], where: { serverId: { in: serverIds }, kind: "MANAGE_CALS", action: "CONVERT", status: "FINISHED" }, _min: { finishedAt: true } }),
  ]);
  return new Map(
    servers.map((s) => [
      s.id,
      {
        activated: s.activated,
        activatedAt: s.activatedAt,
        connectionMethod: s.connectionMethod,
        packs: s.keyPacks,
        rebuildFinishedAt: s.wizardRuns[0]?.finishedAt ?? null,
        migrations: migrations
          .filter((m) => m.serverId === s.id && m.finishedAt)
          .map((m) => {
            const { source } = readMigrationAnswers(m.answers);
            return { finishedAt: m.finishedAt!, sourceAvailable: source?.available ?? true, sourceLicenseServerId: source?.sourceLicenseServerId ?? null, programs: m.installedKeyPacks.map((p) => p.licenseProgram) };
          }),
        failedSourceId: sources.find((f) => f.practiceSourceFor === s.id)?.licenseServerId ?? null,
        firstRevokedAt: revocations.find((r) => r.serverId === s.id)?._min.revokedAt ?? null,
        firstConvertedAt: conversions.find((c) => c.serverId === s.id)?._min.finishedAt ?? null,
      },
    ]),
  );
}

/** Each run (a trainee's server for a scenario) of a class, or of one trainee, with its score. */
export async function classRuns(db: Database, where: { classId: string; traineeId?: string }, now = new Date()) {
  const trainees = await db.trainee.findMany({
    where: { classId: where.classId, ...(where.traineeId ? { id: where.traineeId } : {}) },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      displayName: true,
      createdAt: true,
      servers: { where: { practiceExpiresAt: { gt: now } }, orderBy: { createdAt: "asc" }, select: { id: true, name: true, practiceScenario: true, createdAt: true } },
      marks: { orderBy: { createdAt: "asc" }, select: { serverId: true, kind: true, step: true, detail: true, createdAt: true } },
    },
  });
  const facts = await scenarioFacts(db, trainees.flatMap((t) => t.servers.map((s) => s.id)));
  return trainees.map((trainee) => ({
    id: trainee.id,
    displayName: trainee.displayName,
    joinedAt: trainee.createdAt,
    runs: trainee.servers.flatMap((server) => {
      if (!isScenarioId(server.practiceScenario)) return [];
      const scenario = server.practiceScenario;
      const marks = trainee.marks.filter((m) => m.serverId === server.id);
      const reachedAt = goalReachedAt(scenario, facts.get(server.id)!);
      // Refused by the server or caught by the form in the browser (reported by it, ./browser-mistake-actions.ts).
      const mistakes = marks.filter((m) => m.kind === "MISTAKE" || m.kind === "BROWSER_MISTAKE");
      const hints = marks.filter((m) => m.kind === "HINT").length;
      const steps = stepTimes(marks.filter((m) => m.kind === "STEP"), reachedAt ?? now);
      return [{ serverId: server.id, serverName: server.name, scenario, startedAt: server.createdAt, reachedAt, mistakes, hints, steps, ...scoreRun({ startedAt: server.createdAt, reachedAt, mistakes: mistakes.length, hints }) }];
    }),
  }));
}

/** How long each step took: from the mark of a step to the next one's (the last: to `until`). */
export function stepTimes(marks: readonly { step: number | null; detail: string; createdAt: Date }[], until: Date) {
  return marks.map((mark, i) => ({ step: mark.step, label: mark.detail, seconds: Math.max(0, Math.round(((marks[i + 1]?.createdAt ?? until).getTime() - mark.createdAt.getTime()) / 1000)) }));
}
