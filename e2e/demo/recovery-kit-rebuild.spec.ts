// The rebuild with a recovery kit (issue 30, docs/decisions/035-recovery-kit.md): the same two key packs as
// the rebuild walkthrough (rebuild-walkthrough.spec.ts), but the kit taken to the Web site and one response
// file brought back instead of steps 9 to 18 per pack. The demo counts what the person does (characters
// typed, steps, seconds) and sets them beside what the typed procedure needs for the same packs, as a test
// annotation the report shows.
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { AxeScanner } from "../a11y";
import { Input } from "../pages/input";
import { openComputer } from "./computers";
import { demoInput, narratedStep } from "./demo-step";
import { expect, test } from "./demo-data";

const CONSOLE = "Rebuild with a recovery kit · Remote Desktop Licensing Manager";
const WEB_SITE = "Rebuild with a recovery kit · Remote Desktop Services Licensing Web site";
const heading = (page: Page, name: string, level = 1) => expect(page.getByRole("heading", { level, name })).toBeVisible();

/** Counts the characters a person types on every page of a browser context (keys that insert one). */
async function countTyping(page: Page) {
  await page.context().addInitScript(() => {
    addEventListener("keydown", (e) => {
      if (e.key.length === 1 && !e.ctrlKey && !e.metaKey) sessionStorage.setItem("typed", String(Number(sessionStorage.getItem("typed") ?? 0) + 1));
    }, true);
  });
  return () => page.evaluate(() => Number(sessionStorage.getItem("typed") ?? 0));
}

test("rebuild the RD Licensing database with a recovery kit", async ({ page, browser, db, demoData }) => {
  test.slow();
  const startedAt = Date.now();
  const axe = new AxeScanner();
  const server = await demoData.licenseServer({ connectionMethod: "WEB_BROWSER", packs: [] });
  const userCals = await demoData.purchase({ licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: 50 });
  const deviceCals = await demoData.purchase({ licenseProgram: "LICENSE_PACK", calType: "WS2019_PER_DEVICE", quantity: 25 });
  const { issueAndInstall } = await import("@/prisma/factories");
  await issueAndInstall(db, server, userCals.entitlement, 50, 5);
  await issueAndInstall(db, server, deviceCals.entitlement, 25, 3);
  const lsm = new Input(page, "mouse", demoInput());
  const consoleTyped = await countTyping(page);
  let steps = 0;
  const step = <T>(p: Page, label: string, text: string, body: () => Promise<T>) => {
    steps++;
    return narratedStep(p, { label, text }, body);
  };

  await step(page, CONSOLE, "Select the license server, then Action, Manage RDS CALs: Rebuild the license server database, with a reason.", async () => {
    await page.goto(`/console?server=${encodeURIComponent(server.name)}`);
    await lsm.activate(page.getByRole("button", { name: "Action" }));
    await lsm.activate(page.getByRole("menuitem", { name: "Manage RDS CALs" }));
    await heading(page, "Welcome to the Manage RDS CALs Wizard");
    await lsm.activate(page.getByRole("button", { name: "Next" }));
    await lsm.choose(page.getByLabel("Rebuild the license server database"));
    await lsm.activate(page.getByRole("button", { name: "Next" }));
    await lsm.choose(page.getByLabel("The license server database is corrupt"));
    await lsm.activate(page.getByRole("button", { name: "Next" }));
    await heading(page, "Confirm Deletion of RDS CALs");
  });

  let kitText = "";
  await step(page, CONSOLE, "Before anything is deleted, download the recovery kit: every installed key pack, signed by this license server.", async () => {
    const panel = page.getByRole("region", { name: "Recovery kit" });
    await panel.scrollIntoViewIfNeeded();
    await expect(panel.getByRole("img", { name: /QR code of the recovery kit/ })).toBeVisible();
    const downloading = page.waitForEvent("download");
    await lsm.activate(panel.getByRole("link", { name: "Download the recovery kit" }));
    kitText = await readFile((await (await downloading).path())!, "utf8");
    await axe.scan(page);
  });

  await step(page, CONSOLE, "Confirm the deletion, then Next on Reinstalling RDS CALs: Obtain Client License Key Pack offers Use a response file.", async () => {
    await lsm.tick(page.getByLabel("Confirm deletion of RDS CALs currently installed on this license server"));
    await lsm.activate(page.getByRole("button", { name: "Next" }));
    await heading(page, "Reinstalling RDS CALs");
    await lsm.activate(page.getByRole("button", { name: "Next" }));
    await heading(page, "Obtain Client License Key Pack");
    await heading(page, "Use a response file", 2);
  });

  const computer = await openComputer(browser, "computer with Internet connectivity");
  const site = await computer.context.newPage();
  const siteTyped = await countTyping(site);
  const web = new Input(site, "mouse", demoInput());
  let responseText = "";
  await step(site, WEB_SITE, "On a computer with Internet connectivity, open the Web site and select Use a recovery kit.", async () => {
    await site.goto("/licensing");
    await web.activate(site.getByRole("link", { name: "Use a recovery kit" }));
    await heading(site, "Use a recovery kit");
    await axe.scan(site);
  });

  await step(site, WEB_SITE, "Choose the recovery kit file, then Use the recovery kit: both key packs are issued at once.", async () => {
    const chooser = site.waitForEvent("filechooser");
    await web.activate(site.getByLabel("Choose the recovery kit file"));
    await (await chooser).setFiles({ name: `${server.name}-recovery-kit.json`, mimeType: "application/json", buffer: Buffer.from(kitText) });
    await expect(site.getByText("is in the box below.")).toBeVisible();
    await web.activate(site.getByRole("button", { name: "Use the recovery kit" }));
    await heading(site, "Your response file", 2);
    await expect(site.getByRole("status").filter({ hasText: "2 license key pack IDs issued" })).toBeVisible();
    const downloading = site.waitForEvent("download");
    await web.activate(site.getByRole("link", { name: "Download the response file" }));
    responseText = await readFile((await (await downloading).path())!, "utf8");
    await axe.scan(site);
  });

  await step(page, CONSOLE, "Back on the license server, choose the response file under Use a response file, then Install the key packs.", async () => {
    const chooser = page.waitForEvent("filechooser");
    await lsm.activate(page.getByLabel("Choose the response file"));
    await (await chooser).setFiles({ name: "response.json", mimeType: "application/json", buffer: Buffer.from(responseText) });
    await lsm.activate(page.getByRole("button", { name: "Install the key packs" }));
    await heading(page, "Reinstalling Additional RDS CALs");
    await expect(page.getByRole("table", { name: "RDS CALs reinstalled so far in this rebuild" })).toContainText("Windows Server 2019 - RDS Per Device CAL");
  });

  await step(page, CONSOLE, "Finish rebuilding the RD Licensing database, then Finish.", async () => {
    await lsm.choose(page.getByLabel("Finish rebuilding the RD Licensing database"));
    await lsm.activate(page.getByRole("button", { name: "Next" }));
    await heading(page, "Completing the Manage RDS CALs Wizard");
    expect(await db.installedKeyPack.count({ where: { serverId: server.id } })).toBe(2);
  });

  await test.step("the numbers: the kit against the typed procedure for the same two key packs", async () => {
    const typed = (await consoleTyped()) + (await siteTyped());
    const seconds = Math.round((Date.now() - startedAt) / 1000);
    // What the typed procedure has the person type for these packs (rebuild-walkthrough.spec.ts): per pack the
    // License Server ID (35 digits; the first pack's comes with the console's link), the company page (last
    // name, first name, company, e-mail, as that demo types them), the credential, the quantity and the
    // license key pack ID (35 characters); its steps are 1 to 8, then 9 to 19 per pack.
    const company = "Morgan".length + "Alex".length + "Contoso Pharmaceuticals".length + "it-xxxxxx@contoso.example".length;
    const perPack = [userCals.credential.agreementNumber ?? "", deviceCals.credential.licenseCode ?? ""].map((credential, i) => (i === 0 ? 0 : 35) + company + credential.length + 2 + 35);
    const typedProcedure = { characters: perPack.reduce((a, b) => a + b, 0), steps: 8 + 11 * 2 };
    const figures = { kit: { characters: typed, steps, seconds }, typedProcedure };
    test.info().annotations.push({ type: "recovery kit figures", description: JSON.stringify(figures) });
    console.log(`recovery kit figures: ${JSON.stringify(figures)}`);
    expect(typed).toBe(0);
  });
  await computer.close();
});
