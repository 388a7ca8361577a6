// The procedure's console side end to end: steps 3-8 and 18-19 of "To rebuild the RD Licensing database by
// using a Web browser", then the reopened wizard resuming after the deletion.
import { readFile } from "node:fs/promises";
import { expect, test } from "../fixtures";
import { createServerWithPacks, issueKeyPackFor, openRebuildRun, SAMPLE_PACKS } from "@/prisma/console-factories";
import { CONFIRM_LABEL, enterKeyPackId, expectPage, next, serverState, wizardUrl } from "./wizard";

test("a full rebuild deletes the installed RDS CALs and reinstalls two key packs", async ({ page, db }) => {
  const server = await createServerWithPacks(db);
  const before = await serverState(db, server.id);
  const userPack = await issueKeyPackFor(db, server, { calType: "WS2025_PER_USER", licenseProgram: "ENTERPRISE_AGREEMENT", quantity: 120 });
  const devicePack = await issueKeyPackFor(db, server, { calType: "WS2022_PER_DEVICE", licenseProgram: "SELECT_LICENSE", quantity: 30 });

  await test.step("Select the server, then Action > Manage RDS CALs", async () => {
    await page.goto("/console");
    await page.getByRole("navigation", { name: "License servers" }).getByRole("link", { name: server.name }).click();
    await expect(page.getByRole("heading", { level: 2, name: server.name })).toBeVisible();
    await page.getByRole("button", { name: "Action" }).click();
    await page.getByRole("menuitem", { name: "Manage RDS CALs" }).click();
    await expectPage(page, "welcome", "Welcome to the Manage RDS CALs Wizard");
    await next(page);
  });

  await test.step("Action Selection: Rebuild the license server database", async () => {
    await expectPage(page, "action-selection", "Action Selection");
    await expect(page.getByLabel("Migrate RDS CALs from another license server to this license server")).toBeEnabled();
    await page.getByLabel("Rebuild the license server database").check();
    await next(page);
  });

  await test.step("Select a reason", async () => {
    await expectPage(page, "reason", "Select a Reason");
    await page.getByLabel("The license server was reinstalled or restored from a backup").check();
    await next(page);
  });

  await test.step("Confirm Deletion of RDS CALs: the list can be saved, then the CALs are deleted", async () => {
    await expectPage(page, "confirm-deletion", "Confirm Deletion of RDS CALs");
    const table = page.getByRole("table", { name: "RDS CALs that will be deleted" });
    for (const pack of before.keyPacks) await expect(table).toContainText(pack.licenseKeyPackId.slice(0, 5));
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download the list (CSV)" }).click();
    const csv = await readFile((await (await downloading).path())!, "utf8");
    expect(csv).toContain("License Version and Type,License Program,Total Licenses,Available,Issued,Expiry Date,Keypack ID");
    expect(csv).toContain("Windows Server 2019 - RDS Per Device CAL");
    await expect(page.getByRole("button", { name: "Print the list" })).toBeVisible();
    await page.getByLabel(CONFIRM_LABEL).check();
    await next(page);
    await expectPage(page, "reinstalling", "Reinstalling RDS CALs");
    await expect(page.getByText("The contents of the RD Licensing database have been deleted: 2 key packs and 8 issued RDS CALs.")).toBeVisible();
    const state = await serverState(db, server.id);
    expect(state.keyPacks).toHaveLength(0);
    expect(state.cals).toBe(0);
    expect(state.runs[0]).toMatchObject({ step: "REINSTALLING", deletedKeyPacks: 2, deletedCals: 8, activeServerId: server.id });
    await next(page);
  });

  await test.step("Obtain Client License Key Pack: the License Server ID, the Web site link, the first key pack", async () => {
    await expectPage(page, "obtain-key-pack", "Obtain Client License Key Pack");
    await expect(page.locator("#license-server-id")).toHaveText(server.licenseServerId.match(/.{5}/g)!.join("-"));
    const link = page.getByRole("link", { name: /\/licensing\?licenseServerId=/ });
    await expect(link).toHaveAttribute("href", new RegExp(`/licensing\\?licenseServerId=${server.licenseServerId}$`));
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
    // Lower case and hyphens are accepted; the boxes spread the pasted ID.
    await enterKeyPackId(page, userPack.toLowerCase().match(/.{5}/g)!.join("-"));
    await expect(page.getByLabel("License key pack ID, group 7 of 7")).toHaveValue(userPack.slice(30));
    await next(page);
  });

  await test.step("Reinstalling Additional RDS CALs: continue, then install the second pack and finish", async () => {
    await expectPage(page, "reinstall-additional", "Reinstalling Additional RDS CALs");
    await page.getByLabel("Continue reinstalling additional RDS CALs").check();
    await next(page);
    await expectPage(page, "obtain-key-pack", "Obtain Client License Key Pack");
    await enterKeyPackId(page, devicePack);
    await next(page);
    await expectPage(page, "reinstall-additional", "Reinstalling Additional RDS CALs");
    await page.getByLabel("Finish rebuilding the RD Licensing database").check();
    await next(page);
    await expectPage(page, "completed", "Completing the Manage RDS CALs Wizard");
    await expect(page.getByText("The RD Licensing database has been successfully rebuilt.").first()).toBeVisible();
    await page.getByRole("link", { name: "Finish" }).click();
  });

  await test.step("The console shows the two reinstalled key packs and event 88", async () => {
    await expect(page).toHaveURL(/\/console\?server=/);
    const table = page.getByRole("table", { name: `Installed RDS CALs on ${server.name}` });
    await expect(table.getByRole("row")).toHaveCount(1 + 2 + 1); // header, two packs, total
    await expect(table).toContainText("Windows Server 2025 - RDS Per User CAL");
    await expect(table).toContainText("Enterprise Agreement");
    await expect(table).toContainText("Windows Server 2022 - RDS Per Device CAL");
    await expect(page.getByRole("table", { name: "Event log" })).toContainText("The RD Licensing database has been successfully rebuilt.");

    const state = await serverState(db, server.id);
    expect(state.keyPacks.map((p) => [p.licenseKeyPackId, p.totalLicenses])).toEqual([
      [userPack, 120],
      [devicePack, 30],
    ]);
    // Local Keypack IDs keep counting after the deleted ones (2 and 3).
    expect(state.keyPacks.map((p) => p.keypackId)).toEqual([4, 5]);
    expect(state.runs).toHaveLength(1);
    expect(state.runs[0]).toMatchObject({ status: "FINISHED", step: "COMPLETED", activeServerId: null, reason: "The license server was reinstalled or restored from a backup" });
    expect(state.eventIds).toEqual([85, 86, 87, 87, 88]);
  });
});

test("reopening Manage RDS CALs after the deletion resumes at Obtain Client License Key Pack", async ({ page, context, db }) => {
  const server = await createServerWithPacks(db, { packs: SAMPLE_PACKS.slice(0, 1) });
  await openRebuildRun(db, server, "CONFIRM_DELETION");
  await page.goto(wizardUrl(server.id, "confirm-deletion"));
  await page.getByLabel("Confirm deletion of RDS CALs currently installed on this license server").check();
  await next(page);
  await expectPage(page, "reinstalling", "Reinstalling RDS CALs");
  await page.close();

  const again = await context.newPage();
  await again.goto(`/console?server=${encodeURIComponent(server.name)}`);
  await expect(again.getByRole("status").filter({ hasText: "A rebuild of the RD Licensing database is in progress" })).toBeVisible();
  await again.getByRole("button", { name: "Action" }).click();
  await again.getByRole("menuitem", { name: "Manage RDS CALs" }).click();
  await expectPage(again, "obtain-key-pack", "Obtain Client License Key Pack");

  // Nothing before the deletion can be shown again, and Back stops at Reinstalling RDS CALs.
  for (const slug of ["welcome", "reason", "confirm-deletion"]) {
    await again.goto(wizardUrl(server.id, slug));
    await expectPage(again, "obtain-key-pack", "Obtain Client License Key Pack");
  }
  await again.getByRole("link", { name: "Back" }).click();
  await expectPage(again, "reinstalling", "Reinstalling RDS CALs");
  await expect(again.getByRole("button", { name: "Back" })).toBeDisabled();

  const state = await serverState(db, server.id);
  expect(state.runs).toHaveLength(1);
  expect(state.runs[0]).toMatchObject({ status: "IN_PROGRESS", activeServerId: server.id });
  expect(state.runs[0]!.deletedAt).not.toBeNull();
});
