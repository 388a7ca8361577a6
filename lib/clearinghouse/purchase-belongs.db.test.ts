// Issue 26 ("A purchase counts only where it belongs"), points 1 and 2, each attack as it was reported:
// 1. a practice server's purchase (shown on its page) typed for a real license server: it must issue on no
//    path (the web site's Manage CALs and Install client access licenses, the installation route, the phone
//    desk, the helpdesk's approval even with a justification, the issuing function itself), and still issue
//    for its own practice server;
// 2. a purchase installed twice counts once: a seeded pack and a practice server's starting pack record
//    their lineage, so a later install of the same purchase replaces them (decisions 018 and 028).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Database, OpenedDatabase } from "@/lib/prisma-client";
import { getKeyPackSecrets } from "@/lib/key-pack-secret";
import { installKeyPackIds, installLicensesAdvance } from "@/lib/console/install-key-pack";
import { approveAndIssue } from "@/lib/helpdesk/decisions";
import { parseCall, takeCall } from "@/lib/helpdesk/phone-desk";
import { startPracticeServer } from "@/lib/practice/store";
import type { CalType, LicenseProgram } from "@/lib/licensing/catalog";
import { completeDraft, createDraft, createPurchase } from "@/prisma/clearinghouse-factories";
import { createServerWithPacks, openInstallLicensesRun } from "@/prisma/console-factories";
import { createStaffUser, issueAndInstall } from "@/prisma/factories";
import { TEST_DATABASES } from "@/prisma/test-databases";
import { databaseForSuite } from "@/prisma/test-database-suite";
import { PRACTICE_PURCHASE_ELSEWHERE } from "./entitlement-rules";
import { issueInstallation } from "./installation";
import { installationRequestSchema } from "./installation-schema";
import { issueKeyPackCtes, issueKeyPackInTransaction, ISSUED_PACK, prepareKeyPack, PurchaseNotForThisServer } from "./issue-key-pack";
import { submitDraft } from "./submit";

type Server = { id: string; licenseServerId: string };
type Bought = { id: string; licenseProgram: LicenseProgram; calType: CalType; credential: string; quantity: number; lineNumber: number };

/** A web site request (Manage CALs or Install client access licenses) for `target` under `purchase`'s enrollment number. */
async function onWebSite({ db, sql }: OpenedDatabase, purchase: Bought, target: string, quantity: number, option: "MANAGE_CALS" | "INSTALL_CALS") {
  const answers = completeDraft({ targetLicenseServerId: target, licenseProgram: purchase.licenseProgram, calType: purchase.calType, quantity, agreementNumber: purchase.credential });
  const draft = await createDraft(db, { ...answers, ...(option === "INSTALL_CALS" ? { reasonForRecovery: null } : {}), option });
  expect(await submitDraft(sql, draft.id)).toMatchObject({ kind: "submitted" });
  return db.recoveryRequest.findUniqueOrThrow({ where: { draftId: draft.id }, select: { id: true, status: true, reviewReason: true, issuedKeyPack: { select: { licenseKeyPackId: true } } } });
}

/** Install Licenses by Web Browser: the ID typed on Obtain Client License Key Pack, installed by the console's one install. */
async function installOnConsole(db: Database, server: Server, licenseKeyPackId: string) {
  const run = await openInstallLicensesRun(db, server, "INSTALL_OBTAIN_KEY_PACK", { connectionMethod: "WEB_BROWSER" });
  return installKeyPackIds(db, server, run.id, [licenseKeyPackId], installLicensesAdvance("INSTALL_OBTAIN_KEY_PACK"));
}

const issuedFor = (db: Database, entitlementId: string, targetLicenseServerId: string) => db.issuedKeyPack.count({ where: { entitlementId, targetLicenseServerId } });

/**
 * RDS CALs installed from a purchase on every license server together: the installed packs whose license key
 * pack ID the Clearinghouse issued from it (read from the issue, not from the lineage the pack records).
 */
async function installedFrom(db: Database, purchase: { id: string }) {
  const issued = await db.issuedKeyPack.findMany({ where: { entitlementId: purchase.id }, select: { licenseKeyPackId: true } });
  const packs = await db.installedKeyPack.findMany({ where: { licenseKeyPackId: { in: issued.map((p) => p.licenseKeyPackId) } }, select: { totalLicenses: true } });
  return { packs: packs.length, licenses: packs.reduce((sum, p) => sum + p.totalLicenses, 0) };
}

describe.each(TEST_DATABASES)("a purchase counts only where it belongs on $label", ({ open }) => {
  const database = databaseForSuite(open);

  /** A practice server started "not activated" (its page lists its purchases) and its Enterprise Agreement purchase. */
  async function practicePurchase(activated = false) {
    const { db } = database.opened;
    const started = await startPracticeServer(db, randomUUID(), 24, new Date(), { activated });
    const server = await db.licenseServer.findUniqueOrThrow({ where: { id: started.id }, select: { id: true, licenseServerId: true } });
    const purchase = await db.entitlement.findFirstOrThrow({ where: { practiceServerId: started.id, licenseProgram: "ENTERPRISE_AGREEMENT" } });
    return { server, purchase };
  }

  describe("1. a practice server's purchase issues only for that practice server", () => {
    it("the web site's Install client access licenses and Manage CALs file it for review, with the reason, and issue nothing", async () => {
      const { opened } = database;
      const { purchase } = await practicePurchase();
      const real = await createServerWithPacks(opened.db, { packs: [] });
      for (const option of ["INSTALL_CALS", "MANAGE_CALS"] as const) {
        const request = await onWebSite(opened, purchase, real.licenseServerId, purchase.quantity, option);
        expect(request).toMatchObject({ status: "AWAITING_REVIEW", reviewReason: PRACTICE_PURCHASE_ELSEWHERE, issuedKeyPack: null });
      }
      expect(await issuedFor(opened.db, purchase.id, real.licenseServerId)).toBe(0);
    });

    it("the installation route (POST /api/clearinghouse/installation) refuses it", async () => {
      const { db } = database.opened;
      const { purchase } = await practicePurchase();
      const real = await createServerWithPacks(db, { packs: [] });
      const body = installationRequestSchema.parse({ licenseServerId: real.licenseServerId, licenseProgram: purchase.licenseProgram, credentials: [{ agreementNumber: purchase.credential }], calType: purchase.calType, quantity: 10 });
      expect(await issueInstallation(db, body)).toMatchObject({ kind: "refused", fieldErrors: { "credentials.0": [PRACTICE_PURCHASE_ELSEWHERE] } });
      expect(await issuedFor(db, purchase.id, real.licenseServerId)).toBe(0);
    });

    it("the phone desk files the call for review", async () => {
      const { db, sql } = database.opened;
      const { purchase } = await practicePurchase();
      const real = await createServerWithPacks(db, { packs: [] });
      const staff = await createStaffUser(db, { password: "a long enough password 1", role: "AGENT" });
      const answers = completeDraft({ targetLicenseServerId: real.licenseServerId, licenseProgram: purchase.licenseProgram, calType: purchase.calType, quantity: 10, agreementNumber: purchase.credential });
      const call = parseCall({ callKind: "install", ...Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, v === null ? "" : String(v)])) });
      if (!call.ok) throw new Error(JSON.stringify(call.fieldErrors));
      expect(await takeCall(db, sql, { id: staff.id, email: staff.email }, randomUUID(), call.value)).toMatchObject({ kind: "review", reviewReason: PRACTICE_PURCHASE_ELSEWHERE });
      expect(await issuedFor(db, purchase.id, real.licenseServerId)).toBe(0);
    });

    it("the helpdesk cannot approve it, even with a justification: nothing is issued and the request still waits", async () => {
      const { opened } = database;
      const { purchase } = await practicePurchase();
      const real = await createServerWithPacks(opened.db, { packs: [] });
      const request = await onWebSite(opened, purchase, real.licenseServerId, 10, "INSTALL_CALS");
      const user = await createStaffUser(opened.db, { password: "a long enough password 1", role: "SUPERVISOR" });
      const outcome = await approveAndIssue(opened.db, request.id, "The customer says it is theirs.", { id: user.id, email: user.email, name: user.name, role: user.role });
      expect(outcome).toEqual({ ok: false, message: `${PRACTICE_PURCHASE_ELSEWHERE} Nothing was issued; reject the request.` });
      expect(await opened.db.recoveryRequest.findUniqueOrThrow({ where: { id: request.id }, select: { status: true, issuedKeyPackId: true } })).toEqual({ status: "AWAITING_REVIEW", issuedKeyPackId: null });
      expect(await issuedFor(opened.db, purchase.id, real.licenseServerId)).toBe(0);
    });

    it("the issuing function itself issues nothing for another server, whoever calls it and whatever they decided", async () => {
      const { db } = database.opened;
      const { purchase } = await practicePurchase();
      const real = await createServerWithPacks(db, { packs: [] });
      const input = { targetLicenseServerId: real.licenseServerId, calType: purchase.calType, licenseProgram: purchase.licenseProgram, quantity: 10, entitlementId: purchase.id };
      await expect(db.$transaction((tx) => issueKeyPackInTransaction(tx, input))).rejects.toBeInstanceOf(PurchaseNotForThisServer);
      // The web site's single statement, with the purchase's current version: it writes nothing either.
      const current = await db.entitlement.findUniqueOrThrow({ where: { id: purchase.id } });
      const pack = prepareKeyPack(input, await getKeyPackSecrets(db), { purchaseLine: current.lineNumber, generation: 1 });
      expect(await db.$queryRaw`WITH ${issueKeyPackCtes(pack, new Date(), current.version)} SELECT * FROM ${ISSUED_PACK}`).toEqual([]);
      expect((await db.entitlement.findUniqueOrThrow({ where: { id: purchase.id } })).version).toBe(current.version);
      expect(await issuedFor(db, purchase.id, real.licenseServerId)).toBe(0);
    });

    it("still issues at once for its own practice server", async () => {
      const { opened } = database;
      const { server, purchase } = await practicePurchase(true);
      const request = await onWebSite(opened, purchase, server.licenseServerId!, purchase.quantity, "INSTALL_CALS");
      expect(request).toMatchObject({ status: "ISSUED", reviewReason: null });
    });
  });

  describe("2. a purchase installed twice counts once", () => {
    /** A purchase with `installed` of it on a server, installed as the seed installs (prisma/seed/console.ts). */
    async function seeded(licenseProgram: LicenseProgram, calType: CalType, quantity: number, installed: number) {
      const { db } = database.opened;
      const server = await createServerWithPacks(db, { packs: [] });
      const { entitlement, credential } = await createPurchase(db, { licenseProgram, calType, quantity });
      await issueAndInstall(db, server, entitlement, installed, 3);
      const purchase = { ...entitlement, credential: credential.licenseCode ?? credential.agreementNumber ?? "" };
      return { server, purchase };
    }

    it("a retail code installed again by Install Licenses on its server leaves its 50 CALs installed, not 100", async () => {
      const { opened } = database;
      const { server, purchase } = await seeded("LICENSE_PACK", "WS2022_PER_USER", 50, 50);
      const draft = await createDraft(opened.db, { ...completeDraft({ targetLicenseServerId: server.licenseServerId, licenseProgram: "LICENSE_PACK", calType: purchase.calType, quantity: 50, licenseCode: purchase.credential }), reasonForRecovery: null, option: "INSTALL_CALS" });
      expect(await submitDraft(opened.sql, draft.id)).toMatchObject({ kind: "submitted" });
      const issued = await opened.db.recoveryRequest.findUniqueOrThrow({ where: { draftId: draft.id }, select: { status: true, issuedKeyPack: { select: { licenseKeyPackId: true } } } });
      expect(issued.status).toBe("ISSUED");
      expect(await installOnConsole(opened.db, server, issued.issuedKeyPack!.licenseKeyPackId)).toMatchObject({ kind: "installed" });
      expect(await installedFrom(opened.db, purchase)).toEqual({ packs: 1, licenses: 50 });
    });

    it("an Enterprise Agreement with 250 installed, installed again for 500, ends with 500 installed, not 750", async () => {
      const { opened } = database;
      const { server, purchase } = await seeded("ENTERPRISE_AGREEMENT", "WS2022_PER_USER", 500, 250);
      const request = await onWebSite(opened, purchase, server.licenseServerId, 500, "INSTALL_CALS");
      expect(request.status).toBe("ISSUED");
      expect(await installOnConsole(opened.db, server, request.issuedKeyPack!.licenseKeyPackId)).toMatchObject({ kind: "installed" });
      expect(await installedFrom(opened.db, purchase)).toEqual({ packs: 1, licenses: 500 });
    });

    it("a fresh practice server's purchase installed again leaves 100 of 100 installed, not 200", async () => {
      const { opened } = database;
      const { server, purchase } = await practicePurchase(true);
      const request = await onWebSite(opened, purchase, server.licenseServerId!, purchase.quantity, "INSTALL_CALS");
      expect(await installOnConsole(opened.db, { id: server.id, licenseServerId: server.licenseServerId! }, request.issuedKeyPack!.licenseKeyPackId)).toMatchObject({ kind: "installed" });
      expect(await installedFrom(opened.db, purchase)).toEqual({ packs: 1, licenses: 100 });
    });

    it("every pack the seed's and the practice server's ways install records the purchase line and generation its ID names", async () => {
      const { db } = database.opened;
      const { server } = await practicePurchase(true);
      const { server: other, purchase } = await seeded("SELECT_LICENSE", "WS2019_PER_DEVICE", 20, 20);
      const packs = await db.installedKeyPack.findMany({ where: { serverId: { in: [server.id, other.id] } }, select: { purchaseLine: true, generation: true } });
      expect(packs).toHaveLength(4);
      for (const pack of packs) expect(pack.purchaseLine > 0 && pack.generation === 1).toBe(true);
      expect(await db.keyPackGeneration.findUnique({ where: { serverId_purchaseLine: { serverId: other.id, purchaseLine: purchase.lineNumber } } })).toMatchObject({ highest: 1 });
    });
  });
});
