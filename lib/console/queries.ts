// Console reads. Server Components call these directly; each selects only what its page shows. Every read
// of a server is limited to what this browser may see (shared servers and its own practice servers), so
// another browser's practice server is never listed and its pages answer 404.
import "server-only";
import { getDb } from "@/lib/db";
import { visibleServers } from "@/lib/practice/visibility";
import { parseDeletedSnapshot, toKeyPackRow } from "./key-pack-rows";
import type { RunState } from "./wizard-steps";

export async function listLicenseServers() {
  const db = await getDb();
  return db.licenseServer.findMany({
    where: await visibleServers(),
    orderBy: { name: "asc" },
    select: { id: true, name: true, activated: true, connectionMethod: true, practiceExpiresAt: true, _count: { select: { keyPacks: true } } },
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
      activeWizard: { select: { step: true, deletedAt: true } },
      wizardRuns: { orderBy: { startedAt: "desc" }, take: 1, select: { status: true } },
      _count: { select: { issuedCals: true } },
    },
  });
  if (!server) return null;
  return { ...server, keyPacks: server.keyPacks.map(toKeyPackRow) };
}

/** What identifies a license server on its Properties and Review Configuration pages. */
const identitySelect = { id: true, name: true, licenseServerId: true, productId: true, activated: true, connectionMethod: true } as const;

export async function getServerProperties(serverId: string) {
  const db = await getDb();
  return db.licenseServer.findUnique({
    where: { id: serverId, AND: [await visibleServers()] },
    select: {
      ...identitySelect,
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
    },
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

/** What every wizard page needs: the server and its open run (if any) as a RunState. */
export async function getWizardContext(serverId: string) {
  const db = await getDb();
  const server = await db.licenseServer.findUnique({
    where: { id: serverId, AND: [await visibleServers()] },
    select: {
      id: true,
      name: true,
      licenseServerId: true,
      activated: true,
      connectionMethod: true,
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
  const state: RunState | null = run ? { step: run.step as RunState["step"], deleted: run.deletedAt !== null, installedInRun: run.installedKeyPacks.length } : null;
  return { server: rest, otherWizard, run: run ? { ...run, installedKeyPacks: run.installedKeyPacks.map(toKeyPackRow) } : null, state };
}

export async function listKeyPackRows(serverId: string) {
  const db = await getDb();
  const packs = await db.installedKeyPack.findMany({ where: { serverId }, orderBy: { keypackId: "asc" }, select: keyPackSelect });
  return packs.map(toKeyPackRow);
}

/** The last finished rebuild of a server, for the completion page. */
export async function getLastFinishedRun(serverId: string) {
  const db = await getDb();
  const run = await db.wizardRun.findFirst({
    where: { serverId, status: "FINISHED" },
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
