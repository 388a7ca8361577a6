// Convert RDS CALs (issue 29, decision 032's worked example): the Manage RDS CALs wizard's third action, by
// keyboard at 360 px like a person: Convert RDS CALs on Action Selection, a count above the pack's available
// RDS CALs refused and corrected (typed key by key), the web site's Convert RDS CALs page (another computer)
// issuing the converted pack, its ID typed back into the wizard; then by Automatic connection, where the
// console asks the Clearinghouse itself. The database is read after each flow.
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { AxeScanner } from "../a11y";
import { countPointerEvents, Input } from "../pages/input";
import { createServerWithPacks } from "@/prisma/console-factories";
import { CONVERT_MESSAGES } from "@/lib/console/convert-labels";
import { EVENT_IDS } from "@/lib/console/events";
import { expectNoSidewaysScroll, TYPING_DELAY } from "./install-licenses";
import { errorText, expectPage, serverState, wizardUrl } from "./wizard";

/** Reaches a text box by Tab, empties it and types `text` key by key. */
async function typeByKeyboard(input: Input, page: Page, box: ReturnType<Page["getByLabel"]>, text: string) {
  await input.reach(box);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Backspace");
  await box.pressSequentially(text, { delay: TYPING_DELAY });
  await expect(box).toHaveValue(text);
}

test("by Web Browser, keyboard only at 360 px: a count too high corrected, the web site's converted pack typed back", async ({ page, context, browser, db }) => {
  test.slow();
  await page.setViewportSize({ width: 360, height: 800 });
  const pointer = await countPointerEvents(context);
  const axe = new AxeScanner();
  const input = new Input(page, "keyboard", { typingDelay: TYPING_DELAY });
  // 50 Windows Server 2022 Per User CALs (5 issued: 45 available) and 25 Windows Server 2019 Per Device CALs.
  const server = await createServerWithPacks(db, { connectionMethod: "WEB_BROWSER" });
  const before = await serverState(db, server.id);
  const source = before.keyPacks[0]!;
  const nextButton = page.getByRole("button", { name: "Next" });

  await test.step("Welcome, then Convert RDS CALs on Action Selection", async () => {
    await page.goto(wizardUrl(server.id, "welcome"));
    await expectPage(page, "welcome", "Welcome to the Manage RDS CALs Wizard");
    await input.activate(nextButton);
    await expectPage(page, "action-selection", "Action Selection");
    await input.choose(page.getByLabel("Convert RDS CALs"));
    await input.activate(nextButton);
    await expectPage(page, "convert-key-pack", "Select the Key Pack to Convert");
    await axe.scan(page);
  });

  const count = page.getByLabel("Number of RDS CALs to convert");
  await test.step("46 of the pack's 45 available: refused, nothing written; corrected to 20", async () => {
    await input.choose(page.getByLabel(new RegExp(`^Keypack ID ${source.keypackId}: Windows Server 2022 - RDS Per User CAL`)));
    await typeByKeyboard(input, page, count, "46");
    await input.activate(nextButton);
    await expect(errorText(page, CONVERT_MESSAGES.tooMany(45))).toBeVisible();
    await expect(count).toHaveValue("46");
    await axe.scan(page, "errors shown");
    await expectNoSidewaysScroll(page);
    expect((await serverState(db, server.id)).keyPacks.map((p) => p.totalLicenses)).toEqual([50, 25]);
    await typeByKeyboard(input, page, count, "20");
    await input.activate(nextButton);
    await expectPage(page, "convert-obtain-key-pack", "Obtain Client License Key Pack");
    await expect(page.locator("#convert-count")).toHaveText("20");
    await axe.scan(page);
    await expectNoSidewaysScroll(page);
  });

  const siteUrl = (await page.getByRole("link", { name: /\/licensing\/convert\?/ }).getAttribute("href"))!;
  const site = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.9.9" } });
  const web = await site.newPage();
  let converted = "";
  await test.step("On another computer: the web site's Convert RDS CALs page issues the converted pack", async () => {
    await web.goto(new URL(siteUrl).pathname + new URL(siteUrl).search);
    await expect(web.getByRole("heading", { level: 1, name: "Convert RDS CALs" })).toBeVisible();
    await expect(web.getByLabel("Number of RDS CALs to convert")).toHaveValue("20");
    await web.getByRole("button", { name: "Convert" }).click();
    const shown = web.locator("#converted-license-key-pack-id");
    await expect(shown).toBeVisible();
    await expect(web.getByText("20 × Windows Server 2022 - RDS Per Device CAL")).toBeVisible();
    converted = (await shown.textContent())!.replace(/[^0-9A-Z]/gi, "");
    expect(converted).toHaveLength(35);
    await axe.scan(web);
  });
  await site.close();

  await test.step("The converted pack's ID typed into the boxes; Next installs it and lowers the source", async () => {
    const box = (n: number) => page.getByLabel(`License key pack ID, group ${n} of 7`);
    await input.reach(box(1));
    for (const [i, group] of converted.match(/.{5}/g)!.entries()) {
      await expect(box(i + 1)).toBeFocused();
      await box(i + 1).pressSequentially(group, { delay: TYPING_DELAY });
    }
    await input.activate(nextButton);
    await expectPage(page, "convert-completed", "Completing the Manage RDS CALs Wizard");
    await expect(page.getByText("The RDS CALs have been successfully converted.")).toBeVisible();
    await expect(page.getByText(`Key pack ${source.keypackId} keeps 30 RDS CALs`, { exact: false })).toBeVisible();
    await input.activate(page.getByText("Show PowerShell"));
    await expect(page.getByRole("region", { name: "PowerShell" })).toHaveText(`Convert-License -KeyPackId ${source.keypackId} -Count 20`);
    await axe.scan(page);
    await expectNoSidewaysScroll(page);
  });

  const after = await serverState(db, server.id);
  expect(after.keyPacks.map((p) => [p.calType, p.totalLicenses])).toEqual([
    ["WS2022_PER_USER", 30],
    ["WS2019_PER_DEVICE", 25],
    ["WS2022_PER_DEVICE", 20],
  ]);
  expect(after.runs).toEqual([expect.objectContaining({ status: "FINISHED", step: "CONVERT_COMPLETED", action: "CONVERT" })]);
  expect(after.eventIds).toEqual([EVENT_IDS.KEY_PACK_INSTALLED, EVENT_IDS.CALS_CONVERTED]);
  expect(pointer(), "pointer events in a keyboard-only run").toBe(0);
});

test("by Automatic connection: the console asks the Clearinghouse, and a double click on Next converts once", async ({ page, db }) => {
  const server = await createServerWithPacks(db, { connectionMethod: "AUTOMATIC" });
  const source = (await serverState(db, server.id)).keyPacks[1]!;
  await page.goto(wizardUrl(server.id, "welcome"));
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel("Convert RDS CALs").check();
  await page.getByRole("button", { name: "Next" }).click();
  await expectPage(page, "convert-key-pack", "Select the Key Pack to Convert");
  await page.getByLabel(new RegExp(`^Keypack ID ${source.keypackId}:`)).check();
  await page.getByLabel("Number of RDS CALs to convert").pressSequentially("10", { delay: TYPING_DELAY });
  await page.getByRole("button", { name: "Next" }).click();
  await expectPage(page, "convert-obtain-key-pack", "Obtain Client License Key Pack");
  await expect(page.getByText("The license server will connect to the Microsoft Clearinghouse")).toBeVisible();
  await page.getByRole("button", { name: "Next" }).dblclick();
  await expectPage(page, "convert-completed", "Completing the Manage RDS CALs Wizard");
  const after = await serverState(db, server.id);
  expect(after.keyPacks.map((p) => [p.calType, p.totalLicenses])).toEqual([
    ["WS2022_PER_USER", 50],
    ["WS2019_PER_DEVICE", 15],
    ["WS2019_PER_USER", 10],
  ]);
  expect(after.eventIds.filter((id) => id === EVENT_IDS.CALS_CONVERTED)).toHaveLength(1);
  expect(await db.issuedKeyPack.count({ where: { targetLicenseServerId: server.licenseServerId, convertedFromId: { not: null } } })).toBe(1);
});
