// Console reads. Server Components call these directly; each selects only what its page shows. Every read
// of one server takes a VisibleServer (lib/practice/visibility.ts: the page asked once whether this browser
// may see it), never a bare id, so another browser's practice server is never read and its pages answer 404.
// Reads of many servers filter by visibleServers().
import "server-only";
import { getDb } from "@/lib/db";
import { visibleServers, type VisibleServer } from "@/lib/practice/visibility";
import { parseDeletedSnapshot, toKeyPackRow } from "./key-pack-rows";
import { readConversionAnswers } from "./convert-schemas";
import { readMigrationAnswers } from "./migrate-schemas";
import type { RunState, WizardStep as ManageCalsStep } from "./manage-cals/steps";
import type { LifecycleKind, LifecycleRunState, LifecycleStep } from "./lifecycle/steps";
import { openRunOf } from "./wizard-engine/run-store";
import { readLifecycleAnswers } from "./lifecycle-answers";
import { lookUpVisibleServer } from "./server-lookup";
import { readRevocationNotice, readRevokeView } from "./revoke/revoke-cal";

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

/** The console's right pane for one server (`/console?server=` names it by name or id: findVisibleServer's byName). */
export async function getServerOverview(visible: VisibleServer) {
  const db = await getDb();
  const server = await db.licenseServer.findUnique({
    where: { id: visible.id },
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
const identitySelect = { id: true, name: true, licenseServerId: true, productId: true, activated: true, connectionMethod: true, telephoneCountry: true } as const;

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

export async function getServerProperties(server: VisibleServer) {
  const db = await getDb();
  return db.licenseServer.findUnique({
    where: { id: server.id },
    select: { ...identitySelect, ...companySelect },
  });
}

export async function getServerConfiguration(server: VisibleServer) {
  const db = await getDb();
  return db.licenseServer.findUnique({
    where: { id: server.id },
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
export async function getWizardContext(server: VisibleServer) {
  const db = await getDb();
  const found = await db.licenseServer.findUnique({
    where: { id: server.id },
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
  if (!found) return null;
  const { activeWizard, ...rest } = found;
  // Another wizard's open run is not this wizard's: the Welcome page names it instead (lib/console/wizard-kinds.ts).
  const { run, otherWizard } = openRunOf(activeWizard, "MANAGE_CALS");
  const state: RunState | null = run ? { step: run.step as ManageCalsStep, deleted: run.deletedAt !== null, installedInRun: run.installedKeyPacks.length } : null;
  // The VisibleServer with its details: what the page asked for is what the wizard's own reads take.
  return { server: { ...server, ...rest }, otherWizard, run: run ? { ...run, installedKeyPacks: run.installedKeyPacks.map(toKeyPackRow) } : null, state };
}

export async function listKeyPackRows(server: VisibleServer) {
  const db = await getDb();
  const packs = await db.installedKeyPack.findMany({ where: { serverId: server.id }, orderBy: { keypackId: "asc" }, select: keyPackSelect });
  return packs.map(toKeyPackRow);
}

/** The last finished rebuild of a server, for the completion page (a finished migration or conversion is not one). */
export async function getLastFinishedRun(server: VisibleServer) {
  const db = await getDb();
  const run = await db.wizardRun.findFirst({
    where: { serverId: server.id, status: "FINISHED", kind: "MANAGE_CALS", OR: [{ action: null }, { action: { notIn: ["MIGRATE", "CONVERT"] } }] },
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
export async function getRunSnapshot(server: VisibleServer, runId: string) {
  const db = await getDb();
  return db.wizardRun.findFirst({ where: { id: runId, serverId: server.id }, select: { deletedSnapshot: true, deletedAt: true } });
}

/** The last finished migration to a server, for its completing page. */
export async function getLastFinishedMigration(server: VisibleServer) {
  const db = await getDb();
  const run = await db.wizardRun.findFirst({
    where: { serverId: server.id, status: "FINISHED", kind: "MANAGE_CALS", action: "MIGRATE" },
    orderBy: { finishedAt: "desc" },
    select: { id: true, finishedAt: true, reason: true, answers: true },
  });
  return run ? { ...run, answers: readMigrationAnswers(run.answers) } : null;
}
export type FinishedMigration = NonNullable<Awaited<ReturnType<typeof getLastFinishedMigration>>>;

/** The last finished conversion on a server, for its completing page. */
export async function getLastFinishedConversion(server: VisibleServer) {
  const db = await getDb();
  const run = await db.wizardRun.findFirst({
    where: { serverId: server.id, status: "FINISHED", kind: "MANAGE_CALS", action: "CONVERT" },
    orderBy: { finishedAt: "desc" },
    select: { id: true, finishedAt: true, answers: true },
  });
  return run ? { ...run, answers: readConversionAnswers(run.answers) } : null;
}
export type FinishedConversion = NonNullable<Awaited<ReturnType<typeof getLastFinishedConversion>>>;

/** A server of this console that a migration names as its source, by name (case-insensitive) or License Server ID. */
export async function findSourceServer(where: { name: string } | { licenseServerId: string }) {
  return lookUpVisibleServer(await getDb(), where, await visibleServers());
}

/** View → Connect as the administrator of a practice server the console was not an administrator of (lib/practice/access.ts). */
export async function connectAsAdministrator(serverId: string) {
  const db = await getDb();
  await db.licenseServer.updateMany({ where: { AND: [{ id: serverId, practiceAccess: "NOT_ADMIN" }, await visibleServers()] }, data: { practiceAccess: "ADMIN" } });
}

/**
 * The warnings a source license server shows after a migration it was not available for: each migrated
 * purchase line it still holds packs of, with those packs. A line it no longer holds shows nothing.
 */
export async function listMigrationWarnings(server: VisibleServer) {
  const db = await getDb();
  const lines = await db.migratedPurchaseLine.findMany({
    where: { sourceServerId: server.id },
    orderBy: { createdAt: "asc" },
    select: { id: true, purchaseLine: true, createdAt: true, target: { select: { name: true } } },
  });
  if (lines.length === 0) return [];
  const packs = await db.installedKeyPack.findMany({
    where: { serverId: server.id, purchaseLine: { in: lines.map((l) => l.purchaseLine) } },
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
export async function getLifecycleContext(server: VisibleServer, kind: LifecycleKind) {
  const db = await getDb();
  const found = await db.licenseServer.findUnique({
    where: { id: server.id },
    select: { ...identitySelect, ...companySelect, activeWizard: { select: { id: true, kind: true, step: true, answers: true } } },
  });
  if (!found) return null;
  const { activeWizard, ...rest } = found;
  const { run: open, otherWizard } = openRunOf(activeWizard, kind);
  const run = open ? { id: open.id, step: open.step as LifecycleStep, answers: readLifecycleAnswers(open.answers) } : null;
  const state: LifecycleRunState | null = run ? { step: run.step, method: run.answers.connectionMethod ?? rest.connectionMethod } : null;
  return { server: { ...server, ...rest }, otherWizard, run, state };
}

export type LifecycleContext = NonNullable<Awaited<ReturnType<typeof getLifecycleContext>>>;

/** The last finished run of `kind` on a server, for its completing page. */
export async function getLastFinishedLifecycleRun(server: VisibleServer, kind: LifecycleKind) {
  const db = await getDb();
  const run = await db.wizardRun.findFirst({ where: { serverId: server.id, kind, status: "FINISHED" }, orderBy: { finishedAt: "desc" }, select: { id: true, finishedAt: true, answers: true } });
  return run ? { ...run, answers: readLifecycleAnswers(run.answers) } : null;
}

/** Revoke License's page: the issued CAL of the server, and its version's allowance. */
export async function getRevokeView(server: VisibleServer, calId: string) {
  return readRevokeView(await getDb(), server, calId);
}

/** After a revocation (`/console?server=…&revoked=<id>`): what was revoked, of a server this browser may see. */
export async function getRevocationNotice(server: VisibleServer, revocationId: string) {
  return readRevocationNotice(await getDb(), server, revocationId);
}
