// Convert RDS CALs (docs/decisions/032's worked example): the count never exceeds the pack's available RDS
// CALs (the console's limit) nor what the Clearinghouse's pack has left to convert (its limit); the install of
// the converted pack lowers the source pack by the count in the same transaction, once; an ID that is not the
// conversion asked for changes nothing.
import { describe, expect, it } from "vitest";
import { getKeyPackSecrets } from "@/lib/key-pack-secret";
import { decodeKeyPackId } from "@/lib/licensing/key-pack-id";
import type { Database } from "@/lib/prisma-client";
import { CONVERSION_MESSAGES, issueConversion } from "@/lib/clearinghouse/convert-key-pack";
import { createServerWithPacks, issueKeyPackFor, openConversionRun, openRebuildRun } from "@/prisma/console-factories";
import { TEST_DATABASES } from "@/prisma/test-databases";
import { databaseForSuite } from "@/prisma/test-database-suite";
import { EVENT_IDS } from "../events";
import { CONVERT_MESSAGES } from "../convert-labels";
import { installKeyPackIds, MANAGE_CALS_ADVANCE } from "../install-key-pack";
import { KEY_PACK_MESSAGES } from "../key-pack-messages";
import type { VisibleServer } from "@/lib/practice/visibility";
import { findConvertiblePack, installConvertedKeyPack } from "./convert-mutations";

type Server = { id: string; licenseServerId: string };

async function decode(db: Database, server: Server, licenseKeyPackId: string) {
  const decoded = decodeKeyPackId(licenseKeyPackId, server.licenseServerId, (await getKeyPackSecrets(db)).accepted);
  if (decoded.status !== "valid") throw new Error(`not valid: ${decoded.status}`);
  return decoded;
}

const packsOf = (db: Database, serverId: string) =>
  db.installedKeyPack.findMany({ where: { serverId }, orderBy: { keypackId: "asc" }, select: { keypackId: true, calType: true, totalLicenses: true, licenseKeyPackId: true } });

describe.each(TEST_DATABASES)("converting RDS CALs on $label", ({ open }) => {
  const database = databaseForSuite(open);

  /** A server with 50 Per User CALs (5 issued: 45 available) and 25 Per Device CALs. */
  async function setUp() {
    const { db } = database.opened;
    const server = await createServerWithPacks(db);
    const [userPack] = await packsOf(db, server.id);
    return { db, server, userPack: userPack! };
  }

  async function convert(db: Database, server: Server, keypackId: number, count: number, licenseKeyPackId: string) {
    const run = await openConversionRun(db, server, { keypackId, count });
    const decoded = await decode(db, server, licenseKeyPackId);
    return { run, outcome: await installConvertedKeyPack(db, server, run.id, { keypackId, count }, decoded.value, decoded.payload) };
  }

  it("installs the converted pack and lowers the source by the count in one transaction, once", async () => {
    const { db, server, userPack } = await setUp();
    const issued = await issueConversion(db, { licenseServerId: server.licenseServerId, sourceLicenseKeyPackId: userPack.licenseKeyPackId, count: 20 }, "test");
    expect(issued).toMatchObject({ kind: "issued", calType: "WS2022_PER_DEVICE", quantity: 20 });
    if (issued.kind !== "issued") return;
    const { run, outcome } = await convert(db, server, userPack.keypackId, 20, issued.licenseKeyPackId);
    expect(outcome.kind).toBe("converted");
    const packs = await packsOf(db, server.id);
    expect(packs.find((p) => p.keypackId === userPack.keypackId)?.totalLicenses).toBe(30);
    expect(packs.find((p) => p.licenseKeyPackId === issued.licenseKeyPackId)).toMatchObject({ calType: "WS2022_PER_DEVICE", totalLicenses: 20 });
    expect(await findConvertiblePack(db, { id: server.id, name: server.name } as VisibleServer, userPack.keypackId)).toMatchObject({ totalLicenses: 30, available: 25 });
    expect(await db.wizardRun.findUniqueOrThrow({ where: { id: run.id } })).toMatchObject({ status: "FINISHED", step: "CONVERT_COMPLETED", activeServerId: null });
    expect(await db.serverEvent.count({ where: { serverId: server.id, eventId: EVENT_IDS.CALS_CONVERTED } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "installed-pack.converted", entityType: "InstalledKeyPack" } })).toBeGreaterThan(0);
    // The Clearinghouse's record of the new pack points at its source (the lineage).
    const source = await db.issuedKeyPack.findUniqueOrThrow({ where: { licenseKeyPackId: userPack.licenseKeyPackId } });
    expect((await db.issuedKeyPack.findUniqueOrThrow({ where: { licenseKeyPackId: issued.licenseKeyPackId } })).convertedFromId).toBe(source.id);
    // A second Next (a double click, another tab) finds the run closed: nothing more is lowered or installed.
    const decoded = await decode(db, server, issued.licenseKeyPackId);
    expect((await installConvertedKeyPack(db, server, run.id, { keypackId: userPack.keypackId, count: 20 }, decoded.value, decoded.payload)).kind).toBe("replay");
    expect((await packsOf(db, server.id)).reduce((sum, p) => sum + p.totalLicenses, 0)).toBe(75);
  });

  it("refuses a count above the pack's available RDS CALs, and writes nothing", async () => {
    const { db, server, userPack } = await setUp();
    const issued = await issueConversion(db, { licenseServerId: server.licenseServerId, sourceLicenseKeyPackId: userPack.licenseKeyPackId, count: 46 }, "test");
    if (issued.kind !== "issued") throw new Error("the Clearinghouse counts the pack's 50, not what the console issued");
    const { run, outcome } = await convert(db, server, userPack.keypackId, 46, issued.licenseKeyPackId);
    expect(outcome).toEqual({ kind: "refused", field: "count", message: CONVERT_MESSAGES.tooMany(45) });
    expect((await packsOf(db, server.id)).map((p) => p.totalLicenses)).toEqual([50, 25]);
    expect(await db.wizardRun.findUniqueOrThrow({ where: { id: run.id } })).toMatchObject({ status: "IN_PROGRESS", step: "CONVERT_OBTAIN_KEY_PACK" });
    expect(await db.serverEvent.count({ where: { serverId: server.id, eventId: EVENT_IDS.CALS_CONVERTED } })).toBe(0);
  });

  it("converting all of a pack's RDS CALs removes it", async () => {
    const { db, server } = await setUp();
    const [, devicePack] = await packsOf(db, server.id);
    // 25 Per Device CALs, 3 issued: a pack with none issued is needed to convert all of it.
    await db.issuedCal.deleteMany({ where: { serverId: server.id, installedKeyPack: { keypackId: devicePack!.keypackId } } });
    const issued = await issueConversion(db, { licenseServerId: server.licenseServerId, sourceLicenseKeyPackId: devicePack!.licenseKeyPackId, count: 25 }, "test");
    if (issued.kind !== "issued") throw new Error("refused");
    expect(issued.calType).toBe("WS2019_PER_USER");
    expect((await convert(db, server, devicePack!.keypackId, 25, issued.licenseKeyPackId)).outcome.kind).toBe("converted");
    expect((await packsOf(db, server.id)).map((p) => p.calType).sort()).toEqual(["WS2019_PER_USER", "WS2022_PER_USER"]);
  });

  it("refuses an ID that is not the conversion asked for (another type or count), and lowers nothing", async () => {
    const { db, server, userPack } = await setUp();
    const run = await openConversionRun(db, server, { keypackId: userPack.keypackId, count: 10 });
    const install = async (count: number, licenseKeyPackId: string) => {
      const decoded = await decode(db, server, licenseKeyPackId);
      return installConvertedKeyPack(db, server, run.id, { keypackId: userPack.keypackId, count }, decoded.value, decoded.payload);
    };
    const sameType = await issueKeyPackFor(db, server, { calType: "WS2022_PER_USER", licenseProgram: "LICENSE_PACK", quantity: 10 });
    expect(await install(10, sameType)).toMatchObject({ kind: "refused", field: "licenseKeyPackId" });
    const issued = await issueConversion(db, { licenseServerId: server.licenseServerId, sourceLicenseKeyPackId: userPack.licenseKeyPackId, count: 5 }, "test");
    if (issued.kind !== "issued") throw new Error("refused");
    expect(await install(6, issued.licenseKeyPackId)).toMatchObject({ kind: "refused", field: "licenseKeyPackId" });
    expect((await packsOf(db, server.id)).map((p) => p.totalLicenses)).toEqual([50, 25]);
  });

  it("refuses the ID of another pack's conversion of the same type and count, and lowers nothing", async () => {
    const { db, server, userPack } = await setUp();
    const otherSource = await issueKeyPackFor(db, server, { calType: "WS2022_PER_USER", licenseProgram: "LICENSE_PACK", quantity: 10 });
    const elsewhere = await issueConversion(db, { licenseServerId: server.licenseServerId, sourceLicenseKeyPackId: otherSource, count: 10 }, "test");
    if (elsewhere.kind !== "issued") throw new Error("refused");
    const { outcome } = await convert(db, server, userPack.keypackId, 10, elsewhere.licenseKeyPackId);
    expect(outcome).toMatchObject({ kind: "refused", field: "licenseKeyPackId" });
    expect((await packsOf(db, server.id)).map((p) => p.totalLicenses)).toEqual([50, 25]);
  });

  it("installing a converted pack's source ID again (a rebuild) gives only what was not converted, and nothing once all was", async () => {
    const { db, server, userPack } = await setUp();
    const issued = await issueConversion(db, { licenseServerId: server.licenseServerId, sourceLicenseKeyPackId: userPack.licenseKeyPackId, count: 20 }, "test");
    if (issued.kind !== "issued") throw new Error("refused");
    expect((await convert(db, server, userPack.keypackId, 20, issued.licenseKeyPackId)).outcome.kind).toBe("converted");
    // The rebuild deletes the packs; the retained IDs typed again.
    const run = await openRebuildRun(db, server, "REINSTALLING", { deleted: true });
    expect(await installKeyPackIds(db, server, run.id, [userPack.licenseKeyPackId, issued.licenseKeyPackId], MANAGE_CALS_ADVANCE)).toMatchObject({ kind: "installed" });
    expect((await packsOf(db, server.id)).map((p) => [p.calType, p.totalLicenses])).toEqual([
      ["WS2022_PER_USER", 30],
      ["WS2022_PER_DEVICE", 20],
    ]);
    // The other 30 converted too: the source's ID installs nothing, and says why.
    expect((await issueConversion(db, { licenseServerId: server.licenseServerId, sourceLicenseKeyPackId: userPack.licenseKeyPackId, count: 30 }, "test")).kind).toBe("issued");
    await db.wizardRun.update({ where: { id: run.id }, data: { status: "FINISHED", activeServerId: null } });
    const again = await openRebuildRun(db, server, "REINSTALLING", { deleted: true });
    expect(await installKeyPackIds(db, server, again.id, [userPack.licenseKeyPackId], MANAGE_CALS_ADVANCE)).toEqual({ kind: "refused", message: KEY_PACK_MESSAGES.allConverted, index: 0 });
    expect(await packsOf(db, server.id)).toEqual([]);
  });

  it("the Clearinghouse converts no more of a pack than its quantity, and only a pack it issued for that server", async () => {
    const { db, server, userPack } = await setUp();
    const ask = (count: number, licenseServerId = server.licenseServerId) => issueConversion(db, { licenseServerId, sourceLicenseKeyPackId: userPack.licenseKeyPackId, count }, "test");
    const first = await ask(30);
    expect(first.kind).toBe("issued");
    // The same request again at once (a double click) gets the same pack, counted once.
    expect(await ask(30)).toEqual(first);
    expect(await ask(21)).toEqual({ kind: "refused", field: "count", message: CONVERSION_MESSAGES.tooMany(20) });
    expect((await ask(20)).kind).toBe("issued");
    expect(await ask(1)).toEqual({ kind: "refused", field: "count", message: CONVERSION_MESSAGES.tooMany(0) });
    const other = await createServerWithPacks(db, { packs: [] });
    expect(await ask(1, other.licenseServerId)).toEqual({ kind: "refused", field: "sourceLicenseKeyPackId", message: CONVERSION_MESSAGES.unknownPack });
  });
});
