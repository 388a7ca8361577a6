// Migrate RDS CALs from another license server to this license server (issue 17 point 1, decision 025): the
// console's pages on the target and the Web site's Manage CALs with a migration reason, in two browser
// contexts, typed like a person (a wrong source name, a mistyped Source License Server ID, both corrected).
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { expectAxeClean } from "../a11y";
import { createPurchase } from "@/prisma/clearinghouse-factories";
import { createServerWithPacks } from "@/prisma/console-factories";
import { issueAndInstall, issueKeyPack } from "@/prisma/factories";
import { MIGRATE_MESSAGES, NOT_AVAILABLE_LABEL, REMOVE_BY_HAND_LABEL } from "@/lib/console/migrate-schemas";
import { EVENT_IDS } from "@/lib/console/events";
import { enterKeyPackId, errorText, expectPage, next, serverState } from "./wizard";

const BOUGHT = 40;
const REASON = "The source license server is being replaced by this license server";
const groups = (id: string) => id.match(/.{5}/g)!;

async function noHorizontalScroll(page: Page) {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), `${width}px`).toBe(true);
  }
}

/** Two servers of this console and a purchase installed on the source (with its purchase line). */
async function setUp(db: Parameters<typeof createServerWithPacks>[0]) {
  const bought = await createPurchase(db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: BOUGHT });
  const source = await createServerWithPacks(db, { packs: [] });
  const target = await createServerWithPacks(db, { packs: [] });
  await issueAndInstall(db, source, bought.entitlement, BOUGHT, 3);
  return { bought, source, target };
}

async function startMigration(page: Page, target: { id: string; name: string }) {
  await page.goto(`/console?server=${encodeURIComponent(target.name)}`);
  await page.getByRole("button", { name: "Action" }).click();
  await page.getByRole("menuitem", { name: "Manage RDS CALs" }).click();
  await expectPage(page, "welcome", "Welcome to the Manage RDS CALs Wizard");
  await next(page);
  await expectPage(page, "action-selection", "Action Selection");
  await page.getByLabel("Migrate RDS CALs from another license server to this license server").check();
  await next(page);
  await expectPage(page, "migrate-reason", "Select a Reason for Migration");
  await expectAxeClean(page);
  await next(page);
  await expect(errorText(page, MIGRATE_MESSAGES.reason)).toBeVisible();
  await page.getByLabel(REASON).check();
  await next(page);
  await expectPage(page, "migrate-source", "Source License Server Information");
}

/** The Web site, in another browser context: Manage CALs with a migration reason; the ID it issues. */
async function askWebSite(web: Page, target: string, source: string, credential: string, quantity: number) {
  await web.goto(`/licensing?licenseServerId=${target}`);
  await web.getByRole("radio", { name: "Manage CALs" }).check();
  await next(web);
  await expect(web).toHaveURL(/\/manage-cals\/license-server$/);
  await web.getByLabel("Reason for recovery").selectOption(REASON);
  const box = (g: number) => web.getByRole("textbox", { name: `Source License Server ID, group ${g} of 7` });
  await expect(box(1)).toBeVisible();
  await expectAxeClean(web);
  // A mistyped digit in the last group: the check digits catch it as soon as all 35 are in.
  const typed = groups(source);
  const last = typed[6]!;
  typed[6] = last.slice(0, 4) + String((Number(last[4]) + 1) % 10);
  for (const [i, group] of typed.entries()) await box(i + 1).pressSequentially(group, { delay: 15 });
  await expect(errorText(web, "This Source License Server ID looks mistyped")).toBeVisible();
  await box(7).fill("");
  await box(7).pressSequentially(last, { delay: 15 });
  for (const [i, group] of groups(source).entries()) await expect(box(i + 1)).toHaveValue(group);
  await web.getByLabel("License Program").selectOption({ label: "Enterprise Agreement" });
  await next(web);
  await web.getByLabel("Last name or surname").fill("Morgan");
  await web.getByLabel("First name or given name").fill("Alex");
  await web.getByLabel("Company name").fill("Contoso Ltd");
  await web.getByLabel("Country/region").selectOption({ label: "United States of America" });
  await next(web);
  await web.getByRole("textbox", { name: "Enrollment number" }).fill(credential);
  await web.getByLabel("Type of RDS CAL").selectOption({ label: "Windows Server 2022 - RDS Per User CAL" });
  await web.getByLabel("Quantity").fill(String(quantity));
  await next(web);
  await expect(web.getByText(groups(source).join("-")).first()).toBeVisible();
  await next(web);
}

test("migrate from a source that is available: the source's CALs go as the pack installs, event 91 in both logs", async ({ page, browser, db }) => {
  const { bought, source, target } = await setUp(db);

  await test.step("Source License Server Information: a wrong name, then the source's name", async () => {
    await startMigration(page, target);
    await expectAxeClean(page);
    await page.getByLabel("Source license server name or IP address").pressSequentially("LS-NOWHERE-9", { delay: 15 });
    await next(page);
    await expect(errorText(page, MIGRATE_MESSAGES.notFound("LS-NOWHERE-9"))).toBeVisible();
    await page.getByLabel("Source license server name or IP address").fill("");
    await page.getByLabel("Source license server name or IP address").pressSequentially(target.name, { delay: 15 });
    await next(page);
    await expect(errorText(page, MIGRATE_MESSAGES.sameServer)).toBeVisible();
    await page.getByLabel("Source license server name or IP address").fill("");
    await page.getByLabel("Source license server name or IP address").pressSequentially(source.name.toLowerCase(), { delay: 15 });
    await expect(page.getByLabel("Source license server name or IP address")).toHaveValue(source.name.toLowerCase());
    await next(page);
  });

  await test.step("The reminder lists the source's CALs; Obtain Client License Key Pack shows the Source License Server ID", async () => {
    await expectPage(page, "migrate-reminder", "Remove RDS CALs from the Source License Server");
    await expect(page.getByRole("table", { name: `RDS CALs installed on ${source.name} now` })).toContainText("Windows Server 2022 - RDS Per User CAL");
    await expectAxeClean(page);
    await noHorizontalScroll(page);
    await next(page);
    await expectPage(page, "migrate-obtain-key-pack", "Obtain Client License Key Pack");
    await expect(page.locator("#source-license-server-id")).toHaveText(groups(source.licenseServerId).join("-"));
    await expectAxeClean(page);
  });

  let licenseKeyPackId = "";
  await test.step("The Web site issues the pack for the target, with the source's pack no longer counted", async () => {
    const other = await browser.newContext();
    const web = await other.newPage();
    await askWebSite(web, target.licenseServerId, source.licenseServerId, bought.credential.agreementNumber!, BOUGHT);
    await expect(web.getByRole("heading", { level: 1, name: "Your license key pack ID" })).toBeVisible();
    const shown = (await web.getByRole("region", { name: "License key pack ID" }).getByText(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){6}$/).textContent())!;
    licenseKeyPackId = shown.replace(/-/g, "");
    await other.close();
    const counting = await db.issuedKeyPack.findMany({ where: { entitlementId: bought.entitlement.id, supersededAt: null }, select: { targetLicenseServerId: true } });
    expect(counting).toEqual([{ targetLicenseServerId: target.licenseServerId }]);
  });

  await test.step("Install: the completing page says what was removed; both logs have event 91", async () => {
    await enterKeyPackId(page, licenseKeyPackId);
    await next(page);
    await expectPage(page, "migrate-completed", "Completing the Manage RDS CALs Wizard");
    await expect(page.getByText(`Removed from ${source.name}`)).toBeVisible();
    await expectAxeClean(page);
    await page.getByRole("link", { name: "Finish" }).click();
    await expect(page).toHaveURL(/\/console\?server=/);
    const [s, t] = [await serverState(db, source.id), await serverState(db, target.id)];
    expect(s.keyPacks).toHaveLength(0);
    expect(s.cals).toBe(0);
    expect(t.keyPacks.map((p) => p.totalLicenses)).toEqual([BOUGHT]);
    expect(s.eventIds).toContain(EVENT_IDS.MIGRATED_CALS_REMOVED);
    expect(t.eventIds).toContain(EVENT_IDS.MIGRATED_CALS_REMOVED);
    expect(t.runs.at(-1)).toMatchObject({ status: "FINISHED", step: "MIGRATE_COMPLETED", action: "MIGRATE", activeServerId: null });
  });
});

test("migrate from a source that is not available: a warning on the source until its CALs are removed by hand", async ({ page, db }) => {
  const { bought, source, target } = await setUp(db);

  await test.step("Source License Server Information by keyboard: the check box, the operating system, a mistyped ID corrected", async () => {
    await startMigration(page, target);
    const name = page.getByLabel("Source license server name or IP address");
    await name.focus();
    await page.keyboard.type(source.name, { delay: 15 });
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    await expect(page.getByLabel(NOT_AVAILABLE_LABEL)).toBeChecked();
    await page.getByLabel("Operating system of the source license server").selectOption("Windows Server 2019");
    const box = (g: number) => page.getByRole("textbox", { name: `License Server ID of the source license server, group ${g} of 7` });
    // This server's own ID first: refused on Next.
    for (const [i, group] of groups(target.licenseServerId).entries()) await box(i + 1).pressSequentially(group, { delay: 10 });
    await next(page);
    await expect(errorText(page, MIGRATE_MESSAGES.sameId)).toBeVisible();
    for (let g = 1; g <= 7; g++) await box(g).fill("");
    await box(1).focus();
    await page.keyboard.type(source.licenseServerId, { delay: 10 });
    for (const [i, group] of groups(source.licenseServerId).entries()) await expect(box(i + 1)).toHaveValue(group);
    await expectAxeClean(page);
    await noHorizontalScroll(page);
    await page.keyboard.press("Enter");
  });

  await test.step("The reminder asks the person to remove the CALs by hand", async () => {
    await expectPage(page, "migrate-reminder", "Remove RDS CALs from the Source License Server");
    await next(page);
    await expect(errorText(page, MIGRATE_MESSAGES.removeByHand)).toBeVisible();
    await page.getByLabel(REMOVE_BY_HAND_LABEL).check();
    await expectAxeClean(page);
    await next(page);
    await expectPage(page, "migrate-obtain-key-pack", "Obtain Client License Key Pack");
  });

  await test.step("Install (an ID issued by the web site for the target, as a migration), then the warning on the source", async () => {
    const { entitlement } = bought;
    const pack = await issueKeyPack(db, {
      targetLicenseServerId: target.licenseServerId,
      calType: entitlement.calType,
      licenseProgram: entitlement.licenseProgram,
      quantity: BOUGHT,
      entitlementId: entitlement.id,
      sourceLicenseServerId: source.licenseServerId,
    });
    await enterKeyPackId(page, pack.licenseKeyPackId);
    await next(page);
    await expectPage(page, "migrate-completed", "Completing the Manage RDS CALs Wizard");
    await expect(page.getByText(`The RDS CALs were not removed from ${source.name}`)).toBeVisible();
    await page.getByRole("link", { name: `Open ${source.name} in the console` }).click();
    const warning = page.getByRole("region", { name: "RDS CALs to remove from this license server" });
    await expect(warning).toContainText(target.name);
    await expectAxeClean(page);
    expect((await serverState(db, source.id)).eventIds).toContain(EVENT_IDS.MIGRATED_CALS_NOT_REMOVED);
    expect((await serverState(db, target.id)).eventIds).toContain(EVENT_IDS.MIGRATED_CALS_NOT_REMOVED);
    await warning.getByRole("button", { name: `Remove these RDS CALs from ${source.name}` }).click();
    await expect(warning).toHaveCount(0);
    expect((await serverState(db, source.id)).keyPacks).toHaveLength(0);
  });
});
