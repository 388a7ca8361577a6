// Issue 17 point 1 (docs/decisions/025-migrate-rds-cals.md): a migration moves a purchase's RDS CALs from a
// source license server to a target. The web site's issue supersedes the source's pack in the same statement,
// so the purchase never covers more than it bought, whichever of "migrate" and "the source asks again" comes
// first; the console removes the source's packs of that purchase as it installs the new one, or, when the
// source is not available, logs it and keeps a warning on the source until they are removed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getKeyPackSecrets } from "@/lib/key-pack-secret";
import { decodeKeyPackId } from "@/lib/licensing/key-pack-id";
import type { Database, OpenedDatabase } from "@/lib/prisma-client";
import { submitDraft } from "@/lib/clearinghouse/submit";
import { completeDraft, createDraft, createPurchase } from "@/prisma/clearinghouse-factories";
import { createServerWithPacks, openMigrationRun, openRebuildRun } from "@/prisma/console-factories";
import { TEST_DATABASES, type TestDatabase } from "@/prisma/test-databases";
import { EVENT_IDS } from "../events";
import { installMigratedKeyPack, removeMigratedCalsByHand } from "./migrate-mutations";
import type { MigrationSourceAnswers } from "../migrate-schemas";
import { insertInstalledKeyPacks } from "./mutations";
import { MANAGE_CALS_ADVANCE } from "../install-key-pack";

const BOUGHT = 50;
const MIGRATE = "The source license server is being replaced by this license server";
type Purchase = Awaited<ReturnType<typeof createPurchase>>;
type Server = { id: string; name: string; licenseServerId: string };

/** A Manage CALs request on the web site: its status, review reason and the ID issued at once. */
async function ask({ db, sql }: OpenedDatabase, { entitlement, credential }: Purchase, target: string, quantity: number, source: string | null = null) {
  const answers = completeDraft({
    targetLicenseServerId: target,
    reasonForRecovery: source ? MIGRATE : "The license server database was rebuilt",
    sourceLicenseServerId: source,
    licenseProgram: entitlement.licenseProgram,
    calType: entitlement.calType,
    quantity,
    agreementNumber: credential.agreementNumber,
  });
  const draft = await createDraft(db, answers);
  expect(await submitDraft(sql, draft.id)).toMatchObject({ kind: "submitted" });
  const request = await db.recoveryRequest.findUniqueOrThrow({
    where: { draftId: draft.id },
    select: { status: true, reviewReason: true, sourceLicenseServerId: true, issuedKeyPack: { select: { licenseKeyPackId: true } } },
  });
  return { ...request, licenseKeyPackId: request.issuedKeyPack?.licenseKeyPackId ?? null };
}

/** What the Clearinghouse counts against the purchase now, in all. */
async function counted(db: Database, entitlementId: string) {
  const packs = await db.issuedKeyPack.findMany({ where: { entitlementId, supersededAt: null }, select: { countedQuantity: true } });
  return packs.reduce((sum, p) => sum + p.countedQuantity, 0);
}

async function decode(db: Database, server: Server, licenseKeyPackId: string) {
  const decoded = decodeKeyPackId(licenseKeyPackId, server.licenseServerId, (await getKeyPackSecrets(db)).accepted);
  if (decoded.status !== "valid") throw new Error(`not valid: ${decoded.status}`);
  return decoded;
}

/** Installs a pack on the source as its earlier rebuild would have (with its purchase line). */
async function installOnSource(db: Database, server: Server, licenseKeyPackId: string) {
  const run = await openRebuildRun(db, server, "OBTAIN_KEY_PACK", { deleted: true });
  const decoded = await decode(db, server, licenseKeyPackId);
  expect((await insertInstalledKeyPacks(db, server.id, run.id, [{ licenseKeyPackId: decoded.value, payload: decoded.payload }], MANAGE_CALS_ADVANCE)).kind).toBe("installed");
  await db.wizardRun.update({ where: { id: run.id }, data: { status: "FINISHED", step: "COMPLETED", activeServerId: null } });
}

async function migrateOnConsole(db: Database, target: Server, source: MigrationSourceAnswers, licenseKeyPackId: string) {
  const run = await openMigrationRun(db, target, source);
  const decoded = await decode(db, target, licenseKeyPackId);
  return { run, outcome: await installMigratedKeyPack(db, target, run.id, source, decoded.value, decoded.payload) };
}

const installedOf = async (db: Database, serverId: string) =>
  (await db.installedKeyPack.findMany({ where: { serverId }, select: { totalLicenses: true } })).reduce((sum, p) => sum + p.totalLicenses, 0);
const eventsOf = async (db: Database, serverId: string, eventId: number) => db.serverEvent.count({ where: { serverId, eventId } });

describe.each(TEST_DATABASES)("migrating RDS CALs on $label", ({ open }) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await open();
  });
  afterAll(() => database?.drop());

  /** A purchase of BOUGHT CALs, all issued to and installed on the source. */
  async function setUp() {
    const { opened } = database;
    const bought = await createPurchase(opened.db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: BOUGHT });
    const [source, target, third] = [
      await createServerWithPacks(opened.db, { packs: [] }),
      await createServerWithPacks(opened.db, { packs: [] }),
      await createServerWithPacks(opened.db, { packs: [] }),
    ];
    const first = await ask(opened, bought, source.licenseServerId, BOUGHT);
    expect(first.status).toBe("ISSUED");
    await installOnSource(opened.db, source, first.licenseKeyPackId!);
    return { opened, bought, source, target, third };
  }

  it("migrate, then the source asks again: the second request needs a person, the purchase counts what it bought", async () => {
    const { opened, bought, source, target } = await setUp();
    const migrated = await ask(opened, bought, target.licenseServerId, BOUGHT, source.licenseServerId);
    expect(migrated).toMatchObject({ status: "ISSUED", sourceLicenseServerId: source.licenseServerId });
    expect(await counted(opened.db, bought.entitlement.id)).toBe(BOUGHT);
    const again = await ask(opened, bought, source.licenseServerId, BOUGHT);
    expect(again.status).toBe("AWAITING_REVIEW");
    expect(await counted(opened.db, bought.entitlement.id)).toBeLessThanOrEqual(BOUGHT);
  });

  it("the source asks again, then migrate: the migration supersedes the source's newest pack", async () => {
    const { opened, bought, source, target } = await setUp();
    expect((await ask(opened, bought, source.licenseServerId, BOUGHT)).status).toBe("ISSUED");
    expect((await ask(opened, bought, target.licenseServerId, BOUGHT, source.licenseServerId)).status).toBe("ISSUED");
    expect(await counted(opened.db, bought.entitlement.id)).toBe(BOUGHT);
    const sourcePacks = await opened.db.issuedKeyPack.count({ where: { targetLicenseServerId: source.licenseServerId, supersededAt: null } });
    expect(sourcePacks).toBe(0);
    expect((await ask(opened, bought, source.licenseServerId, 1)).status).toBe("AWAITING_REVIEW");
  });

  it("a source whose pack was already migrated goes to review, with the reason", async () => {
    const { opened, bought, source, target, third } = await setUp();
    expect((await ask(opened, bought, target.licenseServerId, BOUGHT, source.licenseServerId)).status).toBe("ISSUED");
    const twice = await ask(opened, bought, third.licenseServerId, BOUGHT, source.licenseServerId);
    expect(twice.status).toBe("AWAITING_REVIEW");
    expect(twice.reviewReason).toContain("Source License Server ID holds no RDS CALs of this purchase");
    expect(await counted(opened.db, bought.entitlement.id)).toBe(BOUGHT);
  });

  it("two migrations of one source at once: one is issued, the purchase still counts what it bought", async () => {
    const { opened, bought, source, target, third } = await setUp();
    const results = await Promise.all([
      ask(opened, bought, target.licenseServerId, BOUGHT, source.licenseServerId),
      ask(opened, bought, third.licenseServerId, BOUGHT, source.licenseServerId),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["AWAITING_REVIEW", "ISSUED"]);
    expect(await counted(opened.db, bought.entitlement.id)).toBe(BOUGHT);
  });

  it("source available: its packs of the purchase are removed with the install, event 91 in both logs", async () => {
    const { opened, bought, source, target } = await setUp();
    const { db } = opened;
    const migrated = await ask(opened, bought, target.licenseServerId, BOUGHT, source.licenseServerId);
    const answers = { sourceName: source.name, available: true, operatingSystem: null, sourceLicenseServerId: source.licenseServerId, sourceServerId: source.id };
    const { run, outcome } = await migrateOnConsole(db, target, answers, migrated.licenseKeyPackId!);
    expect(outcome).toMatchObject({ kind: "migrated", removed: [expect.objectContaining({ totalLicenses: BOUGHT })], byHand: null });
    expect(await installedOf(db, source.id)).toBe(0);
    expect(await installedOf(db, target.id)).toBe(BOUGHT);
    expect(await eventsOf(db, source.id, EVENT_IDS.MIGRATED_CALS_REMOVED)).toBe(1);
    expect(await eventsOf(db, target.id, EVENT_IDS.MIGRATED_CALS_REMOVED)).toBe(1);
    expect(await db.wizardRun.findUniqueOrThrow({ where: { id: run.id }, select: { status: true, step: true, activeServerId: true } })).toEqual({
      status: "FINISHED",
      step: "MIGRATE_COMPLETED",
      activeServerId: null,
    });
    // A second Next for the same page (double click) changes nothing.
    const decoded = await decode(db, target, migrated.licenseKeyPackId!);
    expect((await installMigratedKeyPack(db, target, run.id, answers, decoded.value, decoded.payload)).kind).toBe("replay");
    expect(await eventsOf(db, target.id, EVENT_IDS.MIGRATED_CALS_REMOVED)).toBe(1);
  });

  it("source not available: nothing removed, event 92 in both logs, a warning until removed by hand", async () => {
    const { opened, bought, source, target } = await setUp();
    const { db } = opened;
    const migrated = await ask(opened, bought, target.licenseServerId, BOUGHT, source.licenseServerId);
    const answers = { sourceName: source.name, available: false, operatingSystem: "Windows Server 2019", sourceLicenseServerId: source.licenseServerId, sourceServerId: source.id };
    const { outcome } = await migrateOnConsole(db, target, answers, migrated.licenseKeyPackId!);
    expect(outcome).toMatchObject({ kind: "migrated", removed: [], byHand: [expect.objectContaining({ totalLicenses: BOUGHT })] });
    expect(await installedOf(db, source.id)).toBe(BOUGHT);
    expect(await eventsOf(db, target.id, EVENT_IDS.MIGRATED_CALS_NOT_REMOVED)).toBe(1);
    expect(await eventsOf(db, source.id, EVENT_IDS.MIGRATED_CALS_NOT_REMOVED)).toBe(1);
    const [warning] = await db.migratedPurchaseLine.findMany({ where: { sourceServerId: source.id } });
    expect(warning).toBeDefined();
    const removed = await removeMigratedCalsByHand(db, source.id, warning!.id);
    expect(removed).toEqual([expect.objectContaining({ totalLicenses: BOUGHT })]);
    expect(await installedOf(db, source.id)).toBe(0);
    expect(await db.migratedPurchaseLine.count({ where: { sourceServerId: source.id } })).toBe(0);
    // Again (another tab): nothing to do.
    expect(await removeMigratedCalsByHand(db, source.id, warning!.id)).toBeNull();
  });

  it("a source of another console (not available, unknown here): event 92 on the target only", async () => {
    const { opened, bought, source, target } = await setUp();
    const migrated = await ask(opened, bought, target.licenseServerId, BOUGHT, source.licenseServerId);
    const answers = { sourceName: "LS-GONE-01", available: false, operatingSystem: "Windows Server 2016", sourceLicenseServerId: source.licenseServerId, sourceServerId: null };
    const { outcome } = await migrateOnConsole(opened.db, target, answers, migrated.licenseKeyPackId!);
    expect(outcome).toMatchObject({ kind: "migrated", removed: [], byHand: null });
    expect(await eventsOf(opened.db, target.id, EVENT_IDS.MIGRATED_CALS_NOT_REMOVED)).toBe(1);
    expect(await opened.db.migratedPurchaseLine.count({ where: { targetServerId: target.id } })).toBe(0);
  });
});
