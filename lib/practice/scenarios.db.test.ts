// The classroom's "migrate from a failed server" scenario on both databases (issue 31): its starting state (a
// new server with the purchases and no RDS CALs, and a failed source holding the packs of those purchases),
// the goal the app checks (all three purchases migrated with the source named not available), and Reset and
// Remove taking the source along.
import { describe, expect, it } from "vitest";
import { completeDraft, createDraft } from "@/prisma/clearinghouse-factories";
import { openMigrationRun } from "@/prisma/console-factories";
import { classWithTrainees } from "@/prisma/practice-factories";
import { TEST_DATABASES } from "@/prisma/test-databases";
import { databaseForSuite } from "@/prisma/test-database-suite";
import type { OpenedDatabase } from "@/lib/prisma-client";
import { submitDraft } from "@/lib/clearinghouse/submit";
import { installMigratedKeyPack } from "@/lib/console/manage-cals/migrate-mutations";
import { getKeyPackSecrets } from "@/lib/key-pack-secret";
import { licenseProgram as programInfo, type CalType, type LicenseProgram } from "@/lib/licensing/catalog";
import { splitOpenLicenseCredential } from "@/lib/licensing/credentials";
import { decodeKeyPackId } from "@/lib/licensing/key-pack-id";
import { classRuns, removeClassServer, startScenario } from "./classroom-store";
import { resetPracticeServer } from "./store";
import type { VisibleServer } from "./visibility";
import { revokeIssuedCal } from "@/lib/console/revoke/revoke-cal";

/** The purchase's credential as the web site's purchase page takes it. */
function typed(program: LicenseProgram, credential: string) {
  const none = { licenseCode: null, licenseNumber: null, authorizationNumber: null, agreementNumber: null };
  const kind = programInfo(program).credential;
  if (kind === "licenseCode") return { ...none, licenseCode: credential };
  if (kind === "openLicense") return { ...none, ...splitOpenLicenseCredential(credential) };
  return { ...none, agreementNumber: credential };
}

type Server = { id: string; name: string; licenseServerId: string };

/** One purchase migrated: the web site's request naming the source, then the console's install with the source not available. */
async function migrate({ db, sql }: OpenedDatabase, target: Server, source: Server, purchase: { licenseProgram: LicenseProgram; calType: CalType; quantity: number; credential: string }) {
  const draft = await createDraft(db, completeDraft({
    targetLicenseServerId: target.licenseServerId,
    reasonForRecovery: "The source license server is no longer functioning",
    sourceLicenseServerId: source.licenseServerId,
    licenseProgram: purchase.licenseProgram,
    calType: purchase.calType,
    quantity: purchase.quantity,
    ...typed(purchase.licenseProgram, purchase.credential),
  }));
  expect(await submitDraft(sql, draft.id)).toMatchObject({ kind: "submitted" });
  const request = await db.recoveryRequest.findUniqueOrThrow({ where: { draftId: draft.id }, select: { status: true, reviewReason: true, issuedKeyPack: { select: { licenseKeyPackId: true } } } });
  expect(request).toMatchObject({ status: "ISSUED", reviewReason: null });
  const answers = { sourceName: source.name, available: false, operatingSystem: "Windows Server 2019", sourceLicenseServerId: source.licenseServerId, sourceServerId: source.id };
  const run = await openMigrationRun(db, target, answers);
  const decoded = decodeKeyPackId(request.issuedKeyPack!.licenseKeyPackId, target.licenseServerId, (await getKeyPackSecrets(db)).accepted);
  if (decoded.status !== "valid") throw new Error(decoded.status);
  expect(await installMigratedKeyPack(db, target, run.id, answers, decoded.value, decoded.payload)).toMatchObject({ kind: "migrated" });
}

describe.each(TEST_DATABASES)("the classroom's prepared servers on $label", ({ open }) => {
  const database = databaseForSuite(open);

  it("migrate from a failed server: a new server with the purchases, a failed source with their packs; the goal needs all three migrated from it, named not available", async () => {
    const { opened } = database;
    const { db } = opened;
    const { classId, trainees } = await classWithTrainees(db, ["migrate-failed-server"], ["Eli"]);
    const eli = trainees[0]!;
    const started = (await startScenario(db, eli, "migrate-failed-server"))!;
    const target = await db.licenseServer.findUniqueOrThrow({ where: { id: started.id }, include: { entitlements: true, _count: { select: { keyPacks: true } } } });
    expect(target).toMatchObject({ activated: true, practiceAccess: "ADMIN", _count: { keyPacks: 0 } });
    expect(target.entitlements).toHaveLength(3);
    const source = await db.licenseServer.findFirstOrThrow({ where: { practiceSourceFor: target.id }, include: { _count: { select: { keyPacks: true, issuedCals: true } } } });
    expect(source).toMatchObject({ practiceOwner: eli.owner, practiceAccess: "UNREACHABLE", activated: true, traineeId: null, _count: { keyPacks: 3 } });
    expect(source._count.issuedCals).toBeGreaterThan(0);
    // The source is not a run of its own; the scenario's server is, not reached yet.
    let [row] = await classRuns(db, { classId });
    expect(row!.runs.map((r) => [r.serverId, r.finished])).toEqual([[target.id, false]]);

    const [first, second, third] = target.entitlements;
    const asServer = (s: { id: string; name: string; licenseServerId: string | null }) => ({ id: s.id, name: s.name, licenseServerId: s.licenseServerId! });
    await migrate(opened, asServer(target), asServer(source), first!);
    await migrate(opened, asServer(target), asServer(source), second!);
    [row] = await classRuns(db, { classId });
    expect(row!.runs[0]!.finished).toBe(false);
    await migrate(opened, asServer(target), asServer(source), third!);
    [row] = await classRuns(db, { classId });
    expect(row!.runs[0]).toMatchObject({ finished: true });
    // The source keeps a warning for each purchase, to remove its RDS CALs by hand (it could not be reached).
    expect(await db.migratedPurchaseLine.count({ where: { sourceServerId: source.id } })).toBe(3);

    // Reset: the source back as it started (same name and ID, its three packs), the new server with none.
    expect(await resetPracticeServer(db, target.id, eli.owner)).toBe(true);
    const again = await db.licenseServer.findFirstOrThrow({ where: { practiceSourceFor: target.id }, include: { _count: { select: { keyPacks: true, migratedFrom: true } } } });
    expect(again).toMatchObject({ name: source.name, licenseServerId: source.licenseServerId, practiceAccess: "UNREACHABLE", _count: { keyPacks: 3, migratedFrom: 0 } });
    expect(await db.installedKeyPack.count({ where: { serverId: target.id } })).toBe(0);
    [row] = await classRuns(db, { classId });
    expect(row!.runs[0]!.finished).toBe(false);
    // And it can be migrated from again (the web site's packs of the first try are gone).
    await migrate(opened, asServer(target), asServer(again), first!);
    // Reset asked on the source resets the scenario's server with it: the source stays failed, with no purchases of its own.
    expect(await resetPracticeServer(db, again.id, eli.owner)).toBe(true);
    expect(await db.installedKeyPack.count({ where: { serverId: target.id } })).toBe(0);
    const reset = await db.licenseServer.findFirstOrThrow({ where: { practiceSourceFor: target.id }, include: { _count: { select: { keyPacks: true, entitlements: true } } } });
    expect(reset).toMatchObject({ name: source.name, practiceAccess: "UNREACHABLE", _count: { keyPacks: 3, entitlements: 0 } });

    // Remove takes the source too, with the web site's records of both.
    expect(await removeClassServer(db, target.id)).toBe(true);
    expect(await db.licenseServer.count({ where: { id: { in: [target.id, reset.id] } } })).toBe(0);
    expect(await db.issuedKeyPack.count({ where: { targetLicenseServerId: { in: [target.licenseServerId!, source.licenseServerId!] } } })).toBe(0);
  });

  it("not an administrator: the rebuild's server, its console account not an administrator, and Reset puts that back", async () => {
    const { db } = database.opened;
    const eli = (await classWithTrainees(db, ["not-administrator"], ["Eli"])).trainees[0]!;
    const started = (await startScenario(db, eli, "not-administrator"))!;
    expect(await db.licenseServer.findUniqueOrThrow({ where: { id: started.id }, include: { _count: { select: { keyPacks: true } } } })).toMatchObject({ practiceAccess: "NOT_ADMIN", activated: true, _count: { keyPacks: 3 } });
    await db.licenseServer.update({ where: { id: started.id }, data: { practiceAccess: "ADMIN" } });
    expect(await resetPracticeServer(db, started.id, eli.owner)).toBe(true);
    expect((await db.licenseServer.findUniqueOrThrow({ where: { id: started.id } })).practiceAccess).toBe("NOT_ADMIN");
  });

  it("revoke a Per Device CAL: the scenario's run is finished by the server's first revocation, a Per User CAL refused on the way", async () => {
    const { db } = database.opened;
    const { classId, trainees } = await classWithTrainees(db, ["revoke-per-device"], ["Ada"]);
    const started = (await startScenario(db, trainees[0]!, "revoke-per-device"))!;
    const server = { id: started.id, name: started.name } as VisibleServer;
    const cals = await db.issuedCal.findMany({ where: { serverId: started.id }, include: { installedKeyPack: true } });
    const perUser = cals.find((c) => c.installedKeyPack.calType.endsWith("_PER_USER"))!;
    const perDevice = cals.find((c) => c.installedKeyPack.calType.endsWith("_PER_DEVICE"))!;
    expect((await revokeIssuedCal(db, server, perUser.id)).kind).not.toBe("revoked");
    let [row] = await classRuns(db, { classId });
    expect(row!.runs[0]).toMatchObject({ serverId: started.id, finished: false });
    expect((await revokeIssuedCal(db, server, perDevice.id)).kind).toBe("revoked");
    [row] = await classRuns(db, { classId });
    expect(row!.runs[0]).toMatchObject({ serverId: started.id, finished: true });
  });
});
