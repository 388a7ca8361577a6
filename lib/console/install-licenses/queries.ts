// Reads of the Install Licenses Wizard: the server, its open Install Licenses run (answers read back through
// their schema) or the kind of another wizard open on it, and the last finished run for Completing.
import "server-only";
import { getDb } from "@/lib/db";
import type { VisibleServer } from "@/lib/practice/visibility";
import { toKeyPackRow } from "../key-pack-rows";
import { keyPackSelect, wizardServerSelect } from "../queries";
import { readInstallAnswers } from "../install-licenses-schemas";
import { openRunOf } from "../wizard-engine/run-store";
import { INSTALL_LICENSES, type InstallRunState } from "./steps";

export async function getInstallContext(server: VisibleServer) {
  const db = await getDb();
  const found = await db.licenseServer.findUnique({
    where: { id: server.id },
    select: {
      ...wizardServerSelect,
      activeWizard: { select: { id: true, kind: true, step: true, answers: true } },
    },
  });
  if (!found) return null;
  const { activeWizard, ...rest } = found;
  const { run: open, otherWizard } = openRunOf(activeWizard, "INSTALL_LICENSES");
  const answers = open ? readInstallAnswers(open.answers) : null;
  // A run whose answers or step do not read back is not shown as this wizard's (it can still be cancelled).
  const run = open && answers && INSTALL_LICENSES.isStep(open.step) ? { id: open.id, step: open.step, answers } : null;
  const state: InstallRunState | null = run ? { step: run.step, method: run.answers.connectionMethod } : null;
  return { server: { ...server, ...rest }, otherWizard, brokenRunId: open && !run ? open.id : null, run, state };
}

export type InstallContext = NonNullable<Awaited<ReturnType<typeof getInstallContext>>>;

/** The last Install Licenses run of the server that installed something, with what it installed. */
export async function getLastInstallRun(server: VisibleServer) {
  const db = await getDb();
  const run = await db.wizardRun.findFirst({
    where: { serverId: server.id, kind: "INSTALL_LICENSES", status: "FINISHED" },
    orderBy: { finishedAt: "desc" },
    select: { id: true, finishedAt: true, answers: true, installedKeyPacks: { orderBy: { keypackId: "asc" }, select: keyPackSelect } },
  });
  return run ? { ...run, answers: readInstallAnswers(run.answers), installedKeyPacks: run.installedKeyPacks.map(toKeyPackRow) } : null;
}
