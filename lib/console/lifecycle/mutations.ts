// The last write of the Activate, Reactivate and Deactivate Server wizards (their pages are opened, saved and
// cancelled by the engine's run store, lib/console/wizard-engine/run-store.ts). As there, the run's change is
// a conditional update (its id, kind, status and step in the WHERE), so a double click, a second tab or a
// replayed post changes nothing; the page's answers are merged (jsonb ||). The change to the server
// (activated, License Server ID, company information, connection method), its event and the run's end are
// one transaction (docs/decisions/021-activation-lifecycle.md).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Database } from "@/lib/prisma-client";
import { isUniqueViolation } from "@/lib/database-errors";
import { LIFECYCLE_WIZARDS, type LifecycleKind, type LifecycleStep } from "./steps";

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
          "status" = 'FINISHED', "step" = ${LIFECYCLE_WIZARDS[input.kind].last}::"WizardStep", "activeServerId" = NULL, "finishedAt" = now(), "updatedAt" = now()
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
