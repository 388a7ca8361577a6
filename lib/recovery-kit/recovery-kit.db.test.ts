// The recovery kit end to end on the database (docs/decisions/035-recovery-kit.md): the console makes a signed
// kit of its installed packs, the Web site re-issues them through the typed path's submit (same rules) and
// answers with a signed response, the console installs it in one step. And the attacks: an edited kit or
// response, a kit or response of server A used for server B, a replay, a purchase that no longer covers it.
import { generateKeyPairSync } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenedDatabase } from "@/lib/prisma-client";
import { getKeyPackSecrets } from "@/lib/key-pack-secret";
import { makeRecoveryKit } from "@/lib/console/recovery-kit/make-kit";
import { installResponse, RESPONSE_MESSAGES } from "@/lib/console/recovery-kit/install-response";
import { MANAGE_CALS_ADVANCE } from "@/lib/console/install-key-pack";
import { deleteInstalledCals, moveAfterDeletion } from "@/lib/console/manage-cals/mutations";
import { CONVERTED_REFERENCE, redeemKit, REDEEM_MESSAGES } from "@/lib/clearinghouse/recovery-kit/redeem";
import { issueConversion } from "@/lib/clearinghouse/convert-key-pack";
import { installConvertedKeyPack } from "@/lib/console/manage-cals/convert-mutations";
import { decodeKeyPackId } from "@/lib/licensing/key-pack-id";
import { createPurchase } from "@/prisma/clearinghouse-factories";
import { createServerWithPacks, openConversionRun, openRebuildRun } from "@/prisma/console-factories";
import { issueAndInstall } from "@/prisma/factories";
import { TEST_DATABASES, type TestDatabase } from "@/prisma/test-databases";
import { documentText, parseKit, type RecoveryKit, type RecoveryResponse } from "./format";
import { CLEARINGHOUSE_KEY, privateKeyOf, publicKeyOf, signDocument, verifyDocument } from "./signing-keys";

function withoutSignature<T extends { signature: string }>(document: T): Omit<T, "signature"> {
  return Object.fromEntries(Object.entries(document).filter(([key]) => key !== "signature")) as Omit<T, "signature">;
}

describe.each(TEST_DATABASES)("the recovery kit on $label", ({ open }) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await open();
  });
  afterAll(() => database?.drop());

  /** A server with two packs of two purchases (each bought for 100, 60 installed here), and its kit. */
  async function serverWithKit() {
    const { db } = database.opened;
    const server = await createServerWithPacks(db, { packs: [] });
    const user = await createPurchase(db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: 100 });
    const device = await createPurchase(db, { licenseProgram: "SELECT_LICENSE", calType: "WS2019_PER_DEVICE", quantity: 100 });
    await issueAndInstall(db, server, user.entitlement, 60, 3);
    await issueAndInstall(db, server, device.entitlement, 60);
    const made = await makeRecoveryKit(db, server.id);
    if (!made?.ok) throw new Error(`no kit: ${JSON.stringify(made)}`);
    return { server, user, device, kit: made.kit };
  }

  /** The rebuild up to Obtain Client License Key Pack: the packs deleted, as the wizard does. */
  async function rebuildToObtain(server: { id: string }) {
    const { db } = database.opened;
    const run = await openRebuildRun(db, server, "CONFIRM_DELETION");
    await deleteInstalledCals(db, server.id, run.id);
    await moveAfterDeletion(db, run.id, ["REINSTALLING"], "OBTAIN_KEY_PACK");
    return run;
  }

  const installed = (opened: OpenedDatabase, serverId: string) =>
    opened.db.installedKeyPack.findMany({ where: { serverId }, orderBy: { keypackId: "asc" }, select: { licenseKeyPackId: true, totalLicenses: true, generation: true } });

  it("lists every installed pack with its License Server ID, signed by the server's key, with no secret in it", async () => {
    const { db } = database.opened;
    const { server, kit } = await serverWithKit();
    const text = documentText(kit);
    const parsed = parseKit(text);
    expect(parsed.ok).toBe(true);
    expect(kit.licenseServerId).toBe(server.licenseServerId);
    expect(kit.packs.map((p) => [p.licenseProgram, p.calType, p.quantity])).toEqual([
      ["ENTERPRISE_AGREEMENT", "WS2022_PER_USER", 60],
      ["SELECT_LICENSE", "WS2019_PER_DEVICE", 60],
    ]);
    expect(kit.packs.map((p) => p.licenseKeyPackId)).toEqual((await installed(database.opened, server.id)).map((p) => p.licenseKeyPackId));
    const key = await publicKeyOf(db, server.licenseServerId);
    expect(verifyDocument(kit, key!)).toBe(true);
    // No secret: neither the key pack secret nor the sealed private key is in the file.
    const secrets = await getKeyPackSecrets(db);
    const stored = await db.signingKey.findUniqueOrThrow({ where: { owner: server.licenseServerId } });
    for (const secret of [...secrets.accepted, stored.sealedKey]) expect(text).not.toContain(secret);
    // The private key is stored sealed, not as a plain PKCS8 key.
    expect(stored.sealedKey.startsWith("v1.")).toBe(true);
  });

  it("re-issues every pack at once, and the response installs them all in one step", async () => {
    const opened = database.opened;
    const { server, user, kit } = await serverWithKit();
    const run = await rebuildToObtain(server);
    const redeemed = await redeemKit(opened.db, opened.sql, documentText(kit));
    if (!redeemed.ok) throw new Error(redeemed.message);
    const { response } = redeemed;
    expect(response.notIssued).toEqual([]);
    expect(response.issued.map((p) => [p.licenseProgram, p.calType, p.quantity])).toEqual(kit.packs.map((p) => [p.licenseProgram, p.calType, p.quantity]));
    // Through the typed path: one request each, issued at once, audited, the old pack superseded (generation 2).
    const requests = await opened.db.recoveryRequest.findMany({ where: { reference: { in: response.issued.map((p) => p.reference) } }, select: { status: true, email: true, reasonForRecovery: true } });
    expect(requests.map((r) => r.status)).toEqual(["ISSUED", "ISSUED"]);
    expect(await opened.db.auditLog.count({ where: { action: "request.issued_at_once", entityId: { in: (await opened.db.recoveryRequest.findMany({ where: { reference: { in: response.issued.map((p) => p.reference) } } })).map((r) => r.id) } } })).toBe(2);
    expect(await opened.db.issuedKeyPack.count({ where: { entitlementId: user.entitlement.id, supersededAt: null } })).toBe(1);

    const outcome = await installResponse(opened.db, server, run.id, documentText(response), MANAGE_CALS_ADVANCE);
    expect(outcome).toMatchObject({ kind: "installed" });
    const packs = await installed(opened, server.id);
    expect(packs.map((p) => p.licenseKeyPackId)).toEqual(response.issued.map((p) => p.licenseKeyPackId));
    expect(packs.map((p) => p.generation)).toEqual([2, 2]);
    expect(await opened.db.wizardRun.findUniqueOrThrow({ where: { id: run.id }, select: { step: true } })).toEqual({ step: "REINSTALL_ADDITIONAL" });
  });

  it("after Convert RDS CALs: the source pack is re-issued for what is left, the converted pack answered with its own ID", async () => {
    const opened = database.opened;
    const { db } = opened;
    const { server, user } = await serverWithKit();
    const [userPack] = await db.installedKeyPack.findMany({ where: { serverId: server.id }, orderBy: { keypackId: "asc" }, select: { keypackId: true, licenseKeyPackId: true } });
    const conversion = await issueConversion(db, { licenseServerId: server.licenseServerId, sourceLicenseKeyPackId: userPack!.licenseKeyPackId, count: 20 }, "test");
    if (conversion.kind !== "issued") throw new Error("refused");
    const decoded = decodeKeyPackId(conversion.licenseKeyPackId, server.licenseServerId, (await getKeyPackSecrets(db)).accepted);
    if (decoded.status !== "valid") throw new Error(decoded.status);
    const convertRun = await openConversionRun(db, server, { keypackId: userPack!.keypackId, count: 20 });
    expect((await installConvertedKeyPack(db, server, convertRun.id, { keypackId: userPack!.keypackId, count: 20 }, decoded.value, decoded.payload)).kind).toBe("converted");
    const made = await makeRecoveryKit(db, server.id);
    if (!made?.ok) throw new Error("no kit");

    const run = await rebuildToObtain(server);
    const redeemed = await redeemKit(db, opened.sql, documentText(made.kit));
    if (!redeemed.ok) throw new Error(redeemed.message);
    expect(redeemed.response.notIssued).toEqual([]);
    expect(redeemed.response.issued.map((p) => [p.calType, p.quantity])).toEqual([
      ["WS2022_PER_USER", 40],
      ["WS2019_PER_DEVICE", 60],
      ["WS2022_PER_DEVICE", 20],
    ]);
    expect(redeemed.response.issued[2]).toMatchObject({ licenseKeyPackId: conversion.licenseKeyPackId, replaces: conversion.licenseKeyPackId, reference: CONVERTED_REFERENCE });
    expect(await installResponse(db, server, run.id, documentText(redeemed.response), MANAGE_CALS_ADVANCE)).toMatchObject({ kind: "installed" });
    expect((await installed(opened, server.id)).map((p) => p.totalLicenses)).toEqual([40, 60, 20]);
    // The purchase counts the 20 converted for good: 40 of its 100 for the new pack, 20 converted, 40 left.
    expect(await db.entitlement.findUniqueOrThrow({ where: { id: user.entitlement.id }, select: { convertedQuantity: true } })).toEqual({ convertedQuantity: 20 });
  });

  it("refuses an edited kit and issues nothing", async () => {
    const opened = database.opened;
    const { kit, user } = await serverWithKit();
    const before = await opened.db.issuedKeyPack.count({ where: { entitlementId: user.entitlement.id } });
    const edited: RecoveryKit = { ...kit, packs: kit.packs.map((p, i) => (i === 0 ? { ...p, quantity: 100 } : p)) };
    expect(await redeemKit(opened.db, opened.sql, documentText(edited))).toEqual({ ok: false, message: REDEEM_MESSAGES.badSignature });
    // Keys reordered and spaces changed are not an edit: the signature covers the canonical JSON.
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(kit).reverse()));
    expect((await redeemKit(opened.db, opened.sql, reordered)).ok).toBe(true);
    expect(await opened.db.issuedKeyPack.count({ where: { entitlementId: user.entitlement.id } })).toBe(before + 1);
  });

  it("refuses a kit signed with any other key, and one of a server the Clearinghouse has no key for", async () => {
    const opened = database.opened;
    const { kit } = await serverWithKit();
    const stranger = generateKeyPairSync("ed25519").privateKey;
    const unsigned = withoutSignature(kit);
    expect(await redeemKit(opened.db, opened.sql, documentText(signDocument(unsigned, stranger)))).toEqual({ ok: false, message: REDEEM_MESSAGES.badSignature });
    const unknown = signDocument({ ...unsigned, licenseServerId: "1".repeat(35) }, stranger);
    expect(await redeemKit(opened.db, opened.sql, documentText(unknown))).toEqual({ ok: false, message: REDEEM_MESSAGES.unknownServer });
  });

  it("a kit of server A does nothing for server B: its ID swapped in breaks the signature, and A's response installs nothing on B", async () => {
    const opened = database.opened;
    const a = await serverWithKit();
    const b = await serverWithKit();
    const bRun = await rebuildToObtain(b.server);
    const swapped: RecoveryKit = { ...a.kit, licenseServerId: b.server.licenseServerId };
    expect(await redeemKit(opened.db, opened.sql, documentText(swapped))).toEqual({ ok: false, message: REDEEM_MESSAGES.badSignature });
    // A's packs in B's kit, signed by B (a console that would sign anything): each is refused, none issued.
    const bKey = await privateKeyOf(opened.db, b.server.licenseServerId);
    const bUnsigned = withoutSignature(b.kit);
    const borrowed = signDocument({ ...bUnsigned, packs: a.kit.packs }, bKey);
    const borrowedResult = await redeemKit(opened.db, opened.sql, documentText(borrowed));
    expect(borrowedResult).toMatchObject({ ok: true, response: { issued: [], notIssued: [{ reason: REDEEM_MESSAGES.otherServer, reference: null }, { reason: REDEEM_MESSAGES.otherServer, reference: null }] } });

    const aResponse = await redeemKit(opened.db, opened.sql, documentText(a.kit));
    if (!aResponse.ok) throw new Error(aResponse.message);
    expect(await installResponse(opened.db, b.server, bRun.id, documentText(aResponse.response), MANAGE_CALS_ADVANCE)).toEqual({
      kind: "invalid",
      message: RESPONSE_MESSAGES.otherServer(a.server.licenseServerId),
    });
    // Its License Server ID edited to B's: the Clearinghouse's signature no longer matches.
    const edited: RecoveryResponse = { ...aResponse.response, licenseServerId: b.server.licenseServerId };
    expect(await installResponse(opened.db, b.server, bRun.id, documentText(edited), MANAGE_CALS_ADVANCE)).toEqual({ kind: "invalid", message: RESPONSE_MESSAGES.badSignature });
    expect(await installed(opened, b.server.id)).toEqual([]);
  });

  it("a replayed kit issues nothing twice, and a replayed response installs nothing twice", async () => {
    const opened = database.opened;
    const { server, user, device, kit } = await serverWithKit();
    const run = await rebuildToObtain(server);
    const first = await redeemKit(opened.db, opened.sql, documentText(kit));
    const again = await redeemKit(opened.db, opened.sql, documentText(kit));
    if (!first.ok || !again.ok) throw new Error("refused");
    expect(again.response.issued).toEqual(first.response.issued);
    for (const purchase of [user, device]) expect(await opened.db.issuedKeyPack.count({ where: { entitlementId: purchase.entitlement.id } })).toBe(2);

    const text = documentText(first.response);
    expect(await installResponse(opened.db, server, run.id, text, MANAGE_CALS_ADVANCE)).toMatchObject({ kind: "installed" });
    // The run went on to Reinstalling Additional RDS CALs; the person continues to Obtain again and uses the same file.
    await moveAfterDeletion(opened.db, run.id, ["REINSTALL_ADDITIONAL"], "OBTAIN_KEY_PACK");
    expect(await installResponse(opened.db, server, run.id, text, MANAGE_CALS_ADVANCE)).toEqual({ kind: "invalid", message: RESPONSE_MESSAGES.allInstalled });
    // Two posts of it at once: one installs, the other finds nothing to do.
    const runs = await Promise.all([0, 1].map(() => installResponse(opened.db, server, run.id, text, MANAGE_CALS_ADVANCE)));
    expect(runs.every((r) => r.kind !== "installed")).toBe(true);
    expect(await installed(opened, server.id)).toHaveLength(2);
  });

  it("two posts of one response at once install it once", async () => {
    const opened = database.opened;
    const { server, kit } = await serverWithKit();
    const run = await rebuildToObtain(server);
    const redeemed = await redeemKit(opened.db, opened.sql, documentText(kit));
    if (!redeemed.ok) throw new Error(redeemed.message);
    const text = documentText(redeemed.response);
    const outcomes = await Promise.all([0, 1].map(() => installResponse(opened.db, server, run.id, text, MANAGE_CALS_ADVANCE)));
    expect(outcomes.filter((o) => o.kind === "installed")).toHaveLength(1);
    expect(await installed(opened, server.id)).toHaveLength(2);
  });

  it("the purchase limits hold: a pack its purchase no longer covers is filed for the helpdesk with the reason", async () => {
    const opened = database.opened;
    const { server, user, device, kit } = await serverWithKit();
    // The helpdesk gave 50 of the user purchase's 100 to another server since: 60 for this one no longer fit.
    const other = await createServerWithPacks(opened.db, { packs: [] });
    await issueAndInstall(opened.db, other, user.entitlement, 50);
    const redeemed = await redeemKit(opened.db, opened.sql, documentText(kit));
    if (!redeemed.ok) throw new Error(redeemed.message);
    expect(redeemed.response.issued.map((p) => p.replaces)).toEqual([kit.packs[1]!.licenseKeyPackId]);
    expect(redeemed.response.notIssued).toHaveLength(1);
    const [filed] = redeemed.response.notIssued;
    expect(filed!.reason).toContain("more than the purchase still covers");
    const request = await opened.db.recoveryRequest.findUniqueOrThrow({ where: { reference: filed!.reference! }, select: { status: true, targetLicenseServerId: true } });
    expect(request).toEqual({ status: "AWAITING_REVIEW", targetLicenseServerId: server.licenseServerId });
    // No new pack of the user purchase: this server's 60 and the other's 50, as before.
    expect(await opened.db.issuedKeyPack.count({ where: { entitlementId: user.entitlement.id } })).toBe(2);
    expect(await opened.db.issuedKeyPack.count({ where: { entitlementId: device.entitlement.id } })).toBe(2);
  });

  it("refuses an edited response and one signed by another key", async () => {
    const opened = database.opened;
    const { server, kit } = await serverWithKit();
    const run = await rebuildToObtain(server);
    const redeemed = await redeemKit(opened.db, opened.sql, documentText(kit));
    if (!redeemed.ok) throw new Error(redeemed.message);
    const edited = { ...redeemed.response, issued: redeemed.response.issued.map((p) => ({ ...p, quantity: 9999 })) };
    expect(await installResponse(opened.db, server, run.id, documentText(edited), MANAGE_CALS_ADVANCE)).toEqual({ kind: "invalid", message: RESPONSE_MESSAGES.badSignature });
    const unsigned = withoutSignature(redeemed.response);
    const forged = signDocument(unsigned, generateKeyPairSync("ed25519").privateKey);
    expect(await installResponse(opened.db, server, run.id, documentText(forged), MANAGE_CALS_ADVANCE)).toEqual({ kind: "invalid", message: RESPONSE_MESSAGES.badSignature });
    expect(await publicKeyOf(opened.db, CLEARINGHOUSE_KEY)).not.toBeNull();
    expect(await installed(opened, server.id)).toEqual([]);
  });
});
