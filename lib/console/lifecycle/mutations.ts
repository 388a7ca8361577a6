// The writes of the Activate, Reactivate and Deactivate Server wizards. As in the Manage RDS CALs wizard
// (wizard-mutations.ts), every change of a run is a conditional update (its id, kind and status in the WHERE),
// so a double click, a second tab or a replayed post changes nothing. A page's answers are merged into
// WizardRun.answers in the same statement (jsonb ||), so two tabs saving different pages lose nothing. The
// change to the server (activated, License Server ID, company information, connection method), its event and
// the run's end are one transaction (docs/decisions/021-activation-lifecycle.md).
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Database } from "@/lib/prisma-client";
import { isUniqueViolation } from "@/lib/database-errors";
import type { LifecycleKind, LifecycleStep } from "./lifecycle-steps";
import { completedStep } from "./lifecycle-steps";
import { EVENT_IDS, lifecycleCancelledMessage } from "./events";
import { wizardKindName } from "./wizard-kinds";

/** Opens a run of `kind` at `step`; null when the server already has an open run (of any kind). */
export async function openLifecycleRun(db: Database, serverId: string, kind: LifecycleKind, step: LifecycleStep, answers: Prisma.InputJsonObject) {
  try {
    return await db.wizardRun.create({ data: { serverId, activeServerId: serverId, kind, step, answers }, select: { id: true } });
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

/** Merges `answers` into the open run and moves it to `step`; false when the run is no longer open. */
export async function saveLifecycleAnswers(db: Database, runId: string, kind: LifecycleKind, step: LifecycleStep, answers: Prisma.InputJsonObject) {
  const count = await db.$executeRaw`
    UPDATE "WizardRun" SET "answers" = COALESCE("answers", '{}'::jsonb) || ${JSON.stringify(answers)}::jsonb, "step" = ${step}::"WizardStep", "updatedAt" = now()
    WHERE "id" = ${runId} AND "kind" = ${kind}::"WizardKind" AND "status" = 'IN_PROGRESS'`;
  return count === 1;
}

export type CompleteOutcome = "done" | "replay" | "server-changed" | "license-server-id-taken";

class ServerChanged extends Error {}

/**
 * Finishes the run from `fromStep` and changes the server, in one transaction: the run's conditional update
 * first (a second Next finds it finished: "replay"), then the server's, conditional on its activation state
 * (`serverWhere`); if that finds nothing the whole change rolls back ("server-changed").
 */
export async function completeLifecycle(
  db: Database,
  input: {
    serverId: string;
    runId: string;
    kind: LifecycleKind;
    fromStep: LifecycleStep;
    answers: Prisma.InputJsonObject;
    serverWhere: Prisma.LicenseServerWhereInput;
    serverData: Prisma.LicenseServerUpdateManyMutationInput;
    eventId: number;
    message: string;
  },
): Promise<CompleteOutcome> {
  try {
    return await db.$transaction(async (tx): Promise<CompleteOutcome> => {
      const done = await tx.$executeRaw`
        UPDATE "WizardRun" SET "answers" = COALESCE("answers", '{}'::jsonb) || ${JSON.stringify(input.answers)}::jsonb,
          "status" = 'FINISHED', "step" = ${completedStep(input.kind)}::"WizardStep", "activeServerId" = NULL, "finishedAt" = now(), "updatedAt" = now()
        WHERE "id" = ${input.runId} AND "serverId" = ${input.serverId} AND "kind" = ${input.kind}::"WizardKind" AND "status" = 'IN_PROGRESS' AND "step" = ${input.fromStep}::"WizardStep"`;
      if (done === 0) return "replay";
      const changed = await tx.licenseServer.updateMany({ where: { id: input.serverId, ...input.serverWhere }, data: input.serverData });
      if (changed.count === 0) throw new ServerChanged();
      await tx.serverEvent.create({ data: { serverId: input.serverId, wizardRunId: input.runId, eventId: input.eventId, message: input.message } });
      return "done";
    });
  } catch (error) {
    if (error instanceof ServerChanged) return "server-changed";
    if (isUniqueViolation(error)) return "license-server-id-taken";
    throw error;
  }
}

/** Cancels an open run of `kind` (nothing was changed on the server before its last Next). */
export async function cancelLifecycleRun(db: Database, serverId: string, runId: string, kind: LifecycleKind) {
  return db.$transaction(async (tx) => {
    const cancelled = await tx.wizardRun.updateMany({
      where: { id: runId, serverId, kind, status: "IN_PROGRESS" },
      data: { status: "CANCELLED", activeServerId: null, finishedAt: new Date() },
    });
    if (cancelled.count === 1) {
      await tx.serverEvent.create({ data: { serverId, wizardRunId: runId, eventId: EVENT_IDS.LIFECYCLE_WIZARD_CANCELLED, message: lifecycleCancelledMessage(wizardKindName(kind)) } });
    }
    return cancelled.count === 1;
  });
}
