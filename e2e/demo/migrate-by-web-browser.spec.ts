// "To migrate RDS CALs to another license server by using a Web browser" (lib/procedure/library.ts), all 16
// steps: the Manage RDS CALs Wizard on the license server that receives the RDS CALs (Migrate, the reason,
// the source license server by name, the reminder), the Web site's Manage CALs with the migration as the
// reason on a computer with Internet connectivity (both License Server IDs typed by hand), and the license
// key pack ID typed back; the source, on the network, loses its RDS CALs as the new pack installs. The
// script of e2e/console/migrate.spec.ts's first test, captioned step by step.
import type { Page } from "@playwright/test";
import { AxeScanner } from "../a11y";
import { ConsoleWindow } from "../pages/console";
import { driverFor, groupsOf } from "../pages/driver";
import { LicensingSite } from "../pages/licensing";
import { openComputer, type Computer } from "./computers";
import { demoInput, libraryStep, type StepOptions } from "./demo-step";
import { expect, followProcedure, test } from "./demo-data";
import { answerWizardPages, openManageRdsCals } from "./shared-steps";
import { EVENT_IDS } from "@/lib/console/events";
import { issueAndInstall } from "@/prisma/factories";
import { serverState } from "../console/wizard";

const step = <T>(page: Page, number: number, body: () => Promise<T>, options?: StepOptions) => libraryStep("migrate-web", page, number, body, options);
const REASON = "The source license server is being replaced by this license server";
const BOUGHT = 40;

test("migrate RDS CALs from another license server by using a Web browser", async ({ page, context, browser, db, demoData }) => {
  test.slow(); // 16 steps on two computers, an axe scan per page
  const source = await demoData.licenseServer({ connectionMethod: "WEB_BROWSER", packs: [] });
  const target = await demoData.licenseServer({ connectionMethod: "WEB_BROWSER", packs: [] });
  const bought = await demoData.purchase({ licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: BOUGHT });
  await issueAndInstall(db, source, bought.entitlement, BOUGHT, 3);
  await followProcedure(context, "migrate-web");
  const axe = new AxeScanner();
  const lsm = new ConsoleWindow(driverFor(page, "mouse", axe, demoInput()));
  const wizard = await openManageRdsCals(step, lsm, target.name, "Web Browser");
  await answerWizardPages(step, wizard, [
    { step: 4, next: { slug: "action-selection", title: "Action Selection" } },
    { step: 5, answer: "Migrate RDS CALs from another license server to this license server", next: { slug: "migrate-reason", title: "Select a Reason for Migration" } },
    { step: 6, answer: REASON, next: { slug: "migrate-source", title: "Source License Server Information" } },
  ]);
  await step(page, 7, async () => {
    await wizard.typeSourceServer(source.name);
    await wizard.next();
    await wizard.expectPage("migrate-reminder", "Remove RDS CALs from the Source License Server");
  });
  await step(page, 8, async () => {
    await expect(page.getByRole("table", { name: `RDS CALs installed on ${source.name} now` })).toContainText("Windows Server 2022 - RDS Per User CAL");
    await wizard.next();
    await wizard.expectPage("migrate-obtain-key-pack", "Obtain Client License Key Pack");
  });

  // From "a computer with Internet connectivity": the address noted, both IDs typed by hand.
  let targetId: string[] = [];
  let other!: Computer;
  let site!: LicensingSite;
  await step(page, 9, async () => {
    targetId = await wizard.licenseServerIdShown();
    expect(targetId.join("")).toBe(target.licenseServerId);
    await expect(page.locator("#source-license-server-id")).toHaveText(groupsOf(source.licenseServerId).join("-"));
    const noted = new URL((await wizard.webSiteLink().getAttribute("href")) ?? "");
    other = await openComputer(browser, "computer with Internet connectivity");
    await followProcedure(other.context, "migrate-web");
    site = new LicensingSite(driverFor(await other.context.newPage(), "mouse", axe, demoInput()));
    await site.open(noted.pathname);
  }, { withNote: true });
  await step(site.page, 10, () => site.selectManageCals());
  await step(site.page, 11, async () => {
    await site.typeLicenseServerId(targetId);
    await site.chooseReasonAndProgram(REASON, "Enterprise Agreement");
    await site.typeSourceLicenseServerId(groupsOf(source.licenseServerId));
    await site.next();
    await site.expectCompanyPage();
  });
  await step(site.page, 12, async () => {
    await site.fillCompany({ lastName: "Morgan", firstName: "Alex", companyName: "Contoso Ltd", country: "United States of America" });
    await site.next();
    await site.expectPurchasePage();
  });
  await step(site.page, 13, async () => {
    await site.fillPurchase({ agreementNumber: bought.credential.agreementNumber }, "Windows Server 2022 - RDS Per User CAL", BOUGHT);
    await site.next();
    await site.expectVerifyPage();
  });
  const licenseKeyPackId = await step(site.page, 14, async () => {
    await expect(site.page.getByText(groupsOf(source.licenseServerId).join("-")).first()).toBeVisible();
    await site.next();
    await site.expectKeyPackIdIssued();
    return site.keyPackIdShown();
  });

  await step(page, 15, async () => {
    await page.bringToFront();
    await wizard.enterKeyPackId(licenseKeyPackId);
    await wizard.next();
    await wizard.expectPage("migrate-completed", "Completing the Manage RDS CALs Wizard");
  });
  await step(page, 16, async () => {
    await expect(page.getByText(`Removed from ${source.name}`)).toBeVisible();
    await wizard.finish();
    await expect(lsm.installedRdsCals(target.name)).toContainText("Windows Server 2022 - RDS Per User CAL");
  });

  await test.step("the RDS CALs moved: on the target, gone from the source, event 91 in both logs", async () => {
    const [from, to] = [await serverState(db, source.id), await serverState(db, target.id)];
    expect(from.keyPacks).toEqual([]);
    expect(to.keyPacks.map((p) => [p.licenseKeyPackId, p.totalLicenses])).toEqual([[licenseKeyPackId, BOUGHT]]);
    expect(from.eventIds).toContain(EVENT_IDS.MIGRATED_CALS_REMOVED);
    expect(to.eventIds).toContain(EVENT_IDS.MIGRATED_CALS_REMOVED);
  });
  const wizardPages = ["welcome", "action-selection", "migrate-reason", "migrate-source", "migrate-reminder", "migrate-obtain-key-pack", "migrate-completed"];
  axe.expectCovered(["/console", "/console/servers/*/properties", ...wizardPages.map((p) => `/console/servers/*/manage-cals/${p}`), "/licensing", ...["license-server", "company", "purchase", "verify", "result"].map((p) => `/licensing/manage-cals/${p}`)]);
  await other.close();
});
