// Console test data: license servers with installed key packs, license key pack IDs issued for a server
// (as the Clearinghouse would), and Manage RDS CALs runs already at a given page, so a test can start
// where its behaviour is instead of walking the whole wizard.
import { randomUUID } from "node:crypto";
import type { InstallAnswers } from "@/lib/console/install-licenses-schemas";
import type { InstallStep } from "@/lib/console/install-licenses/steps";
import type { Database } from "@/lib/prisma-client";
import type { CalType, LicenseProgram } from "@/lib/licensing/catalog";
import type { WizardStep } from "@/lib/console/manage-cals/steps";
import type { LifecycleStep } from "@/lib/console/lifecycle/steps";
import { toKeyPackRow } from "@/lib/console/key-pack-rows";
import { normaliseDn, type CalUsageScope } from "@/lib/console/reports/cal-usage-scope";
import { insertCalUsageReport } from "@/lib/console/reports/cal-usage-report";
import type { MigrationSourceAnswers } from "@/lib/console/migrate-schemas";
import { createLicenseServer, createInstalledKeyPack, issueKeyPack, uniqueSuffix, type LicenseServerInput } from "./factories";

export interface PackSpec {
  calType: CalType;
  licenseProgram: LicenseProgram;
  quantity: number;
  /** CALs already issued to clients from the pack. */
  issued?: number;
}

export const SAMPLE_PACKS: readonly PackSpec[] = [
  { calType: "WS2022_PER_USER", licenseProgram: "LICENSE_PACK", quantity: 50, issued: 5 },
  { calType: "WS2019_PER_DEVICE", licenseProgram: "OPEN_LICENSE", quantity: 25, issued: 3 },
];

type ServerRef = { id: string; licenseServerId: string };

/** A license key pack ID issued for `server` (recorded in IssuedKeyPack like the web site's). */
export async function issueKeyPackFor(db: Database, server: ServerRef, spec: PackSpec): Promise<string> {
  const pack = await issueKeyPack(db, { targetLicenseServerId: server.licenseServerId, calType: spec.calType, licenseProgram: spec.licenseProgram, quantity: spec.quantity });
  return pack.licenseKeyPackId;
}

/** Issues a key pack for the server and installs it, with some CALs issued from it. */
export async function installPack(db: Database, server: ServerRef, spec: PackSpec) {
  const licenseKeyPackId = await issueKeyPackFor(db, server, spec);
  return createInstalledKeyPack(db, server.id, { licenseKeyPackId, issued: spec.issued ?? 0 });
}

/** An activated Web Browser license server (unless told otherwise) with `packs` installed. */
export async function createServerWithPacks(db: Database, input: LicenseServerInput & { packs?: readonly PackSpec[] } = {}) {
  const { packs = SAMPLE_PACKS, ...serverInput } = input;
  const server = await createLicenseServer(db, { name: `LS-E2E-${uniqueSuffix()}`, ...serverInput });
  for (const spec of packs) await installPack(db, server, spec);
  return server;
}

/**
 * An open rebuild run at `step`. Past the deletion (`deleted`), the server's key packs and CALs are deleted
 * as the wizard would have done, so the state is one the wizard can reach.
 */
export async function openRebuildRun(db: Database, server: { id: string }, step: WizardStep, options: { deleted?: boolean } = {}) {
  const deleted = options.deleted ?? false;
  return db.$transaction(async (tx) => {
    let counts = { keyPacks: 0, cals: 0 };
    if (deleted) {
      const cals = await tx.issuedCal.deleteMany({ where: { serverId: server.id } });
      const keyPacks = await tx.installedKeyPack.deleteMany({ where: { serverId: server.id } });
      counts = { keyPacks: keyPacks.count, cals: cals.count };
    }
    return tx.wizardRun.create({
      data: {
        serverId: server.id,
        activeServerId: server.id,
        step,
        action: "REBUILD",
        reason: "The license server database is corrupt",
        deletedAt: deleted ? new Date() : null,
        deletedKeyPacks: deleted ? counts.keyPacks : null,
        deletedCals: deleted ? counts.cals : null,
        deletedSnapshot: deleted ? [] : undefined,
      },
    });
  });
}

/**
 * A rebuild past the deletion with `installed` key packs reinstalled by it (as Obtain Client License Key Pack
 * would have), waiting on Reinstalling Additional RDS CALs; `finished` closes it as the Finish button does.
 * The deletion snapshot is the server's packs before, so the completion page can say what changed.
 */
export async function rebuildRunWithInstalls(db: Database, server: ServerRef, installed: readonly PackSpec[], options: { finished?: boolean } = {}) {
  const before = await db.installedKeyPack.findMany({
    where: { serverId: server.id },
    orderBy: { keypackId: "asc" },
    select: { keypackId: true, licenseKeyPackId: true, calType: true, licenseProgram: true, totalLicenses: true, expiresAt: true, _count: { select: { issuedCals: true } } },
  });
  const run = await openRebuildRun(db, server, "OBTAIN_KEY_PACK", { deleted: true });
  for (const spec of installed) {
    const pack = await installPack(db, server, { ...spec, issued: 0 });
    await db.installedKeyPack.update({ where: { id: pack.id }, data: { wizardRunId: run.id } });
  }
  const finished = options.finished ?? false;
  return db.wizardRun.update({
    where: { id: run.id },
    data: {
      deletedSnapshot: before.map(toKeyPackRow),
      step: finished ? "COMPLETED" : "REINSTALL_ADDITIONAL",
      ...(finished ? { status: "FINISHED", activeServerId: null, finishedAt: new Date(), continueChoice: "finish" } : {}),
    },
  });
}

export interface PerUserCalHolder {
  issuedTo: string;
  /** The user's distinguished name (ties the user to an organizational unit). */
  distinguishedName?: string | null;
}

/** Per User CALs issued from an installed pack to these users (for the CAL Usage report), newest last. */
export async function issuePerUserCals(db: Database, pack: { id: string; serverId: string }, holders: readonly PerUserCalHolder[]) {
  const now = Date.now();
  await db.issuedCal.createMany({
    data: holders.map((h, i) => ({
      serverId: pack.serverId,
      installedKeyPackId: pack.id,
      issuedTo: h.issuedTo,
      distinguishedName: h.distinguishedName ? normaliseDn(h.distinguishedName) : null,
      issuedOn: new Date(now - (holders.length - i) * 3_600_000),
    })),
  });
}

/** A saved CAL Usage report of the server (as Create Report makes it); its id. */
export async function createCalUsageReportFor(db: Database, server: { id: string }, scope: CalUsageScope = { kind: "ALL_TRUSTED_DOMAINS", value: null }) {
  const outcome = await insertCalUsageReport(db, server.id, { scope, requestKey: randomUUID() });
  if (outcome.kind !== "created") throw new Error(`factory: no CAL Usage report (${outcome.kind})`);
  return outcome.reportId;
}

/**
 * An open migration run (Migrate RDS CALs from another license server to this license server) at `step`,
 * with the source as Source License Server Information saved it (docs/decisions/025).
 */
export async function openMigrationRun(db: Database, server: { id: string }, source: MigrationSourceAnswers, step: WizardStep = "MIGRATE_OBTAIN_KEY_PACK") {
  return db.wizardRun.create({
    data: { serverId: server.id, activeServerId: server.id, step, action: "MIGRATE", reason: "The source license server is being replaced by this license server", answers: { source } },
  });
}

/** An Activate / Reactivate / Deactivate Server run already at `step`, with what its pages saved. */
export async function openLifecycleRun(
  db: Database,
  server: { id: string },
  kind: "ACTIVATE_SERVER" | "REACTIVATE_SERVER" | "DEACTIVATE_SERVER",
  step: LifecycleStep,
  answers: Record<string, unknown> = {},
) {
  return db.wizardRun.create({ data: { serverId: server.id, activeServerId: server.id, kind, step, answers: answers as object } });
}

/** A lifecycle run finished (its completing page shows it). */
export async function finishedLifecycleRun(db: Database, server: { id: string }, kind: "ACTIVATE_SERVER" | "REACTIVATE_SERVER" | "DEACTIVATE_SERVER", answers: Record<string, unknown> = {}) {
  const completed = { ACTIVATE_SERVER: "ACTIVATE_COMPLETED", REACTIVATE_SERVER: "REACTIVATE_COMPLETED", DEACTIVATE_SERVER: "DEACTIVATE_COMPLETED" } as const;
  return db.wizardRun.create({ data: { serverId: server.id, kind, status: "FINISHED", step: completed[kind], finishedAt: new Date(), answers: answers as object } });
}

/**
 * An open Install Licenses run at `step` on `connectionMethod`'s path, with its answers (WizardRun.answers,
 * lib/console/install-licenses-schemas.ts), as the wizard's Nexts would have left it.
 */
export function openInstallLicensesRun(db: Database, server: { id: string }, step: InstallStep, answers: InstallAnswers) {
  return db.wizardRun.create({ data: { serverId: server.id, activeServerId: server.id, kind: "INSTALL_LICENSES", step, answers } });
}

/** A finished Install Licenses run that installed `installed` (its Completing page shows them). */
export async function finishedInstallLicensesRun(db: Database, server: ServerRef, installed: readonly PackSpec[], connectionMethod: InstallAnswers["connectionMethod"] = "WEB_BROWSER") {
  const run = await db.wizardRun.create({
    data: { serverId: server.id, kind: "INSTALL_LICENSES", status: "FINISHED", step: "INSTALL_COMPLETED", finishedAt: new Date(), answers: { connectionMethod } },
  });
  for (const spec of installed) {
    const pack = await installPack(db, server, { ...spec, issued: 0 });
    await db.installedKeyPack.update({ where: { id: pack.id }, data: { wizardRunId: run.id } });
  }
  return run;
}

/** An open Convert RDS CALs run at `step`, with the key pack and count Select the Key Pack to Convert saved. */
export async function openConversionRun(db: Database, server: { id: string }, asked: { keypackId: number; count: number }, step: WizardStep = "CONVERT_OBTAIN_KEY_PACK") {
  return db.wizardRun.create({ data: { serverId: server.id, activeServerId: server.id, step, action: "CONVERT", answers: asked } });
}
