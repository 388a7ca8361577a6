// Reset returns one practice server to its starting state; expiry removes one practice server with all its
// data on both sides. Each checks the database: exactly that server's rows changed, another trainee's practice
// server and a shared server did not.
import { expect, test } from "../fixtures";
import { createRequestRecord, createDraft } from "@/prisma/clearinghouse-factories";
import { createServerWithPacks, openRebuildRun } from "@/prisma/console-factories";
import { createPracticeServerFor, serverFootprint, usePracticeOwner } from "@/prisma/practice-factories";
import { signedIn } from "../helpdesk/support";

/** Progress on a practice server: a rebuild past the deletion, a web site request (issued) and a draft. */
async function practise(db: Parameters<typeof serverFootprint>[0], server: { id: string; licenseServerId: string }) {
  await openRebuildRun(db, server, "OBTAIN_KEY_PACK", { deleted: true });
  const request = await createRequestRecord(db, { targetLicenseServerId: server.licenseServerId, status: "AWAITING_REVIEW" });
  await db.auditLog.create({ data: { actorLabel: "Web site visitor", action: "request.filed_for_review", entityType: "RecoveryRequest", entityId: request.id } });
  await createDraft(db, { targetLicenseServerId: server.licenseServerId, reasonForRecovery: "The license server database was rebuilt" });
  return request;
}

test("Reset returns exactly that practice server to its starting state", async ({ page, context, db }) => {
  const mine = await createPracticeServerFor(db);
  const other = await createPracticeServerFor(db);
  const shared = await createServerWithPacks(db);
  const start = (await serverFootprint(db, mine.id))!;
  await practise(db, mine);
  await practise(db, other);
  const otherBefore = await serverFootprint(db, other.id);
  const sharedBefore = await serverFootprint(db, shared.id);
  expect((await serverFootprint(db, mine.id))!.keyPacks).toHaveLength(0);

  await usePracticeOwner(context, mine.owner);
  await page.goto(`/console?server=${mine.name}`);
  await test.step("Reset asks first, and Cancel there changes nothing", async () => {
    await page.getByRole("link", { name: "Reset practice server" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Reset practice server ${mine.name}?` })).toBeVisible();
    await page.getByRole("link", { name: "Cancel" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Your practice license server" })).toBeVisible();
    expect((await serverFootprint(db, mine.id))!.keyPacks).toHaveLength(0);
  });
  await page.getByRole("link", { name: "Reset practice server" }).click();
  await page.getByRole("button", { name: "Reset practice server" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${mine.name} was reset to its starting state.` })).toBeVisible();
  await expect(page.getByRole("table", { name: `Installed RDS CALs on ${mine.name}` })).toContainText("Enterprise Agreement");

  const after = (await serverFootprint(db, mine.id))!;
  expect(after.server.licenseServerId).toBe(start.server.licenseServerId);
  expect(after.server).toMatchObject({ activated: true, connectionMethod: "WEB_BROWSER", practiceOwner: mine.owner, practiceExpiresAt: start.server.practiceExpiresAt });
  expect(after.entitlements.map((e) => [e.id, e.credential, e.quantity])).toEqual(start.entitlements.map((e) => [e.id, e.credential, e.quantity]));
  expect(after.keyPacks.map((p) => [p.keypackId, p.calType, p.licenseProgram, p.totalLicenses])).toEqual(start.keyPacks.map((p) => [p.keypackId, p.calType, p.licenseProgram, p.totalLicenses]));
  expect(after.cals).toHaveLength(start.cals.length);
  expect(after.runs).toEqual([]);
  expect(after.events.map((e) => e.eventId)).toEqual([44]);
  expect(after.requests).toEqual([]);
  expect(after.drafts).toEqual([]);
  // The new starting packs are issued afresh (the old ones are gone) and each installed pack is one of them.
  expect(after.issued.map((i) => i.licenseKeyPackId).sort()).toEqual(after.keyPacks.map((p) => p.licenseKeyPackId).sort());
  expect(await db.auditLog.count({ where: { entityType: "RecoveryRequest", entityId: { in: (otherBefore?.requests ?? []).map((r) => r.id) } } })).toBe(1);

  expect(await serverFootprint(db, other.id)).toEqual(otherBefore);
  expect(await serverFootprint(db, shared.id)).toEqual(sharedBefore);
});

test("another browser cannot open the Reset page of a practice server", async ({ page, db }) => {
  const theirs = await createPracticeServerFor(db);
  expect((await page.goto(`/console/servers/${theirs.id}/reset-practice`))?.status()).toBe(404);
});

test("an expired practice server disappears at once and is removed with all its data", async ({ page, context, browser, baseURL, db }) => {
  const expiring = await createPracticeServerFor(db);
  const other = await createPracticeServerFor(db);
  const shared = await createServerWithPacks(db);
  const request = await practise(db, expiring);
  await practise(db, other);
  const gone = (await serverFootprint(db, expiring.id))!;
  const otherBefore = await serverFootprint(db, other.id);
  const sharedBefore = await serverFootprint(db, shared.id);

  await usePracticeOwner(context, expiring.owner);
  await page.goto(`/console?server=${expiring.name}`);
  await expect(page.getByRole("heading", { level: 2, name: "Your practice license server" })).toBeVisible();
  await db.licenseServer.update({ where: { id: expiring.id }, data: { practiceExpiresAt: new Date(Date.now() - 1000) } });

  await test.step("past its time, its owner no longer reaches it", async () => {
    expect((await page.goto(`/console/servers/${expiring.id}/manage-cals/obtain-key-pack`))?.status()).toBe(404);
    await page.goto("/console");
    await expect(page.getByRole("navigation", { name: "License servers" }).getByRole("link", { name: expiring.name })).toHaveCount(0);
  });

  await test.step("the clean-up (here: the trainer's view) removes it and everything of it", async () => {
    const trainer = await browser.newContext({ baseURL });
    await signedIn(trainer, db, "SUPERVISOR");
    const view = await trainer.newPage();
    await view.goto("/helpdesk/practice");
    await expect(view.getByRole("heading", { level: 1, name: "Practice servers" })).toBeVisible();
    await expect(view.getByRole("rowheader", { name: expiring.name })).toHaveCount(0);
    await trainer.close();

    expect(await serverFootprint(db, expiring.id)).toBeNull();
    const target = { targetLicenseServerId: gone.server.licenseServerId! };
    const left = await Promise.all([
      db.installedKeyPack.count({ where: { serverId: expiring.id } }),
      db.issuedCal.count({ where: { serverId: expiring.id } }),
      db.wizardRun.count({ where: { serverId: expiring.id } }),
      db.serverEvent.count({ where: { serverId: expiring.id } }),
      db.entitlement.count({ where: { id: { in: gone.entitlements.map((e) => e.id) } } }),
      db.recoveryRequest.count({ where: target }),
      db.issuedKeyPack.count({ where: target }),
      db.manageCalsDraft.count({ where: target }),
      db.auditLog.count({ where: { entityId: request.id } }),
    ]);
    expect(left).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  expect(await serverFootprint(db, other.id)).toEqual(otherBefore);
  expect(await serverFootprint(db, shared.id)).toEqual(sharedBefore);
});
