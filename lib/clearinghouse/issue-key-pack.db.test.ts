// What issuing does, checked once for each of its two callers (issue-key-pack.ts) on both databases: the
// helpdesk's and practice servers' issue inside a transaction, and the web site's instant issue inside its
// single submit statement must leave the same rows.
import { describe, expect, it } from "vitest";
import { getKeyPackSecrets } from "@/lib/key-pack-secret";
import { decodeKeyPackId } from "@/lib/licensing/key-pack-id";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import type { OpenedDatabase } from "@/lib/prisma-client";
import { completeDraft, createDraft, createPurchase } from "@/prisma/clearinghouse-factories";
import { TEST_DATABASES } from "@/prisma/test-databases";
import { databaseForSuite } from "@/prisma/test-database-suite";
import { issueKeyPackCtes, issueKeyPackInTransaction, ISSUED_PACK, prepareKeyPack } from "./issue-key-pack";
import { submitDraft } from "./submit";

type Purchase = Awaited<ReturnType<typeof createPurchase>>;
/** Issues 10 CALs of `purchase` for `server` at `now` by one of the two ways. */
type Issue = (database: OpenedDatabase, purchase: Purchase, server: string, now: Date) => Promise<void>;

const QUANTITY = 10;

const CALLERS: Record<string, Issue> = {
  "inside a transaction (helpdesk, practice servers)": async ({ db }, { entitlement }, server, now) => {
    const input = { targetLicenseServerId: server, calType: entitlement.calType, licenseProgram: entitlement.licenseProgram, quantity: QUANTITY, entitlementId: entitlement.id };
    await db.$transaction((tx) => issueKeyPackInTransaction(tx, input, now));
  },
  "the web site's instant issue (submitDraft)": async ({ db, sql }, { entitlement, credential }, server, now) => {
    const answers = completeDraft({ targetLicenseServerId: server, licenseProgram: entitlement.licenseProgram, calType: entitlement.calType, quantity: QUANTITY, agreementNumber: credential.agreementNumber });
    const draft = await createDraft(db, answers);
    expect(await submitDraft(sql, draft.id, now)).toMatchObject({ kind: "submitted", created: true });
    expect(await db.recoveryRequest.findUniqueOrThrow({ where: { draftId: draft.id }, select: { status: true } })).toEqual({ status: "ISSUED" });
  },
};

describe.each(TEST_DATABASES)("issuing a license key pack ID on $label", ({ open }) => {
  const database = databaseForSuite(open);

  const purchase = () => createPurchase(database.opened.db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: 100 });
  const packsOf = (entitlementId: string) => database.opened.db.issuedKeyPack.findMany({ where: { entitlementId }, orderBy: { issuedAt: "asc" } });

  describe.each(Object.entries(CALLERS))("%s", (_, issue) => {
    it("bumps the purchase's version, supersedes the server's previous pack from it, and inserts a signed pack", async () => {
      const bought = await purchase();
      const [server, otherServer] = [generateLicenseServerId(), generateLicenseServerId()];
      const at = [0, 1, 2].map((s) => new Date(Date.UTC(2026, 10, 28, 4, 0, s, 123)));
      await issue(database.opened, bought, otherServer, at[0]!);
      await issue(database.opened, bought, server, at[1]!);
      await issue(database.opened, bought, server, at[2]!);

      const entitlement = await database.opened.db.entitlement.findUniqueOrThrow({ where: { id: bought.entitlement.id } });
      expect(entitlement.version).toBe(3);
      const packs = await packsOf(bought.entitlement.id);
      expect(packs.map((p) => ({ target: p.targetLicenseServerId, issuedAt: p.issuedAt, supersededAt: p.supersededAt }))).toEqual([
        { target: otherServer, issuedAt: at[0], supersededAt: null },
        { target: server, issuedAt: at[1], supersededAt: at[2] },
        { target: server, issuedAt: at[2], supersededAt: null },
      ]);
      // Generations count per (purchase, server), and the ID signs the purchase line with its generation.
      expect(packs.map((p) => p.generation)).toEqual([1, 1, 2]);
      for (const pack of packs) {
        expect(pack).toMatchObject({ calType: "WS2022_PER_USER", licenseProgram: "ENTERPRISE_AGREEMENT", quantity: QUANTITY, countedQuantity: QUANTITY });
        expect(decodeKeyPackId(pack.licenseKeyPackId, pack.targetLicenseServerId, (await getKeyPackSecrets(database.opened.db)).accepted)).toEqual({
          status: "valid",
          value: pack.licenseKeyPackId,
          payload: { calType: "WS2022_PER_USER", licenseProgram: "ENTERPRISE_AGREEMENT", quantity: QUANTITY, purchaseLine: entitlement.lineNumber, generation: pack.generation, serial: pack.serial },
        });
      }
    });
  });

  it("issues nothing, supersedes nothing and bumps nothing when the purchase's version is not the one read", async () => {
    const bought = await purchase();
    const server = generateLicenseServerId();
    await CALLERS["inside a transaction (helpdesk, practice servers)"]!(database.opened, bought, server, new Date());
    const { db } = database.opened;
    const pack = prepareKeyPack(
      { targetLicenseServerId: server, calType: "WS2022_PER_USER", licenseProgram: "ENTERPRISE_AGREEMENT", quantity: 1, entitlementId: bought.entitlement.id },
      await getKeyPackSecrets(db),
      { purchaseLine: bought.entitlement.lineNumber, generation: 2 },
    );
    const rows = await db.$queryRaw<unknown[]>`WITH ${issueKeyPackCtes(pack, new Date(), 0)} SELECT * FROM ${ISSUED_PACK}`;
    expect(rows).toEqual([]);
    expect((await db.entitlement.findUniqueOrThrow({ where: { id: bought.entitlement.id } })).version).toBe(1);
    expect((await packsOf(bought.entitlement.id)).map((p) => p.supersededAt)).toEqual([null]);
  });

  it("a smaller pack for the same server still counts the larger one it supersedes: the console may keep that one", async () => {
    const bought = await purchase();
    const server = generateLicenseServerId();
    const { db } = database.opened;
    const input = { targetLicenseServerId: server, calType: "WS2022_PER_USER", licenseProgram: "ENTERPRISE_AGREEMENT", entitlementId: bought.entitlement.id } as const;
    await db.$transaction((tx) => issueKeyPackInTransaction(tx, { ...input, quantity: 60 }));
    const smaller = await db.$transaction((tx) => issueKeyPackInTransaction(tx, { ...input, quantity: 5 }));
    expect(smaller).toMatchObject({ quantity: 5, countedQuantity: 60, generation: 2, supersededAt: null });
    const larger = await db.$transaction((tx) => issueKeyPackInTransaction(tx, { ...input, quantity: 70 }));
    expect(larger).toMatchObject({ quantity: 70, countedQuantity: 70, generation: 3 });
  });

  it("issues a pack without a purchase (no version, nothing to supersede)", async () => {
    const input = { targetLicenseServerId: generateLicenseServerId(), calType: "WS2019_PER_DEVICE", licenseProgram: "OPEN_LICENSE", quantity: 5 } as const;
    const pack = await database.opened.db.$transaction((tx) => issueKeyPackInTransaction(tx, input));
    expect(pack).toMatchObject({ ...input, entitlementId: null, supersededAt: null, generation: null, countedQuantity: 5 });
    expect(typeof pack.serial).toBe("bigint");
  });
});
