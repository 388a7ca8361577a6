// The invariant of issue 26 (docs/decisions/029-purchase-lineage.md): for every purchase, the RDS CALs
// installed from it on all license servers together never exceed what it bought, whichever way they were
// installed, and every installed pack records the lineage its ID names. "Installed from a purchase" is read
// from the Clearinghouse's issue of each installed ID, not from the lineage the pack records, so a pack
// that forgot its lineage is still counted. Two tests: one that drives each path in turn on the seeded demo
// data (seed, practice start and reset, Install Licenses by Web Browser and by Automatic connection, the
// rebuild, the migration, the helpdesk's approval, a practice server's purchase typed for a real server,
// Convert RDS CALs and a rebuild after it), and a property test over random sequences of issue / install /
// rebuild / migrate / approve / convert.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CalType, LicenseProgram } from "@/lib/licensing/catalog";
import { splitOpenLicenseCredential } from "@/lib/licensing/credentials";
import { decodeKeyPackId } from "@/lib/licensing/key-pack-id";
import { getKeyPackSecrets } from "@/lib/key-pack-secret";
import type { Database, OpenedDatabase } from "@/lib/prisma-client";
import { issueConversion } from "@/lib/clearinghouse/convert-key-pack";
import { issueInstallation } from "@/lib/clearinghouse/installation";
import { installationRequestSchema } from "@/lib/clearinghouse/installation-schema";
import { submitDraft } from "@/lib/clearinghouse/submit";
import { approveAndIssue } from "@/lib/helpdesk/decisions";
import { resetPracticeServer, startPracticeServer } from "@/lib/practice/store";
import { completeDraft, createDraft } from "@/prisma/clearinghouse-factories";
import { createServerWithPacks, openConversionRun, openInstallLicensesRun, openMigrationRun, openRebuildRun } from "@/prisma/console-factories";
import { createStaffUser } from "@/prisma/factories";
import { seedClearinghouse } from "@/prisma/seed/clearinghouse";
import { seedConsole } from "@/prisma/seed/console";
import { DEMO_INSTALL_PURCHASES, DEMO_MIGRATION, DEMO_SERVERS } from "@/prisma/seed/demo-data";
import { TEST_DATABASES } from "@/prisma/test-databases";
import { databaseForSuite } from "@/prisma/test-database-suite";
import { installKeyPackIds, installLicensesAdvance, MANAGE_CALS_ADVANCE } from "./install-key-pack";
import { installMigratedKeyPack } from "./manage-cals/migrate-mutations";
import { installConvertedKeyPack } from "./manage-cals/convert-mutations";
import { deleteInstalledCals, finishRun } from "./manage-cals/mutations";

type Server = { id: string; licenseServerId: string };
type Purchase = { id: string; licenseProgram: LicenseProgram; calType: CalType; credential: string };
const MIGRATE = "The source license server is being replaced by this license server";

/** The purchases whose installed RDS CALs exceed what they bought, and installed packs whose lineage is not their ID's purchase. */
async function broken(db: Database) {
  // A converted pack (Convert RDS CALs) counts for the purchase its source came from, through any chain of conversions.
  const beyond = await db.$queryRaw<{ credential: string; quantity: number; installed: number }[]>`
    WITH RECURSIVE origin("licenseKeyPackId", "entitlementId", "from") AS (
      SELECT k."licenseKeyPackId", k."entitlementId", k."convertedFromId" FROM "IssuedKeyPack" k
      UNION ALL
      SELECT o."licenseKeyPackId", s."entitlementId", s."convertedFromId" FROM origin o JOIN "IssuedKeyPack" s ON s."id" = o."from" WHERE o."entitlementId" IS NULL
    )
    SELECT e."credential", e."quantity", sum(i."totalLicenses")::int AS "installed"
    FROM "InstalledKeyPack" i JOIN origin o ON o."licenseKeyPackId" = i."licenseKeyPackId" JOIN "Entitlement" e ON e."id" = o."entitlementId"
    GROUP BY e."id" HAVING sum(i."totalLicenses") > e."quantity"`;
  const lineage = await db.$queryRaw<{ licenseKeyPackId: string }[]>`
    SELECT i."licenseKeyPackId" FROM "InstalledKeyPack" i
    LEFT JOIN "IssuedKeyPack" k ON k."licenseKeyPackId" = i."licenseKeyPackId" LEFT JOIN "Entitlement" e ON e."id" = k."entitlementId"
    WHERE i."purchaseLine" <> coalesce(e."lineNumber", 0) OR i."generation" <> coalesce(k."generation", 0)`;
  return { beyond, lineage: lineage.map((r) => r.licenseKeyPackId) };
}

const credentialFields = (p: Pick<Purchase, "licenseProgram" | "credential">) =>
  p.licenseProgram === "LICENSE_PACK" ? { licenseCode: p.credential } : p.licenseProgram === "OPEN_LICENSE" ? splitOpenLicenseCredential(p.credential) : { agreementNumber: p.credential };

/** A request on the web site; the request with the ID issued at once, if any. */
async function onWebSite({ db, sql }: OpenedDatabase, purchase: Purchase, target: string, quantity: number, options: { option?: "MANAGE_CALS" | "INSTALL_CALS"; source?: string } = {}) {
  const option = options.option ?? (options.source ? "MANAGE_CALS" : "INSTALL_CALS");
  const answers = completeDraft({
    targetLicenseServerId: target,
    reasonForRecovery: option === "INSTALL_CALS" ? null : options.source ? MIGRATE : "The license server database was rebuilt",
    sourceLicenseServerId: options.source ?? null,
    licenseProgram: purchase.licenseProgram,
    calType: purchase.calType,
    quantity,
    ...credentialFields(purchase),
  });
  const draft = await createDraft(db, { ...answers, option });
  expect(await submitDraft(sql, draft.id)).toMatchObject({ kind: "submitted" });
  const request = await db.recoveryRequest.findUniqueOrThrow({ where: { draftId: draft.id }, select: { id: true, status: true, issuedKeyPack: { select: { licenseKeyPackId: true } } } });
  return { id: request.id, status: request.status, licenseKeyPackId: request.issuedKeyPack?.licenseKeyPackId ?? null };
}

/** Closes whatever run the server has open (a refused install leaves its run open), so the next wizard can start. */
const closeRuns = (db: Database, serverId: string) => db.wizardRun.updateMany({ where: { serverId, status: "IN_PROGRESS" }, data: { status: "CANCELLED", activeServerId: null } });

/** Install Licenses by Web Browser: the console's install of a typed ID. */
async function installLicenses(db: Database, server: Server, licenseKeyPackIds: string[], from: "INSTALL_OBTAIN_KEY_PACK" | "INSTALL_PRODUCT_VERSION" = "INSTALL_OBTAIN_KEY_PACK") {
  await closeRuns(db, server.id);
  const run = await openInstallLicensesRun(db, server, from, from === "INSTALL_OBTAIN_KEY_PACK" ? { connectionMethod: "WEB_BROWSER" } : { connectionMethod: "AUTOMATIC", licenseProgram: "LICENSE_PACK" });
  return installKeyPackIds(db, server, run.id, licenseKeyPackIds, installLicensesAdvance(from));
}

/** Manage RDS CALs → Rebuild: the deletion, then one ID reinstalled (when given), then Finish. */
async function rebuild(db: Database, server: Server, reinstall: string | null) {
  await closeRuns(db, server.id);
  const run = await openRebuildRun(db, server, "CONFIRM_DELETION");
  expect(await deleteInstalledCals(db, server.id, run.id)).not.toBeNull();
  if (reinstall) await installKeyPackIds(db, server, run.id, [reinstall], MANAGE_CALS_ADVANCE);
  await finishRun(db, server.id, run.id);
}

/** Manage RDS CALs → Migrate from `source` (available, a server of this console) to `target`, installing `licenseKeyPackId`. */
async function migrate(db: Database, source: Server & { name: string }, target: Server & { name: string }, licenseKeyPackId: string) {
  await closeRuns(db, target.id);
  const answers = { sourceName: source.name, available: true, operatingSystem: null, sourceLicenseServerId: source.licenseServerId, sourceServerId: source.id };
  const run = await openMigrationRun(db, target, answers);
  const decoded = decodeKeyPackId(licenseKeyPackId, target.licenseServerId, (await getKeyPackSecrets(db)).accepted);
  if (decoded.status !== "valid") throw new Error(decoded.status);
  return installMigratedKeyPack(db, target, run.id, answers, decoded.value, decoded.payload);
}

/**
 * Convert RDS CALs: the Clearinghouse converts `count` of the installed pack's RDS CALs, then the console
 * lowers the pack and installs the converted one (either may refuse). Returns the converted ID when issued.
 */
async function convert(db: Database, server: Server, keypackId: number, count: number) {
  const pack = await db.installedKeyPack.findUnique({ where: { serverId_keypackId: { serverId: server.id, keypackId } }, select: { licenseKeyPackId: true } });
  if (!pack) return null;
  const issued = await issueConversion(db, { licenseServerId: server.licenseServerId, sourceLicenseKeyPackId: pack.licenseKeyPackId, count }, "test");
  if (issued.kind !== "issued") return null;
  await closeRuns(db, server.id);
  const run = await openConversionRun(db, server, { keypackId, count });
  const decoded = decodeKeyPackId(issued.licenseKeyPackId, server.licenseServerId, (await getKeyPackSecrets(db)).accepted);
  if (decoded.status !== "valid") throw new Error(decoded.status);
  await installConvertedKeyPack(db, server, run.id, { keypackId, count }, decoded.value, decoded.payload);
  return issued.licenseKeyPackId;
}

async function approve(db: Database, requestId: string) {
  const user = await createStaffUser(db, { password: "a long enough password 1", role: "AGENT" });
  const outcome = await approveAndIssue(db, requestId, "Purchase confirmed by phone", { id: user.id, email: user.email, name: user.name, role: user.role });
  return outcome.ok ? (outcome.licenseKeyPackId ?? null) : null;
}

describe.each(TEST_DATABASES)("the RDS CALs installed from a purchase never exceed what it bought, on $label", ({ open }) => {
  const database = databaseForSuite(open);

  it("on every path, in turn, from the seeded demo data", { timeout: 180_000 }, async () => {
    const { opened } = database;
    const { db } = opened;
    const holds = async (after: string) => expect(await broken(db), after).toEqual({ beyond: [], lineage: [] });

    await seedConsole(db, await seedClearinghouse(db));
    await holds("seed");
    const purchase = async (credential: string, licenseProgram?: LicenseProgram) => db.entitlement.findFirstOrThrow({ where: { credential, licenseProgram, practiceServerId: null } });
    const server = async (name: string) => {
      const s = await db.licenseServer.findUniqueOrThrow({ where: { name }, select: { id: true, name: true, licenseServerId: true } });
      return { ...s, licenseServerId: s.licenseServerId! };
    };
    const contoso = await server(DEMO_SERVERS.webBrowser.name);
    const fabrikam = await server(DEMO_SERVERS.automatic.name);

    // Install Licenses by Web Browser of purchases already installed there (the README's attack 2).
    for (const [credential, quantity] of [["R2022USERCALDEMOPACK00050", 50], ["2000002", 500]] as const) {
      const issued = await onWebSite(opened, await purchase(credential), contoso.licenseServerId, quantity);
      expect(issued.status).toBe("ISSUED");
      expect(await installLicenses(db, contoso, [issued.licenseKeyPackId!])).toMatchObject({ kind: "installed" });
      await holds(`Install Licenses of ${credential} again`);
    }

    // Practice servers: started both ways, installed again, reset.
    const practice = await startPracticeServer(db, randomUUID(), 24);
    await startPracticeServer(db, randomUUID(), 24, new Date(), { activated: false });
    await holds("practice start");
    const practiceServer = { id: practice.id, licenseServerId: (await db.licenseServer.findUniqueOrThrow({ where: { id: practice.id } })).licenseServerId! };
    const practiceEa = await db.entitlement.findFirstOrThrow({ where: { practiceServerId: practice.id, licenseProgram: "ENTERPRISE_AGREEMENT" } });
    const again = await onWebSite(opened, practiceEa, practiceServer.licenseServerId, 100);
    expect(await installLicenses(db, practiceServer, [again.licenseKeyPackId!])).toMatchObject({ kind: "installed" });
    await holds("Install Licenses on a practice server");
    // Its purchase typed for a real server (the README's attack 1): filed for review, and staff cannot approve it.
    const elsewhere = await onWebSite(opened, practiceEa, contoso.licenseServerId, 100);
    expect(elsewhere.status).toBe("AWAITING_REVIEW");
    expect(await approve(db, elsewhere.id)).toBeNull();
    expect(await resetPracticeServer(db, practice.id, (await db.licenseServer.findUniqueOrThrow({ where: { id: practice.id } })).practiceOwner!)).toBe(true);
    await holds("practice reset");

    // The rebuild of LS-FABRIKAM-01: the web site's recovery reinstalled, then the seeded ID typed again.
    const seededId = (await db.installedKeyPack.findFirstOrThrow({ where: { serverId: fabrikam.id, licenseProgram: "SELECT_LICENSE" } })).licenseKeyPackId;
    const recovered = await onWebSite(opened, await purchase("1000001"), fabrikam.licenseServerId, 100, { option: "MANAGE_CALS" });
    await rebuild(db, fabrikam, recovered.licenseKeyPackId);
    await rebuild(db, fabrikam, seededId);
    await holds("rebuild");

    // Install Licenses by Automatic connection: two License Codes.
    const codes = DEMO_INSTALL_PURCHASES.automaticCodes.map((c) => ({ licenseCode: c.credential }));
    const automatic = await issueInstallation(db, installationRequestSchema.parse({ licenseServerId: fabrikam.licenseServerId, licenseProgram: "LICENSE_PACK", credentials: codes, calType: "WS2025_PER_USER", quantity: 20 }));
    if (automatic.kind !== "issued") throw new Error(JSON.stringify(automatic));
    expect(await installLicenses(db, fabrikam, automatic.licenseKeyPackIds, "INSTALL_PRODUCT_VERSION")).toMatchObject({ kind: "installed" });
    await holds("Install Licenses by Automatic connection");

    // The migration from LS-OLD-01 (available) to LS-MIGRATE-01.
    const [source, target] = [await server(DEMO_MIGRATION.source.name), await server(DEMO_MIGRATION.target.name)];
    const moved = await onWebSite(opened, await purchase(DEMO_MIGRATION.available.credential, "ENTERPRISE_AGREEMENT"), target.licenseServerId, 60, { source: source.licenseServerId });
    expect(moved.status).toBe("ISSUED");
    expect(await migrate(db, source, target, moved.licenseKeyPackId!)).toMatchObject({ kind: "migrated" });
    await holds("migration");

    // The helpdesk: an approval within the purchase, and one beyond it (an audited override), both installed.
    const campus = await purchase("3000003");
    const [a, b] = [await createServerWithPacks(db, { packs: [] }), await createServerWithPacks(db, { packs: [] })];
    const first = await onWebSite(opened, campus, a.licenseServerId, 150);
    expect(await installLicenses(db, a, [first.licenseKeyPackId!])).toMatchObject({ kind: "installed" });
    const within = await onWebSite(opened, campus, b.licenseServerId, 60);
    expect(within.status).toBe("AWAITING_REVIEW");
    const approvedBeyond = await approve(db, within.id);
    expect(await installLicenses(db, b, [approvedBeyond!])).toMatchObject({ kind: "installed" });
    const fits = await onWebSite(opened, campus, a.licenseServerId, 50, { option: "MANAGE_CALS" });
    expect(fits.status).toBe("ISSUED");
    await holds("approvals");

    // Convert RDS CALs, then a rebuild: the source's ID typed again gives what is left, the converted pack is
    // installed again, and the web site's recovery of the purchase covers only what was not converted.
    const c = await createServerWithPacks(db, { packs: [] });
    const select = await db.entitlement.create({ data: { licenseProgram: "SELECT_LICENSE", credential: "4000004", calType: "WS2022_PER_USER", quantity: 40, customerName: "Contoso Ltd" } });
    const bought = await onWebSite(opened, select, c.licenseServerId, 40, { option: "MANAGE_CALS" });
    expect(await installLicenses(db, c, [bought.licenseKeyPackId!])).toMatchObject({ kind: "installed" });
    const installed = await db.installedKeyPack.findFirstOrThrow({ where: { serverId: c.id }, select: { keypackId: true } });
    const converted = await convert(db, c, installed.keypackId, 15);
    expect(converted).not.toBeNull();
    await holds("conversion");
    await rebuild(db, c, bought.licenseKeyPackId);
    expect(await db.installedKeyPack.findFirstOrThrow({ where: { serverId: c.id, licenseKeyPackId: bought.licenseKeyPackId! }, select: { totalLicenses: true } })).toEqual({ totalLicenses: 25 });
    expect(await installLicenses(db, c, [converted!])).toMatchObject({ kind: "installed" });
    await holds("rebuild after a conversion");
    const recovery = await onWebSite(opened, select, c.licenseServerId, 40, { option: "MANAGE_CALS" });
    expect(recovery.status).toBe("AWAITING_REVIEW");
    expect((await onWebSite(opened, select, c.licenseServerId, 25, { option: "MANAGE_CALS" })).status).toBe("ISSUED");
    await holds("recovery after a conversion");
  });

  it("over random sequences of issue, install, rebuild, migrate, approve and convert", { timeout: 600_000 }, async () => {
    const { opened } = database;
    const { db } = opened;
    const op = fc.oneof(
      fc.record({ kind: fc.constant("issue" as const), server: fc.nat(2), quantity: fc.integer({ min: 1, max: 140 }), purchase: fc.nat(2), automatic: fc.boolean() }),
      fc.record({ kind: fc.constant("install" as const), server: fc.nat(2), pick: fc.nat() }),
      fc.record({ kind: fc.constant("rebuild" as const), server: fc.nat(2), pick: fc.nat() }),
      fc.record({ kind: fc.constant("migrate" as const), from: fc.nat(2), to: fc.nat(2), quantity: fc.integer({ min: 1, max: 140 }) }),
      fc.record({ kind: fc.constant("approve" as const) }),
      fc.record({ kind: fc.constant("convert" as const), server: fc.nat(2), pick: fc.nat(), count: fc.integer({ min: 1, max: 80 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 20, max: 120 }), fc.array(op, { minLength: 1, maxLength: 8 }), async (bought, ops) => {
        // Two real servers and a practice server (with its starting packs), and a purchase of `bought` CALs.
        const started = await startPracticeServer(db, randomUUID(), 24);
        const practiceRow = await db.licenseServer.findUniqueOrThrow({ where: { id: started.id }, select: { id: true, name: true, licenseServerId: true } });
        const servers = [await createServerWithPacks(db, { packs: [] }), await createServerWithPacks(db, { packs: [] }), { ...practiceRow, licenseServerId: practiceRow.licenseServerId! }];
        const credential = String(Math.floor(Math.random() * 9_000_000) + 1_000_000);
        const real = await db.entitlement.create({ data: { licenseProgram: "ENTERPRISE_AGREEMENT", credential, calType: "WS2019_PER_USER", quantity: bought, customerName: "Contoso Ltd" } });
        const practice = await db.entitlement.findFirstOrThrow({ where: { practiceServerId: started.id, licenseProgram: "ENTERPRISE_AGREEMENT" } });
        // A practice server started not activated: its purchases have nothing issued yet (the README's attack 1).
        const unactivated = await startPracticeServer(db, randomUUID(), 24, new Date(), { activated: false });
        const loose = await db.entitlement.findFirstOrThrow({ where: { practiceServerId: unactivated.id, licenseProgram: "ENTERPRISE_AGREEMENT" } });
        const purchases = [real, practice, loose];
        const issued: string[][] = [[], [], []];
        const waiting: { id: string; server: number }[] = [];
        for (const step of ops) {
          if (step.kind === "issue") {
            const purchase = purchases[step.purchase]!;
            const target = servers[step.server]!;
            if (step.automatic) {
              const body = installationRequestSchema.parse({ licenseServerId: target.licenseServerId, licenseProgram: "ENTERPRISE_AGREEMENT", credentials: [{ agreementNumber: purchase.credential }], calType: purchase.calType, quantity: step.quantity });
              const outcome = await issueInstallation(db, body);
              if (outcome.kind === "issued") issued[step.server]!.push(...outcome.licenseKeyPackIds);
            } else {
              const request = await onWebSite(opened, purchase, target.licenseServerId, step.quantity, { option: "MANAGE_CALS" });
              if (request.licenseKeyPackId) issued[step.server]!.push(request.licenseKeyPackId);
              else waiting.push({ id: request.id, server: step.server });
            }
          } else if (step.kind === "install" && issued[step.server]!.length > 0) {
            const ids = issued[step.server]!;
            await installLicenses(db, servers[step.server]!, [ids[step.pick % ids.length]!]);
          } else if (step.kind === "rebuild") {
            const ids = issued[step.server]!;
            await rebuild(db, servers[step.server]!, ids.length ? ids[step.pick % ids.length]! : null);
          } else if (step.kind === "migrate" && step.from !== step.to) {
            const [source, target] = [servers[step.from]!, servers[step.to]!];
            const request = await onWebSite(opened, real, target.licenseServerId, step.quantity, { source: source.licenseServerId });
            if (request.licenseKeyPackId) {
              issued[step.to]!.push(request.licenseKeyPackId);
              await migrate(db, { ...source, name: "source" }, { ...target, name: "target" }, request.licenseKeyPackId);
            } else waiting.push({ id: request.id, server: step.to });
          } else if (step.kind === "convert") {
            const server = servers[step.server]!;
            const packs = await db.installedKeyPack.findMany({ where: { serverId: server.id }, orderBy: { keypackId: "asc" }, select: { keypackId: true } });
            const converted = packs.length ? await convert(db, server, packs[step.pick % packs.length]!.keypackId, step.count) : null;
            if (converted) issued[step.server]!.push(converted);
          } else if (step.kind === "approve" && waiting.length > 0) {
            const { id, server } = waiting.shift()!;
            const licenseKeyPackId = await approve(db, id);
            if (licenseKeyPackId) {
              issued[server]!.push(licenseKeyPackId);
              await installLicenses(db, servers[server]!, [licenseKeyPackId]);
            }
          }
          const now = await broken(db);
          if (now.beyond.length || now.lineage.length) throw new Error(`after ${JSON.stringify(step)}: ${JSON.stringify(now)}`);
        }
        // A practice server's purchase was issued for that practice server only.
        expect(await db.issuedKeyPack.count({ where: { entitlementId: practice.id, targetLicenseServerId: { not: servers[2]!.licenseServerId } } })).toBe(0);
        expect(await db.issuedKeyPack.count({ where: { entitlementId: loose.id } })).toBe(0);
      }),
      { numRuns: 12 },
    );
  });
});
