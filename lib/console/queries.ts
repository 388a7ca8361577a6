// Console reads. Server Components call these directly; each selects only what its page shows. Every read
// of a server is limited to what this browser may see (shared servers and its own practice servers), so
// another browser's practice server is never listed and its pages answer 404.
import "server-only";
import { getDb } from "@/lib/db";
import { visibleServers } from "@/lib/practice/visibility";
import { parseDeletedSnapshot, toKeyPackRow } from "./key-pack-rows";
import { readMigrationAnswers } from "./migrate-schemas";
import type { RunState, WizardStep as ManageCalsStep } from "./wizard-steps";
import type { LifecycleKind, LifecycleRunState, LifecycleStep } from "./lifecycle-steps";
import { readLifecycleAnswers } from "./lifecycle-schemas";
import { equalsIgnoringCase } from "@/lib/like";

export async function listLicenseServers() {
  const db = await getDb();
  return db.licenseServer.findMany({
    where: await visibleServers(),
    orderBy: { name: "asc" },
    select: { id: true, name: true, activated: true, connectionMethod: true, practiceExpiresAt: true, _count: { select: { keyPacks: true, calUsageReports: true } } },
  });
}

/** The columns of an installed key pack every table of them shows (lib/console/key-pack-rows.ts). */
export const keyPackSelect = {
  keypackId: true,
  licenseKeyPackId: true,
  calType: true,
  licenseProgram: true,
  totalLicenses: true,
  expiresAt: true,
  _count: { select: { issuedCals: true } },
} as const;

/** The console's right pane for one server, found by name or id (`/console?server=`). */
export async function getServerOverview(ref: string) {
  const db = await getDb();
  const server = await db.licenseServer.findFirst({
    where: { AND: [{ OR: [{ name: ref }, { id: ref }] }, await visibleServers()] },
    select: {
      id: true,
      name: true,
      activated: true,
      connectionMethod: true,
      practiceExpiresAt: true,
      keyPacks: { orderBy: { keypackId: "asc" }, select: keyPackSelect },
      issuedCals: {
        orderBy: [{ issuedOn: "desc" }, { id: "asc" }],
        take: 20,
        select: { id: true, issuedTo: true, issuedOn: true, expiresOn: true, status: true, installedKeyPack: { select: { calType: true, keypackId: true } } },
      },
      events: { orderBy: { createdAt: "desc" }, take: 15, select: { id: true, eventId: true, level: true, message: true, createdAt: true } },
      activeWizard: { select: { kind: true, step: true, deletedAt: true } },
      // The last Manage RDS CALs run (the Procedure panel's "finished": of the rebuild, or of the migration).
      wizardRuns: { where: { kind: "MANAGE_CALS" }, orderBy: { startedAt: "desc" }, take: 1, select: { id: true, status: true, action: true } },
      _count: { select: { issuedCals: true } },
    },
  });
  if (!server) return null;
  return { ...server, keyPacks: server.keyPacks.map(toKeyPackRow) };
}

/** What identifies a license server on its Properties and Review Configuration pages. */
const identitySelect = { id: true, name: true, licenseServerId: true, productId: true, activated: true, connectionMethod: true } as const;

/** The company information a server was activated with (Properties, and the lifecycle wizards' defaults). */
const companySelect = {
  firstName: true,
  lastName: true,
  company: true,
  countryRegion: true,
  email: true,
  organizationalUnit: true,
  companyAddress: true,
  city: true,
  state: true,
  postalCode: true,
} as const;

export async function getServerProperties(serverId: string) {
  const db = await getDb();
  return db.licenseServer.findUnique({
    where: { id: serverId, AND: [await visibleServers()] },
    select: { ...identitySelect, ...companySelect },
  });
}

export async function getServerConfiguration(serverId: string) {
  const db = await getDb();
  return db.licenseServer.findUnique({
    where: { id: serverId, AND: [await visibleServers()] },
    select: {
      ...identitySelect,
      activatedAt: true,
      databaseLocation: true,
      activeWizard: { select: { deletedAt: true } },
      _count: { select: { keyPacks: true } },
    },
  });
}

/** The license server as every wizard's pages show it (the Manage RDS CALs and Install Licenses wizards);
 * the telephone number Obtain Client License Key Pack shows by Telephone depends on its country. */
export const wizardServerSelect = { ...identitySelect, countryRegion: true } as const;

/** What every wizard page needs: the server and its open run (if any) as a RunState. */
export async function getWizardContext(serverId: string) {
  const db = await getDb();
  const server = await db.licenseServer.findUnique({
    where: { id: serverId, AND: [await visibleServers()] },
    select: {
      ...wizardServerSelect,
      activeWizard: {
        select: {
          id: true,
          kind: true,
          step: true,
          action: true,
          reason: true,
          reasonDetail: true,
          deletedAt: true,
          deletedKeyPacks: true,
          deletedCals: true,
          answers: true,
          installedKeyPacks: { orderBy: { keypackId: "asc" }, select: keyPackSelect },
        },
      },
    },
  });
  if (!server) return null;
  const { activeWizard: open, ...rest } = server;
  // Another wizard's open run is not this wizard's: the Welcome page names it instead (lib/console/wizard-kinds.ts).
  const otherWizard = open && open.kind !== "MANAGE_CALS" ? open.kind : null;
  const run = otherWizard ? null : open;
  const state: RunState | null = run ? { step: run.step as ManageCalsStep, deleted: run.deletedAt !== null, installedInRun: run.installedKeyPacks.length } : null;
  return { server: rest, otherWizard, run: run ? { ...run, installedKeyPacks: run.installedKeyPacks.map(toKeyPackRow) } : null, state };
}

export async function listKeyPackRows(serverId: string) {
  const db = await getDb();
  const packs = await db.installedKeyPack.findMany({ where: { serverId }, orderBy: { keypackId: "asc" }, select: keyPackSelect });
  return packs.map(toKeyPackRow);
}

/** The last finished rebuild of a server, for the completion page (a finished migration is not one). */
export async function getLastFinishedRun(serverId: string) {
  const db = await getDb();
  const run = await db.wizardRun.findFirst({
    where: { serverId, status: "FINISHED", kind: "MANAGE_CALS", OR: [{ action: null }, { action: { not: "MIGRATE" } }] },
    orderBy: { finishedAt: "desc" },
    select: {
      id: true,
      finishedAt: true,
      deletedKeyPacks: true,
      deletedCals: true,
      deletedSnapshot: true,
      installedKeyPacks: { orderBy: { keypackId: "asc" }, select: keyPackSelect },
    },
  });
  return run ? { ...run, deletedSnapshot: parseDeletedSnapshot(run.deletedSnapshot), installedKeyPacks: run.installedKeyPacks.map(toKeyPackRow) } : null;
}

export type WizardContext = NonNullable<Awaited<ReturnType<typeof getWizardContext>>>;
export type FinishedRun = NonNullable<Awaited<ReturnType<typeof getLastFinishedRun>>>;

/** The snapshot of what a run deleted, for its CSV download. */
export async function getRunSnapshot(serverId: string, runId: string) {
  const db = await getDb();
  return db.wizardRun.findFirst({ where: { id: runId, serverId }, select: { deletedSnapshot: true, deletedAt: true } });
}

/** The last finished migration to a server, for its completing page. */
export async function getLastFinishedMigration(serverId: string) {
  const db = await getDb();
  const run = await db.wizardRun.findFirst({
    where: { serverId, status: "FINISHED", kind: "MANAGE_CALS", action: "MIGRATE" },
    orderBy: { finishedAt: "desc" },
    select: { id: true, finishedAt: true, reason: true, answers: true },
  });
  return run ? { ...run, answers: readMigrationAnswers(run.answers) } : null;
}
export type FinishedMigration = NonNullable<Awaited<ReturnType<typeof getLastFinishedMigration>>>;

/** A server of this console that a migration names as its source, by name (case-insensitive) or License Server ID. */
export async function findSourceServer(where: { name: string } | { licenseServerId: string }) {
  const db = await getDb();
  const match = "name" in where ? { name: equalsIgnoringCase(where.name) } : { licenseServerId: where.licenseServerId };
  return db.licenseServer.findFirst({ where: { AND: [match, await visibleServers()] }, select: { id: true, name: true, licenseServerId: true, activated: true } });
}

/**
 * The warnings a source license server shows after a migration it was not available for: each migrated
 * purchase line it still holds packs of, with those packs. A line it no longer holds shows nothing.
 */
export async function listMigrationWarnings(serverId: string) {
  const db = await getDb();
  const lines = await db.migratedPurchaseLine.findMany({
    where: { sourceServerId: serverId },
    orderBy: { createdAt: "asc" },
    select: { id: true, purchaseLine: true, createdAt: true, target: { select: { name: true } } },
  });
  if (lines.length === 0) return [];
  const packs = await db.installedKeyPack.findMany({
    where: { serverId, purchaseLine: { in: lines.map((l) => l.purchaseLine) } },
    orderBy: { keypackId: "asc" },
    select: { purchaseLine: true, ...keyPackSelect },
  });
  const seen = new Set<number>();
  return lines.flatMap((line) => {
    // Two migrations of one line (a retry) make one warning.
    if (seen.has(line.purchaseLine)) return [];
    seen.add(line.purchaseLine);
    const held = packs.filter((p) => p.purchaseLine === line.purchaseLine).map(toKeyPackRow);
    return held.length ? [{ id: line.id, targetName: line.target.name, migratedAt: line.createdAt, packs: held }] : [];
  });
}
export type MigrationWarning = Awaited<ReturnType<typeof listMigrationWarnings>>[number];
/** What every page of the Activate, Reactivate and Deactivate Server wizards needs: the server and its open run of `kind`. */
export async function getLifecycleContext(serverId: string, kind: LifecycleKind) {
  const db = await getDb();
  const server = await db.licenseServer.findUnique({
    where: { id: serverId, AND: [await visibleServers()] },
    select: { ...identitySelect, ...companySelect, activeWizard: { select: { id: true, kind: true, step: true, answers: true } } },
  });
  if (!server) return null;
  const { activeWizard: open, ...rest } = server;
  const otherWizard = open && open.kind !== kind ? open.kind : null;
  const run = open && open.kind === kind ? { id: open.id, step: open.step as LifecycleStep, answers: readLifecycleAnswers(open.answers) } : null;
  const state: LifecycleRunState | null = run ? { step: run.step, method: run.answers.connectionMethod ?? rest.connectionMethod } : null;
  return { server: rest, otherWizard, run, state };
}

export type LifecycleContext = NonNullable<Awaited<ReturnType<typeof getLifecycleContext>>>;

/** The last finished run of `kind` on a server, for its completing page. */
export async function getLastFinishedLifecycleRun(serverId: string, kind: LifecycleKind) {
  const db = await getDb();
  const run = await db.wizardRun.findFirst({ where: { serverId, kind, status: "FINISHED" }, orderBy: { finishedAt: "desc" }, select: { id: true, finishedAt: true, answers: true } });
  return run ? { ...run, answers: readLifecycleAnswers(run.answers) } : null;
}
