// Installation and recovery draw on the same purchases through the one issuing function: in either order,
// what installation (by Automatic connection, or the web site's Install client access licenses) and
// recovery (Manage CALs) issue together never counts more than was bought. The refusals name the trouble
// (unknown credential, wrong License Program, a retail code used on another server), and a refusal of one
// credential issues nothing for the others. Then the console installs what came back (install-key-pack.ts).
import { describe, expect, it } from "vitest";
import type { Database, OpenedDatabase } from "@/lib/prisma-client";
import { installKeyPackIds, installLicensesAdvance } from "@/lib/console/install-key-pack";
import { completeDraft, createDraft, createPurchase } from "@/prisma/clearinghouse-factories";
import { createServerWithPacks, openInstallLicensesRun } from "@/prisma/console-factories";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { TEST_DATABASES } from "@/prisma/test-databases";
import { databaseForSuite } from "@/prisma/test-database-suite";
import { issueInstallation } from "./installation";
import { installationRequestSchema, type InstallationRequestBody } from "./installation-schema";
import { submitDraft } from "./submit";

const PURCHASED = 500;
type Purchase = Awaited<ReturnType<typeof createPurchase>>;

function request(body: InstallationRequestBody) {
  const parsed = installationRequestSchema.safeParse(body);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}

const automatic = (db: Database, { entitlement, credential }: Purchase, licenseServerId: string, quantity: number) =>
  issueInstallation(db, request({ licenseServerId, licenseProgram: entitlement.licenseProgram, credentials: [{ agreementNumber: credential.agreementNumber }], calType: entitlement.calType, quantity }));

async function onWebSite({ db, sql }: OpenedDatabase, { entitlement, credential }: Purchase, targetLicenseServerId: string, quantity: number, option: "MANAGE_CALS" | "INSTALL_CALS") {
  const answers = completeDraft({ targetLicenseServerId, licenseProgram: entitlement.licenseProgram, calType: entitlement.calType, quantity, agreementNumber: credential.agreementNumber });
  const draft = await createDraft(db, { ...answers, ...(option === "INSTALL_CALS" ? { reasonForRecovery: null } : {}), option });
  expect(await submitDraft(sql, draft.id)).toMatchObject({ kind: "submitted" });
  return db.recoveryRequest.findUniqueOrThrow({ where: { draftId: draft.id }, select: { status: true, option: true, reasonForRecovery: true, reviewReason: true } });
}

const counted = async (db: Database, entitlementId: string) =>
  (await db.issuedKeyPack.findMany({ where: { entitlementId, supersededAt: null }, select: { countedQuantity: true } })).reduce((s, p) => s + p.countedQuantity, 0);

describe.each(TEST_DATABASES)("installing client access licenses on $label", ({ open }) => {
  const database = databaseForSuite(open);

  it("installation first, then recovery for another server: together within the purchase", async () => {
    const { opened } = database;
    const bought = await createPurchase(opened.db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: PURCHASED });
    const [a, b] = [await createServerWithPacks(opened.db, { packs: [] }), await createServerWithPacks(opened.db, { packs: [] })];
    expect(await automatic(opened.db, bought, a.licenseServerId, 300)).toMatchObject({ kind: "issued", licenseKeyPackIds: [expect.any(String)] });
    expect((await onWebSite(opened, bought, b.licenseServerId, 201, "MANAGE_CALS")).status).toBe("AWAITING_REVIEW");
    expect((await onWebSite(opened, bought, b.licenseServerId, 200, "MANAGE_CALS")).status).toBe("ISSUED");
    expect(await counted(opened.db, bought.entitlement.id)).toBe(PURCHASED);
  });

  it("recovery first, then installation for another server: the installation is refused beyond the purchase", async () => {
    const { opened } = database;
    const bought = await createPurchase(opened.db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: PURCHASED });
    const [a, b] = [await createServerWithPacks(opened.db, { packs: [] }), await createServerWithPacks(opened.db, { packs: [] })];
    expect((await onWebSite(opened, bought, b.licenseServerId, 300, "MANAGE_CALS")).status).toBe("ISSUED");
    const refused = await automatic(opened.db, bought, a.licenseServerId, 201);
    expect(refused).toMatchObject({ kind: "refused", fieldErrors: { "credentials.0": [expect.stringContaining("more than the purchase still covers: 200 of its 500")] } });
    // The web site's Install client access licenses follows the same rules (and the review path).
    expect(await onWebSite(opened, bought, a.licenseServerId, 201, "INSTALL_CALS")).toMatchObject({ status: "AWAITING_REVIEW", option: "INSTALL_CALS", reasonForRecovery: null });
    expect(await onWebSite(opened, bought, a.licenseServerId, 200, "INSTALL_CALS")).toMatchObject({ status: "ISSUED", option: "INSTALL_CALS" });
    expect(await counted(opened.db, bought.entitlement.id)).toBe(PURCHASED);
  });

  it("names an unknown credential, a wrong License Program and a retail code used on another server", async () => {
    const { opened } = database;
    const [a, b] = [await createServerWithPacks(opened.db, { packs: [] }), await createServerWithPacks(opened.db, { packs: [] })];
    const unknown = await issueInstallation(opened.db, request({ licenseServerId: a.licenseServerId, licenseProgram: "SELECT_LICENSE", credentials: [{ agreementNumber: "9999998" }], calType: "WS2022_PER_USER", quantity: 5 }));
    expect(unknown).toMatchObject({ kind: "refused", fieldErrors: { "credentials.0": ["The enrollment number given does not match a purchase the Clearinghouse knows for Select License."] } });

    const select = await createPurchase(opened.db, { licenseProgram: "SELECT_LICENSE", calType: "WS2019_PER_USER", quantity: 10 });
    const wrong = await issueInstallation(opened.db, request({ licenseServerId: a.licenseServerId, licenseProgram: "CAMPUS_AGREEMENT", credentials: [{ agreementNumber: select.credential.agreementNumber }], calType: "WS2019_PER_USER", quantity: 5 }));
    expect(wrong).toMatchObject({ kind: "refused", fieldErrors: { "credentials.0": [expect.stringContaining("is a purchase of Select License, not of Campus Agreement")] } });

    const retail = await createPurchase(opened.db, { licenseProgram: "LICENSE_PACK", calType: "WS2022_PER_DEVICE", quantity: 20 });
    const body = (server: string) => request({ licenseServerId: server, licenseProgram: "LICENSE_PACK", credentials: [{ licenseCode: retail.credential.licenseCode }], calType: "WS2022_PER_DEVICE", quantity: 20 });
    expect(await issueInstallation(opened.db, body(a.licenseServerId))).toMatchObject({ kind: "issued" });
    expect(await issueInstallation(opened.db, body(b.licenseServerId))).toMatchObject({
      kind: "refused",
      fieldErrors: { "credentials.0": [expect.stringContaining("already used to install RDS CALs on another license server")] },
    });
  });

  it("issues nothing when one of several License Codes is refused, and all of them when each is good", async () => {
    const { opened } = database;
    const server = await createServerWithPacks(opened.db, { packs: [] });
    const [one, two] = [await createPurchase(opened.db, { licenseProgram: "LICENSE_PACK", calType: "WS2022_PER_USER", quantity: 10 }), await createPurchase(opened.db, { licenseProgram: "LICENSE_PACK", calType: "WS2022_PER_USER", quantity: 10 })];
    const codes = [{ licenseCode: one.credential.licenseCode }, { licenseCode: "ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZ9" }];
    const refused = await issueInstallation(opened.db, request({ licenseServerId: server.licenseServerId, licenseProgram: "LICENSE_PACK", credentials: codes, calType: "WS2022_PER_USER", quantity: 10 }));
    expect(refused).toMatchObject({ kind: "refused", fieldErrors: { "credentials.1": [expect.any(String)] } });
    expect(await counted(opened.db, one.entitlement.id)).toBe(0);

    const issued = await issueInstallation(opened.db, request({ licenseServerId: server.licenseServerId, licenseProgram: "LICENSE_PACK", credentials: [codes[0]!, { licenseCode: two.credential.licenseCode }], calType: "WS2022_PER_USER", quantity: 10 }));
    if (issued.kind !== "issued") throw new Error("not issued");
    expect(issued.licenseKeyPackIds).toHaveLength(2);

    // The console installs both with the run's completion, once: a second post is a replay.
    const run = await openInstallLicensesRun(opened.db, server, "INSTALL_PRODUCT_VERSION", { connectionMethod: "AUTOMATIC", licenseProgram: "LICENSE_PACK" });
    expect(await installKeyPackIds(opened.db, server, run.id, issued.licenseKeyPackIds, installLicensesAdvance("INSTALL_PRODUCT_VERSION"))).toMatchObject({ kind: "installed", keypackIds: [expect.any(Number), expect.any(Number)] });
    expect(await installKeyPackIds(opened.db, server, run.id, issued.licenseKeyPackIds, installLicensesAdvance("INSTALL_PRODUCT_VERSION"))).toMatchObject({ kind: "already-installed", byThisRun: true });
    expect(await opened.db.wizardRun.findUniqueOrThrow({ where: { id: run.id }, select: { status: true, step: true, activeServerId: true } })).toEqual({ status: "FINISHED", step: "INSTALL_COMPLETED", activeServerId: null });
    expect(await opened.db.installedKeyPack.count({ where: { serverId: server.id } })).toBe(2);
  });

  it("refuses a duplicate credential in one request by its schema", () => {
    const parsed = installationRequestSchema.safeParse({ licenseServerId: generateLicenseServerId(), licenseProgram: "LICENSE_PACK", credentials: [{ licenseCode: "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE" }, { licenseCode: "aaaaabbbbbcccccdddddeeeee" }], calType: "WS2022_PER_USER", quantity: 1 });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["credentials.1"]);
  });
});
