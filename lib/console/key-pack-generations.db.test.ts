// Issue 13 point 2 (docs/decisions/018-key-pack-generations.md): two web-site issues for one server and purchase both install only
// one at a time, in either order, so the CALs installed never exceed what the purchase covers.
import { describe, expect, it } from "vitest";
import { getKeyPackSecrets } from "@/lib/key-pack-secret";
import { decodeKeyPackId } from "@/lib/licensing/key-pack-id";
import type { Database, OpenedDatabase } from "@/lib/prisma-client";
import { submitDraft } from "@/lib/clearinghouse/submit";
import { completeDraft, createDraft, createPurchase } from "@/prisma/clearinghouse-factories";
import { createServerWithPacks, openRebuildRun } from "@/prisma/console-factories";
import { TEST_DATABASES } from "@/prisma/test-databases";
import { databaseForSuite } from "@/prisma/test-database-suite";
import { insertInstalledKeyPacks, moveAfterDeletion, type InstallOutcome } from "./manage-cals/mutations";
import { MANAGE_CALS_ADVANCE } from "./install-key-pack";

const PURCHASED = 500;
type Purchase = Awaited<ReturnType<typeof createPurchase>>;

/** Submits a Manage CALs request on the web site; the license key pack ID it issued at once. */
async function issueOnWebSite({ db, sql }: OpenedDatabase, { entitlement, credential }: Purchase, targetLicenseServerId: string, quantity: number) {
  const answers = completeDraft({ targetLicenseServerId, licenseProgram: entitlement.licenseProgram, calType: entitlement.calType, quantity, agreementNumber: credential.agreementNumber });
  const draft = await createDraft(db, answers);
  expect(await submitDraft(sql, draft.id)).toMatchObject({ kind: "submitted" });
  const request = await db.recoveryRequest.findUniqueOrThrow({ where: { draftId: draft.id }, select: { status: true, issuedKeyPack: { select: { licenseKeyPackId: true } } } });
  return { status: request.status, licenseKeyPackId: request.issuedKeyPack?.licenseKeyPackId ?? null };
}

/** What Obtain Client License Key Pack does with an ID (manage-cals/actions.ts installKeyPack), then Next to the same page again. */
async function install(db: Database, server: { id: string; licenseServerId: string }, runId: string, licenseKeyPackId: string): Promise<InstallOutcome> {
  const decoded = decodeKeyPackId(licenseKeyPackId, server.licenseServerId, (await getKeyPackSecrets(db)).accepted);
  if (decoded.status !== "valid") throw new Error(`not valid: ${decoded.status}`);
  const outcome = await insertInstalledKeyPacks(db, server.id, runId, [{ licenseKeyPackId: decoded.value, payload: decoded.payload }], MANAGE_CALS_ADVANCE);
  await moveAfterDeletion(db, runId, ["REINSTALL_ADDITIONAL"], "OBTAIN_KEY_PACK", { continueChoice: "continue" });
  return outcome;
}

const installedOf = async (db: Database, serverId: string) =>
  (await db.installedKeyPack.findMany({ where: { serverId }, select: { totalLicenses: true } })).reduce((sum, p) => sum + p.totalLicenses, 0);

describe.each(TEST_DATABASES)("installing two license key pack IDs of one purchase for one server on $label", ({ open }) => {
  const database = databaseForSuite(open);

  describe.each([
    ["the first, then the second", [0, 1], ["installed", "installed"]],
    ["the second, then the first", [1, 0], ["installed", "refused-id"]],
  ] as const)("%s", (_, order, outcomes) => {
    it("leaves at most what the purchase covers installed, and refuses the earlier one after the later one", async () => {
      const { opened } = database;
      const bought = await createPurchase(opened.db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: PURCHASED });
      const server = await createServerWithPacks(opened.db, { packs: [] });
      const issued = [await issueOnWebSite(opened, bought, server.licenseServerId, 200), await issueOnWebSite(opened, bought, server.licenseServerId, 200)];
      expect(issued.map((i) => i.status)).toEqual(["ISSUED", "ISSUED"]);

      const run = await openRebuildRun(opened.db, server, "OBTAIN_KEY_PACK", { deleted: true });
      const results = [];
      for (const i of order) results.push(await install(opened.db, server, run.id, issued[i]!.licenseKeyPackId!));
      expect(results.map((r) => r.kind)).toEqual(outcomes);
      if (order[0] === 0) expect(results[1]).toMatchObject({ kind: "installed", retired: [expect.any(Number)] });

      const installed = await installedOf(opened.db, server.id);
      expect(installed).toBe(200);
      expect(installed).toBeLessThanOrEqual(PURCHASED);
      // The memory survives the next rebuild's deletion: the earlier ID is still refused.
      const next = await openNextRun(opened.db, server.id, run.id);
      expect((await install(opened.db, server, next, issued[0]!.licenseKeyPackId!)).kind).toBe("refused-id");
      expect((await install(opened.db, server, next, issued[1]!.licenseKeyPackId!)).kind).toBe("installed");
    });
  });

  it("a smaller later pack keeps counting the larger one, so another server cannot take those CALs at once", async () => {
    const { opened } = database;
    const bought = await createPurchase(opened.db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: PURCHASED });
    const [a, b] = [await createServerWithPacks(opened.db, { packs: [] }), await createServerWithPacks(opened.db, { packs: [] })];
    const large = await issueOnWebSite(opened, bought, a.licenseServerId, 300);
    const small = await issueOnWebSite(opened, bought, a.licenseServerId, 10);
    expect([large.status, small.status]).toEqual(["ISSUED", "ISSUED"]);
    // The console of A may never install the small one and keep 300: B gets at most 200 at once.
    expect((await issueOnWebSite(opened, bought, b.licenseServerId, 201)).status).toBe("AWAITING_REVIEW");
    const forB = await issueOnWebSite(opened, bought, b.licenseServerId, 200);
    expect(forB.status).toBe("ISSUED");

    const runA = await openRebuildRun(opened.db, a, "OBTAIN_KEY_PACK", { deleted: true });
    await install(opened.db, a, runA.id, large.licenseKeyPackId!);
    const runB = await openRebuildRun(opened.db, b, "OBTAIN_KEY_PACK", { deleted: true });
    await install(opened.db, b, runB.id, forB.licenseKeyPackId!);
    expect((await installedOf(opened.db, a.id)) + (await installedOf(opened.db, b.id))).toBeLessThanOrEqual(PURCHASED);
  });
});

/** Closes the run and opens another past its deletion, as the next rebuild would be. */
async function openNextRun(db: Database, serverId: string, runId: string): Promise<string> {
  await db.wizardRun.update({ where: { id: runId }, data: { status: "FINISHED", step: "COMPLETED", activeServerId: null, finishedAt: new Date() } });
  return (await openRebuildRun(db, { id: serverId }, "OBTAIN_KEY_PACK", { deleted: true })).id;
}
