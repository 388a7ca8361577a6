// The run store of every console wizard (docs/decisions/032-one-wizard-engine.md): open a run, save a page
// (its answers merged into the run's, the furthest page reached), cancel it; the wizards' pages resume from
// the open run these writes leave (WizardRun.activeServerId: at most one open run per server, of any wizard).
// Each write is a conditional update of the run (its id, kind and status in the WHERE, with the wizard's own
// conditions), so a second Next for the same page (a double click, a second tab, a replayed post) finds
// nothing to update and changes nothing: PostgreSQL re-checks the WHERE after waiting for the first
// transaction's row lock. What ends a run with the server's change (an install, an activation, the deletion)
// is each wizard's own transaction.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { WizardKind, WizardStep } from "@/generated/prisma/enums";
import type { Database } from "@/lib/prisma-client";
import { isUniqueViolation } from "@/lib/database-errors";

/** Opens a run of `kind` at `step`; null when the server already has an open run (of any wizard: the unique index says so). */
export async function openRun(db: Database, input: { serverId: string; kind: WizardKind; step: WizardStep; answers?: Prisma.InputJsonObject }) {
  const { serverId, kind, step, answers } = input;
  try {
    return await db.wizardRun.create({ data: { serverId, activeServerId: serverId, kind, step, ...(answers ? { answers } : {}) }, select: { id: true } });
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

export interface SaveRun {
  runId: string;
  kind: WizardKind;
  /** The furthest page the run has reached after this save (the engine's `reached`). */
  step: WizardStep;
  /** The pages the run must be on (a Next taken once); any when omitted. */
  from?: readonly WizardStep[];
  /** The wizard's own conditions (the rebuild: nothing deleted yet). */
  where?: Prisma.WizardRunWhereInput;
  /** The wizard's own columns (the rebuild's action and reason). */
  data?: Prisma.WizardRunUpdateManyMutationInput;
  /** Merged into WizardRun.answers (jsonb ||): two tabs saving different pages lose nothing. */
  answers?: Prisma.InputJsonObject;
  /** Keys dropped from the answers in the same write (a new License Program forgets the credentials typed for another). */
  forget?: readonly string[];
}

/**
 * Saves a page of an open run: moves it to `step` and merges `answers`, in one transaction. False when the
 * run is no longer open, of another kind, elsewhere than `from` or fails `where`: nothing was written.
 */
export async function saveRun(db: Database, save: SaveRun): Promise<boolean> {
  const where: Prisma.WizardRunWhereInput = { ...save.where, id: save.runId, kind: save.kind, status: "IN_PROGRESS", ...(save.from ? { step: { in: [...save.from] } } : {}) };
  const data = { ...save.data, step: save.step };
  if (!save.answers && !save.forget?.length) return (await db.wizardRun.updateMany({ where, data })).count === 1;
  return db.$transaction(async (tx) => {
    // The conditional update first: it takes the row's lock, so the merge below reads the answers as they are now.
    if ((await tx.wizardRun.updateMany({ where, data })).count === 0) return false;
    await tx.$executeRaw`
      UPDATE "WizardRun" SET "answers" = (COALESCE("answers", '{}'::jsonb) || ${JSON.stringify(save.answers ?? {})}::jsonb) - ${[...(save.forget ?? [])]}::text[]
      WHERE "id" = ${save.runId}`;
    return true;
  });
}

/**
 * Cancels an open run of `kind` (with the wizard's own conditions: the rebuild only before its deletion) and
 * logs the wizard's event, once. False when there was nothing to cancel (a replay, another tab).
 */
export async function cancelRun(
  db: Database,
  input: { serverId: string; runId: string; kind: WizardKind; where?: Prisma.WizardRunWhereInput; event: { eventId: number; message: string } },
) {
  const { serverId, runId, kind, event } = input;
  return db.$transaction(async (tx) => {
    const cancelled = await tx.wizardRun.updateMany({
      where: { ...input.where, id: runId, serverId, kind, status: "IN_PROGRESS" },
      data: { status: "CANCELLED", activeServerId: null, finishedAt: new Date() },
    });
    if (cancelled.count === 1) await tx.serverEvent.create({ data: { serverId, wizardRunId: runId, eventId: event.eventId, message: event.message } });
    return cancelled.count === 1;
  });
}

/**
 * The server's open run as one wizard reads it: its own (`run`), or the kind of another wizard's open run
 * (`otherWizard`: the Welcome page names it, lib/console/wizard-kinds.ts).
 */
export function openRunOf<Run extends { kind: WizardKind }>(open: Run | null, kind: WizardKind): { run: Run | null; otherWizard: WizardKind | null } {
  if (!open) return { run: null, otherWizard: null };
  return open.kind === kind ? { run: open, otherWizard: null } : { run: null, otherWizard: open.kind };
}
