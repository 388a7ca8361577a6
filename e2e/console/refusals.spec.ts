// What the wizard refuses, each with its own message, and with nothing written.
import { expect, test } from "../fixtures";
import { createLicenseServer, createInstalledKeyPack, issueKeyPack } from "@/prisma/factories";
import { createPurchase } from "@/prisma/clearinghouse-factories";
import { createServerWithPacks, issueKeyPackFor, openRebuildRun } from "@/prisma/console-factories";
import { encodeKeyPackId } from "@/lib/licensing/key-pack-id";
import { issueConversion } from "@/lib/clearinghouse/convert-key-pack";
import { CONFIRM_LABEL, enterKeyPackId, errorText, expectPage, next, serverState, wizardUrl } from "./wizard";

const PACK = { calType: "WS2022_PER_USER", licenseProgram: "LICENSE_PACK", quantity: 10 } as const;

test("Next on Confirm Deletion of RDS CALs is refused until the check box is selected", async ({ page, db }) => {
  const server = await createServerWithPacks(db);
  await openRebuildRun(db, server, "CONFIRM_DELETION");
  await page.goto(wizardUrl(server.id, "confirm-deletion"));
  await next(page);
  const message = `Select the ${CONFIRM_LABEL} check box to continue`;
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText(message);
  await expect(page.getByLabel(CONFIRM_LABEL)).toHaveAttribute("aria-invalid", "true");
  await expectPage(page, "confirm-deletion", "Confirm Deletion of RDS CALs");

  const state = await serverState(db, server.id);
  expect(state.keyPacks).toHaveLength(2);
  expect(state.runs[0]).toMatchObject({ step: "CONFIRM_DELETION", deletedAt: null });
});

test("a mistyped license key pack ID, one issued for another server, and one already installed each get their own message", async ({ page, db }) => {
  const server = await createServerWithPacks(db, { packs: [] });
  const other = await createLicenseServer(db);
  await openRebuildRun(db, server, "OBTAIN_KEY_PACK", { deleted: true });
  const good = await issueKeyPackFor(db, server, PACK);
  const forOther = await issueKeyPackFor(db, other, PACK);
  const installed = await issueKeyPackFor(db, server, PACK);
  await createInstalledKeyPack(db, server.id, { licenseKeyPackId: installed });
  await page.goto(wizardUrl(server.id, "obtain-key-pack"));

  await test.step("mistyped: one character changed", async () => {
    const typo = good.slice(0, 10) + (good[10] === "7" ? "8" : "7") + good.slice(11);
    await enterKeyPackId(page, typo);
    // Said as it is typed, and again on Next.
    await expect(page.locator("#licenseKeyPackId-check")).toHaveText(/looks mistyped/);
    await next(page);
    await expect(errorText(page, "This license key pack ID looks mistyped: check each group against the Web site")).toBeVisible();
  });

  await test.step("issued for another license server", async () => {
    await enterKeyPackId(page, forOther);
    await next(page);
    await expect(errorText(page, /was issued for a different license server/)).toBeVisible();
  });

  await test.step("already installed on this license server", async () => {
    await enterKeyPackId(page, installed);
    await next(page);
    await expect(errorText(page, /is already installed on this license server \(Keypack ID \d+\)/)).toBeVisible();
  });

  await expectPage(page, "obtain-key-pack", "Obtain Client License Key Pack");
  const state = await serverState(db, server.id);
  expect(state.keyPacks.map((p) => p.licenseKeyPackId)).toEqual([installed]);
  expect(state.runs[0]).toMatchObject({ step: "OBTAIN_KEY_PACK" });
  expect(state.eventIds).not.toContain(87);
});

test("with Automatic connection the wizard says so on its first page, refuses the rebuild on Action Selection, and links to Properties", async ({ page, db }) => {
  const server = await createServerWithPacks(db, { packs: [], connectionMethod: "AUTOMATIC" });
  await page.goto(`/console/servers/${server.id}/manage-cals`);
  await expectPage(page, "welcome", "Welcome to the Manage RDS CALs Wizard");
  await expect(page.getByText(/The connection method of this license server is Automatic connection/)).toBeVisible();
  // Convert RDS CALs works by Automatic connection, so Welcome lets the person on; the rebuild is refused next.
  await page.getByRole("button", { name: "Next" }).click();
  await expectPage(page, "action-selection", "Action Selection");
  await page.getByLabel("Rebuild the license server database").check();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText(/To rebuild the RD Licensing database, change the connection method/).first()).toBeVisible();
  await expectPage(page, "action-selection", "Action Selection");
  await page.goto(wizardUrl(server.id, "welcome"));
  await page.getByRole("link", { name: `Open Properties of ${server.name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${server.name} Properties` })).toBeVisible();
  expect((await serverState(db, server.id)).runs.map((r) => r.step)).toEqual(["ACTION_SELECTION"]);
});

test("a server that is not activated cannot run the wizard", async ({ page, db }) => {
  const server = await createServerWithPacks(db, { packs: [], activated: false });
  await page.goto(wizardUrl(server.id, "welcome"));
  await expect(page.getByText("Only an activated license server can manage RDS CALs.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Next" })).toBeDisabled();
});

test("Cancel before the deletion ends the run and deletes nothing", async ({ page, db }) => {
  const server = await createServerWithPacks(db);
  await openRebuildRun(db, server, "CONFIRM_DELETION");
  await page.goto(wizardUrl(server.id, "confirm-deletion"));
  await page.getByLabel(CONFIRM_LABEL).check();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page).toHaveURL(/\/console\?server=/);
  const state = await serverState(db, server.id);
  expect(state.keyPacks).toHaveLength(2);
  expect(state.runs[0]).toMatchObject({ status: "CANCELLED", activeServerId: null, deletedAt: null });
  expect(state.eventIds).toEqual([89]);
});

test("Cancel after the deletion asks first; Back to the wizard resumes the run, Cancel the wizard leaves it open", async ({ page, db }) => {
  const server = await createServerWithPacks(db);
  await openRebuildRun(db, server, "OBTAIN_KEY_PACK", { deleted: true });
  await page.goto(wizardUrl(server.id, "obtain-key-pack"));
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cancel the Manage RDS CALs Wizard?" })).toBeVisible();
  await page.getByRole("link", { name: "Back to the wizard" }).click();
  await expect(page).toHaveURL(/\/manage-cals\/obtain-key-pack$/);
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.getByRole("link", { name: "Cancel the wizard" }).click();
  await expect(page).toHaveURL(/\/console\?server=/);
  const state = await serverState(db, server.id);
  expect(state.runs[0]).toMatchObject({ status: "IN_PROGRESS", activeServerId: server.id });
});

// The demo secret earlier versions shipped in lib/env.ts (public: it is in the repository's history). Anyone
// could sign IDs with it; now the secret is random per installation (lib/key-pack-secret.ts).
const OLD_DEMO_SECRET = "rd-licensing-studio-demo-secret-change-me";

test("a license key pack ID forged with the old demo secret is refused as not genuine, and nothing is installed", async ({ page, db }) => {
  const server = await createServerWithPacks(db, { packs: [] });
  await openRebuildRun(db, server, "OBTAIN_KEY_PACK", { deleted: true });
  const forged = encodeKeyPackId({ calType: "WS2022_PER_USER", licenseProgram: "ENTERPRISE_AGREEMENT", quantity: 9999, purchaseLine: 0, generation: 0, serial: 12345n }, server.licenseServerId, OLD_DEMO_SECRET);
  await page.goto(wizardUrl(server.id, "obtain-key-pack"));
  await enterKeyPackId(page, forged);
  await next(page);
  await expect(errorText(page, /was issued for a different license server/)).toBeVisible();
  await expectPage(page, "obtain-key-pack", "Obtain Client License Key Pack");
  expect((await serverState(db, server.id)).keyPacks).toEqual([]);
});

test("an earlier license key pack ID of a purchase is refused once a later one is installed, and the later one replaced the earlier", async ({ page, db }) => {
  const server = await createServerWithPacks(db, { packs: [] });
  const { entitlement } = await createPurchase(db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: 500 });
  const issue = () => issueKeyPack(db, { targetLicenseServerId: server.licenseServerId, calType: "WS2022_PER_USER", licenseProgram: "ENTERPRISE_AGREEMENT", quantity: 200, entitlementId: entitlement.id });
  const [earlier, later] = [await issue(), await issue()];
  const run = await openRebuildRun(db, server, "OBTAIN_KEY_PACK", { deleted: true });
  await page.goto(wizardUrl(server.id, "obtain-key-pack"));
  await enterKeyPackId(page, later.licenseKeyPackId);
  await next(page);
  await expectPage(page, "reinstall-additional", "Reinstalling Additional RDS CALs");
  // Back on Obtain Client License Key Pack, as "reinstall more" leads.
  await db.wizardRun.update({ where: { id: run.id }, data: { step: "OBTAIN_KEY_PACK" } });
  await page.goto(wizardUrl(server.id, "obtain-key-pack"));
  await enterKeyPackId(page, earlier.licenseKeyPackId);
  await next(page);
  await expect(errorText(page, /was replaced: a later license key pack ID for the same purchase/)).toBeVisible();
  const state = await serverState(db, server.id);
  expect(state.keyPacks.map((p) => [p.licenseKeyPackId, p.totalLicenses, p.generation])).toEqual([[later.licenseKeyPackId, 200, 2]]);
});

test("after Convert RDS CALs took every RDS CAL of a pack, its retained ID typed in a rebuild is refused with why; the converted pack's ID installs", async ({ page, db }) => {
  const server = await createServerWithPacks(db, { packs: [] });
  const source = await issueKeyPackFor(db, server, PACK);
  const conversion = await issueConversion(db, { licenseServerId: server.licenseServerId, sourceLicenseKeyPackId: source, count: PACK.quantity }, "e2e");
  if (conversion.kind !== "issued") throw new Error("the Clearinghouse refused the conversion");
  await openRebuildRun(db, server, "OBTAIN_KEY_PACK", { deleted: true });
  await page.goto(wizardUrl(server.id, "obtain-key-pack"));
  const firstGroup = page.getByLabel("License key pack ID, group 1 of 7");
  // Typed as a person types it, from the retained copy of the old ID.
  await firstGroup.pressSequentially(source, { delay: 15 });
  await next(page);
  await expect(errorText(page, /Every RDS CAL of this license key pack ID was converted to the other type/)).toBeVisible();
  expect((await serverState(db, server.id)).keyPacks).toEqual([]);
  await enterKeyPackId(page, conversion.licenseKeyPackId);
  await next(page);
  await expectPage(page, "reinstall-additional", "Reinstalling Additional RDS CALs");
  const state = await serverState(db, server.id);
  expect(state.keyPacks.map((p) => [p.licenseKeyPackId, p.calType, p.totalLicenses])).toEqual([[conversion.licenseKeyPackId, "WS2022_PER_DEVICE", PACK.quantity]]);
});
