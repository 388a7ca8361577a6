// The whole procedure "To rebuild the RD Licensing database by using a Web browser" (docs/procedure-source.txt),
// steps 1 to 19, across both sites: the console in one page, the Remote Desktop Services Licensing Web site
// in another (first the tab the console's hyperlink opens, then "a computer that has Internet
// connectivity": another browser context where the Target License Server ID is typed by hand), two key
// packs reinstalled through the loop of step 19. Once with the mouse and once with the keyboard only.
// Every page is checked with axe on arrival (e2e/a11y.ts).
import type { Page } from "@playwright/test";
import { AxeScanner } from "../a11y";
import { ConsoleWindow, ManageCalsWizard } from "../pages/console";
import { driverFor } from "../pages/driver";
import { countPointerEvents, type InputMode } from "../pages/input";
import { LicensingSite, type CompanyDetails } from "../pages/licensing";
import { openComputer, type Computer } from "./computers";
import { demoInput, demoStep } from "./demo-step";
import { companyAndPurchase, FINISH_SENTENCE, installOnConsole, type Recovery } from "./shared-steps";
import { expect, test } from "./demo-data";
import { REBUILT_MESSAGE } from "@/lib/console/events";
import { uniqueSuffix } from "@/prisma/factories";

for (const mode of ["mouse", "keyboard"] as const satisfies InputMode[]) {
  const name = mode === "mouse" ? "rebuild the RD Licensing database by using a Web browser, steps 1 to 19" : "the same rebuild, keyboard only @keyboard";

  test(name, async ({ page, context, browser, db, demoData }) => {
    test.slow(); // 19 steps, two key packs, two sites, an axe scan per page
    const pointerEvents = mode === "keyboard" ? await countPointerEvents(context) : null;
    const server = await demoData.licenseServer();
    const userCals = await demoData.purchase({ licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: 50 });
    const deviceCals = await demoData.purchase({ licenseProgram: "LICENSE_PACK", calType: "WS2019_PER_DEVICE", quantity: 25 });
    const axe = new AxeScanner();
    const drive = (p: Page) => driverFor(p, mode, axe, demoInput());
    const lsm = new ConsoleWindow(drive(page));
    const company: CompanyDetails = { lastName: "Morgan", firstName: "Alex", companyName: "Contoso Pharmaceuticals", country: "United Kingdom", email: `it-${uniqueSuffix().toLowerCase()}@contoso.example` };
    let wizard!: ManageCalsWizard;

    await demoStep(page, 1, async () => {
      await lsm.open();
      await expect(lsm.serverStatus(server.name)).toContainText("Activated, Automatic connection (recommended)");
    });

    await demoStep(page, 2, async () => {
      const properties = await lsm.openProperties(server.name);
      await expect(properties.connectionMethod().locator("option:checked")).toHaveText("Automatic connection (recommended)");
      await properties.setConnectionMethod("Web Browser");
      await expect(lsm.serverStatus(server.name)).toContainText("Activated, Web Browser");
      expect((await db.licenseServer.findUniqueOrThrow({ where: { id: server.id } })).connectionMethod).toBe("WEB_BROWSER");
    });

    await demoStep(page, 3, async () => {
      await lsm.selectServer(server.name);
      await expect(lsm.installedRdsCals(server.name).getByRole("row")).toHaveCount(1 + 2 + 1); // header, two packs, total
      wizard = await lsm.manageRdsCals();
    });

    await demoStep(page, 4, async () => {
      await wizard.next();
      await wizard.expectPage("action-selection", "Action Selection");
    });

    await demoStep(page, 5, async () => {
      await expect(wizard.radio("Migrate RDS CALs from another license server to this license server")).toBeEnabled();
      await wizard.choose("Rebuild the license server database");
      await wizard.next();
      await wizard.expectPage("reason", "Select a Reason");
    });

    await demoStep(page, 6, async () => {
      await wizard.choose("The license server database is corrupt");
      await wizard.next();
      await wizard.expectPage("confirm-deletion", "Confirm Deletion of RDS CALs");
    });

    await demoStep(page, 7, async () => {
      await expect(page.getByRole("table", { name: "RDS CALs that will be deleted" }).getByRole("row")).toHaveCount(1 + 2 + 1); // header, two packs, total
      // Without the check box nothing is deleted: the wizard says what is missing and stays.
      await wizard.next();
      await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText(
        "Select the Confirm deletion of RDS CALs currently installed on this license server check box to continue",
      );
      await wizard.expectPage("confirm-deletion", "Confirm Deletion of RDS CALs", "check box not selected");
      expect(await db.installedKeyPack.count({ where: { serverId: server.id } })).toBe(2);
      await wizard.tickConfirmDeletion();
      await wizard.next();
      await wizard.expectPage("reinstalling", "Reinstalling RDS CALs");
    });

    await demoStep(page, 8, async () => {
      await expect(page.getByText("The contents of the RD Licensing database have been deleted: 2 key packs and 8 issued RDS CALs.")).toBeVisible();
      expect(await db.installedKeyPack.count({ where: { serverId: server.id } })).toBe(0);
      expect(await db.issuedCal.count({ where: { serverId: server.id } })).toBe(0);
      await wizard.next();
      await wizard.expectPage("obtain-key-pack", "Obtain Client License Key Pack");
    });

    // First key pack: the console's hyperlink opens the Web site in a new tab, carrying the ID.
    let licenseServerId: string[] = [];
    let webSite!: LicensingSite;
    await demoStep(page, 9, async () => {
      licenseServerId = await wizard.licenseServerIdShown();
      expect(licenseServerId.join("")).toBe(server.licenseServerId);
      webSite = new LicensingSite(drive(await wizard.openWebSite()));
      await webSite.arrivedHome();
    });
    await demoStep(webSite.page, 10, () => webSite.selectManageCals());
    await demoStep(webSite.page, 11, async () => {
      expect(await webSite.licenseServerIdEntered(), "the ID the hyperlink carried is the one the console shows").toEqual(licenseServerId);
      await webSite.chooseReasonAndProgram("The license server database was rebuilt", "Enterprise Agreement");
    });
    const first = await recoverOnWebSite(webSite, company, { program: "Enterprise Agreement", credential: { agreementNumber: userCals.credential.agreementNumber }, calType: "Windows Server 2022 - RDS Per User CAL", quantity: 50 });
    await installOnConsole(page, wizard, first);

    await demoStep(page, 19, async () => {
      await wizard.choose("Continue reinstalling additional RDS CALs");
      await wizard.next();
      await wizard.expectPage("obtain-key-pack", "Obtain Client License Key Pack");
      await expect(page.getByRole("table", { name: "RDS CALs reinstalled so far in this rebuild" })).toContainText("Windows Server 2022 - RDS Per User CAL");
    }, { sentence: "To reinstall another set of RDS CALs, on the Reinstalling Additional RDS CALs page, click Continue reinstalling additional RDS CALs, and then click Next. Repeat steps 9 through 18." });

    // Second key pack, from "a computer that has Internet connectivity": the address noted, the ID typed.
    const pass = "second key pack";
    let otherComputer!: Computer;
    let secondSite!: LicensingSite;
    await demoStep(page, 9, async () => {
      expect((await wizard.licenseServerIdShown()).join("")).toBe(server.licenseServerId);
      const href = (await wizard.webSiteLink().getAttribute("href")) ?? "";
      const noted = new URL(href);
      otherComputer = await openComputer(browser, "computer with Internet connectivity", { watchPointer: mode === "keyboard" });
      secondSite = new LicensingSite(drive(await otherComputer.context.newPage()));
      await secondSite.open(`${noted.origin}${noted.pathname}`);
    }, { pass, withNote: true });
    await demoStep(secondSite.page, 10, () => secondSite.selectManageCals(), { pass });
    await demoStep(secondSite.page, 11, async () => {
      await secondSite.typeLicenseServerId(licenseServerId);
      await secondSite.chooseReasonAndProgram("The license server database was rebuilt", "License Pack (Retail Purchase)");
    }, { pass });
    const second = await recoverOnWebSite(secondSite, company, { pass, program: "License Pack (Retail Purchase)", credential: { licenseCode: deviceCals.credential.licenseCode }, calType: "Windows Server 2019 - RDS Per Device CAL", quantity: 25 });
    await installOnConsole(page, wizard, second, pass);

    await demoStep(page, 19, async () => {
    await wizard.finishRebuilding();
      const table = lsm.installedRdsCals(server.name);
      await expect(table.getByRole("row")).toHaveCount(1 + 2 + 1);
      await expect(table).toContainText("Windows Server 2022 - RDS Per User CAL");
      await expect(table).toContainText("Windows Server 2019 - RDS Per Device CAL");
      await expect(lsm.eventLog()).toContainText(REBUILT_MESSAGE);
    }, { sentence: FINISH_SENTENCE });

    await test.step("the license server holds exactly the two reinstalled key packs", async () => {
      const packs = await db.installedKeyPack.findMany({ where: { serverId: server.id }, orderBy: { keypackId: "asc" } });
      expect(packs.map((p) => [p.licenseKeyPackId, p.calType, p.licenseProgram, p.totalLicenses])).toEqual([
        [first, "WS2022_PER_USER", "ENTERPRISE_AGREEMENT", 50],
        [second, "WS2019_PER_DEVICE", "LICENSE_PACK", 25],
      ]);
      expect(await db.issuedCal.count({ where: { serverId: server.id } })).toBe(0);
      const runs = await db.wizardRun.findMany({ where: { serverId: server.id } });
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({ status: "FINISHED", activeServerId: null, deletedKeyPacks: 2, deletedCals: 8, reason: "The license server database is corrupt" });
      const requests = await db.recoveryRequest.findMany({ where: { targetLicenseServerId: server.licenseServerId }, orderBy: { createdAt: "asc" } });
      expect(requests.map((r) => [r.status, r.entitlementId])).toEqual([
        ["ISSUED", userCals.entitlement.id],
        ["ISSUED", deviceCals.entitlement.id],
      ]);
    });

    await test.step("every page on the way was checked with axe", () => {
      const wizardPages = ["welcome", "action-selection", "reason", "confirm-deletion", "reinstalling", "obtain-key-pack", "reinstall-additional", "completed"];
      const webSitePages = ["license-server", "company", "purchase", "verify", "result"];
      axe.expectCovered(["/console", "/console/servers/*/properties", ...wizardPages.map((p) => `/console/servers/*/manage-cals/${p}`), "/licensing", ...webSitePages.map((p) => `/licensing/manage-cals/${p}`)]);
    });

    if (pointerEvents) expect(pointerEvents() + otherComputer.pointerEvents(), "pointer events in a keyboard-only run").toBe(0);
    await otherComputer.close();
  });
}

/** Steps 12 to 17 on the Web site: company, purchase, verify, submit; returns the license key pack ID. */
async function recoverOnWebSite(site: LicensingSite, company: CompanyDetails, recovery: Recovery): Promise<string> {
  await companyAndPurchase(site, company, recovery);
  return demoStep(site.page, 17, async () => {
    await site.next();
    await site.expectKeyPackIdIssued();
    await expect(site.page.getByText(/^Retain a copy of the license key pack ID\./)).toBeVisible();
    return site.keyPackIdShown();
  }, { pass: recovery.pass });
}
