// The rebuild with a recovery kit (issue 30, docs/decisions/035-recovery-kit.md), as two people would do it
// on two devices: the console on a desktop (1280 px) downloads the kit on Confirm Deletion of RDS CALs; a
// phone (360 px) opens the Web site from the kit's QR code (the link it holds), makes one mistake first
// (text that is not a kit, typed), gets the response file; the console installs every pack from it in one
// step. Then the customer's history on the phone, proved by the one-time link, and not visible elsewhere.
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { createPurchase } from "@/prisma/clearinghouse-factories";
import { createServerWithPacks } from "@/prisma/console-factories";
import { issueAndInstall, uniqueSuffix } from "@/prisma/factories";
import { parseKit, parseResponse } from "@/lib/recovery-kit/format";
import { kitQrLinks } from "@/lib/recovery-kit/qr-links";
import { USE_RECOVERY_KIT_PATH } from "@/lib/recovery-kit/paths";
import { HISTORY_LINK_KIND } from "@/lib/mail/messages";
import { CONFIRM_LABEL, expectPage, next, serverState } from "./wizard";

const KEY_DELAY = 40;
const PHONE = { width: 360, height: 780 };

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
}

test("a rebuild with the recovery kit: kit on the console, response from a phone, every pack installed at once", async ({ page, browser, db, baseURL }) => {
  test.setTimeout(180_000);
  const email = `it-${uniqueSuffix().toLowerCase()}@contoso.example`;
  const server = await createServerWithPacks(db, { packs: [], email });
  const user = await createPurchase(db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: 200 });
  const device = await createPurchase(db, { licenseProgram: "SELECT_LICENSE", calType: "WS2019_PER_DEVICE", quantity: 40 });
  await issueAndInstall(db, server, user.entitlement, 120, 4);
  await issueAndInstall(db, server, device.entitlement, 40);
  const before = await serverState(db, server.id);
  await page.setViewportSize({ width: 1280, height: 900 });

  let kitText = "";
  await test.step("Console: Action > Manage RDS CALs, Rebuild, a reason", async () => {
    await page.goto(`/console?server=${encodeURIComponent(server.name)}`);
    await page.getByRole("button", { name: "Action" }).click();
    await page.getByRole("menuitem", { name: "Manage RDS CALs" }).click();
    await expectPage(page, "welcome", "Welcome to the Manage RDS CALs Wizard");
    await next(page);
    await page.getByLabel("Rebuild the license server database").check();
    await next(page);
    await page.getByLabel("The license server was reinstalled or restored from a backup").check();
    await next(page);
  });

  await test.step("Confirm Deletion of RDS CALs: download the recovery kit, then delete", async () => {
    await expectPage(page, "confirm-deletion", "Confirm Deletion of RDS CALs");
    const kitPanel = page.getByRole("region", { name: "Recovery kit" });
    await expect(kitPanel).toContainText("the 2 key packs installed on this license server");
    await expect(kitPanel.getByRole("img", { name: /QR code of the recovery kit/ })).toHaveCount(1);
    await noSidewaysScroll(page);
    await page.screenshot({ path: `${process.env.RK_SHOTS ?? test.info().outputPath("")}/console-confirm-deletion.png`, fullPage: true });
    const downloading = page.waitForEvent("download");
    await kitPanel.getByRole("link", { name: "Download the recovery kit" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${server.name}-recovery-kit-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    kitText = await readFile((await download.path())!, "utf8");
    const kit = parseKit(kitText);
    expect(kit.ok && kit.value.packs.map((p) => p.licenseKeyPackId)).toEqual(before.keyPacks.map((p) => p.licenseKeyPackId));
    await page.getByLabel(CONFIRM_LABEL).check();
    await next(page);
    await expectPage(page, "reinstalling", "Reinstalling RDS CALs");
    await next(page);
    await expectPage(page, "obtain-key-pack", "Obtain Client License Key Pack");
  });

  const phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, acceptDownloads: true, baseURL });
  let mobile = await phone.newPage();
  let responseText = "";
  await test.step("Phone, 360 px: a typed mistake first, then the kit's QR code opens the page with the kit", async () => {
    await mobile.goto("/licensing");
    await mobile.getByRole("link", { name: "Use a recovery kit" }).click();
    await expect(mobile.getByRole("heading", { level: 1, name: "Use a recovery kit" })).toBeVisible();
    const box = mobile.getByRole("textbox", { name: "Recovery kit" });
    await box.pressSequentially("LS-CONTOSO-01 kit", { delay: KEY_DELAY });
    await mobile.getByRole("button", { name: "Use the recovery kit" }).click();
    await expect(mobile.getByText("This is not a recovery kit or response file: it is not JSON.").first()).toBeVisible();
    await noSidewaysScroll(mobile);

    // The camera opens the link the QR code holds (the same one the console drew), in a new tab.
    const kit = parseKit(kitText);
    if (!kit.ok) throw new Error(kit.message);
    const [link] = kitQrLinks(kit.value, new URL(USE_RECOVERY_KIT_PATH, baseURL).toString());
    await mobile.close();
    mobile = await phone.newPage();
    await mobile.goto(link!);
    await expect(mobile.getByRole("status").filter({ hasText: "The recovery kit from the QR code is in the box below." })).toBeVisible();
    await expect(mobile).toHaveURL(new RegExp(`${USE_RECOVERY_KIT_PATH}$`));
    await expect(mobile.getByRole("textbox", { name: "Recovery kit" })).toHaveValue(/rdls-recovery-kit/);
    await mobile.getByRole("textbox", { name: "Recovery kit" }).focus();
    await mobile.keyboard.press("Tab");
    await mobile.keyboard.press("Enter");
    await expect(mobile.getByRole("heading", { level: 2, name: "Your response file" })).toBeVisible();
    await expect(mobile.getByRole("status").filter({ hasText: "2 license key pack IDs issued" })).toBeVisible();
    await expect(mobile.getByRole("img", { name: "QR code of the response file" })).toBeVisible();
    await noSidewaysScroll(mobile);
    await mobile.screenshot({ path: `${process.env.RK_SHOTS ?? test.info().outputPath("")}/phone-response.png`, fullPage: true });
    const downloading = mobile.waitForEvent("download");
    await mobile.getByRole("link", { name: "Download the response file" }).click();
    responseText = await readFile((await (await downloading).path())!, "utf8");
    const response = parseResponse(responseText);
    expect(response.ok && response.value.issued).toHaveLength(2);
  });

  await test.step("Console: Use a response file installs both key packs in one step", async () => {
    await expect(page.getByRole("heading", { level: 2, name: "Use a response file" })).toBeVisible();
    await page.screenshot({ path: `${process.env.RK_SHOTS ?? test.info().outputPath("")}/console-obtain.png`, fullPage: true });
    // The file chooser, as a person picks the downloaded file.
    const chooser = page.waitForEvent("filechooser");
    await page.getByLabel("Choose the response file").click();
    await (await chooser).setFiles({ name: "response.json", mimeType: "application/json", buffer: Buffer.from(responseText) });
    await expect(page.getByText("response.json is in the box below.")).toBeVisible();
    await page.getByRole("button", { name: "Install the key packs" }).click();
    await expectPage(page, "reinstall-additional", "Reinstalling Additional RDS CALs");
    const state = await serverState(db, server.id);
    const response = parseResponse(responseText);
    expect(state.keyPacks.map((p) => p.licenseKeyPackId)).toEqual(response.ok ? response.value.issued.map((p) => p.licenseKeyPackId) : []);
    expect(state.keyPacks.map((p) => p.totalLicenses)).toEqual([120, 40]);
  });

  await test.step("Back, and the same response again: nothing is installed twice", async () => {
    await page.goBack();
    const box = page.getByRole("textbox", { name: "Response file" });
    if (await box.isVisible()) {
      await box.fill(responseText);
      await page.getByRole("button", { name: "Install the key packs" }).click();
    }
    await expectPage(page, "reinstall-additional", "Reinstalling Additional RDS CALs");
    expect((await serverState(db, server.id)).keyPacks).toHaveLength(2);
  });

  await test.step("Finish the rebuild", async () => {
    await page.getByLabel("Finish rebuilding the RD Licensing database").check();
    await next(page);
    await expectPage(page, "completed", "Completing the Manage RDS CALs Wizard");
  });

  await test.step("Phone: Your requests, proved by the one-time link, lists both new license key pack IDs", async () => {
    await mobile.goto("/licensing");
    await mobile.getByRole("link", { name: "Your requests" }).click();
    await mobile.getByLabel("E-mail address").pressSequentially(email.replace("@", "@@"), { delay: KEY_DELAY });
    await mobile.getByRole("button", { name: "Send the link" }).click();
    await expect(mobile.getByText("Enter an e-mail address in the correct format").first()).toBeVisible();
    await mobile.getByLabel("E-mail address").fill(email);
    await mobile.getByRole("button", { name: "Send the link" }).click();
    await expect(mobile.getByRole("status").filter({ hasText: `A link is on its way to ${email}` })).toBeVisible();
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { toAddress: email, kind: HISTORY_LINK_KIND } });
    const link = new URL(/https?:\S+/.exec(mail.body)![0]);
    await mobile.goto(`${link.pathname}${link.search}`);
    await mobile.getByRole("button", { name: "Show my requests" }).click();
    await expect(mobile.getByRole("heading", { level: 1, name: "Your requests" })).toBeVisible();
    const response = parseResponse(responseText);
    for (const pack of response.ok ? response.value.issued : []) await expect(mobile.getByText(pack.reference)).toBeVisible();
    await noSidewaysScroll(mobile);
    await mobile.screenshot({ path: `${process.env.RK_SHOTS ?? test.info().outputPath("")}/phone-history.png`, fullPage: true });

    // The link works once; another browser sees nothing without it.
    const other = await browser.newContext({ baseURL });
    const stranger = await other.newPage();
    await stranger.goto(`${link.pathname}${link.search}`);
    await stranger.getByRole("button", { name: "Show my requests" }).click();
    await expect(stranger.getByText("This link was used already or has expired.").first()).toBeVisible();
    await stranger.goto("/licensing/history/mine");
    await expect(stranger.getByRole("link", { name: "Ask for a link" })).toBeVisible();
    await other.close();
  });
  await phone.close();
});

test("a response file of another license server installs nothing, and says whose it is", async ({ page, db, request }) => {
  const a = await createServerWithPacks(db, { packs: [] });
  const b = await createServerWithPacks(db, { packs: [] });
  const purchase = await createPurchase(db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: 100 });
  await issueAndInstall(db, a, purchase.entitlement, 30);
  const kit = await request.get(`/console/servers/${a.id}/recovery-kit.json`);
  expect(kit.status()).toBe(200);
  // The Web site's page posts to its action; the response is read back from the page.
  await page.goto(USE_RECOVERY_KIT_PATH);
  await page.getByRole("textbox", { name: "Recovery kit" }).fill(await kit.text());
  await page.getByRole("button", { name: "Use the recovery kit" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Your response file" })).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the response file" }).click();
  const responseText = await readFile((await (await downloading).path())!, "utf8");

  await db.wizardRun.create({ data: { serverId: b.id, activeServerId: b.id, step: "OBTAIN_KEY_PACK", action: "REBUILD", reason: "The license server database is corrupt", deletedAt: new Date(), deletedKeyPacks: 0, deletedCals: 0, deletedSnapshot: [] } });
  await page.goto(`/console/servers/${b.id}/manage-cals/obtain-key-pack`);
  await page.getByRole("textbox", { name: "Response file" }).fill(responseText);
  await page.getByRole("button", { name: "Install the key packs" }).click();
  await expect(page.getByText(/This response file is for the license server with License Server ID/).first()).toBeVisible();
  expect((await serverState(db, b.id)).keyPacks).toEqual([]);
});
