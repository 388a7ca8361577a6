// Steps both demos walk the same way: 12 to 16 on the Web site (company, purchase, verify), and 18 in the
// console (the license key pack ID typed into the seven boxes).
import type { Page } from "@playwright/test";
import type { ManageCalsWizard } from "../pages/console";
import type { CompanyDetails, CredentialTyped, LicensingSite } from "../pages/licensing";
import { demoStep } from "./demo-step";
import { expect } from "./demo-data";

export interface Recovery {
  /** Names a repeated pass through the steps, e.g. "second key pack". */
  pass?: string;
  program: string;
  credential: CredentialTyped;
  calType: string;
  quantity: number;
}

/** Steps 12 to 16: Next, company information, Next, the purchase, Next to the page to verify. */
export async function companyAndPurchase(site: LicensingSite, company: CompanyDetails, recovery: Recovery) {
  const { page } = site;
  const { pass } = recovery;
  await demoStep(page, 12, async () => {
    await site.next();
    await site.expectCompanyPage();
  }, { pass });
  await demoStep(page, 13, () => site.fillCompany(company), { pass });
  await demoStep(page, 14, async () => {
    await site.next();
    await site.expectPurchasePage();
  }, { pass });
  await demoStep(page, 15, () => site.fillPurchase(recovery.credential, recovery.calType, recovery.quantity), { pass });
  await demoStep(page, 16, async () => {
    await site.next();
    await site.expectVerifyPage();
    await expect(site.section("License server information")).toContainText(recovery.program);
    await expect(site.section("License program information")).toContainText(recovery.calType);
    await expect(site.section("Company information")).toContainText(company.companyName);
  }, { pass });
}

/** Step 18 in the console: the license key pack ID typed into the seven boxes, then Next. */
export async function installOnConsole(page: Page, wizard: ManageCalsWizard, licenseKeyPackId: string, pass?: string) {
  await demoStep(page, 18, async () => {
    await page.bringToFront();
    await wizard.enterKeyPackId(licenseKeyPackId);
    await wizard.next();
    await wizard.expectPage("reinstall-additional", "Reinstalling Additional RDS CALs");
  }, { pass });
}

export const FINISH_SENTENCE = "To finish rebuilding the RD Licensing database, click Finish rebuilding the RD Licensing database, click Next, and then click Finish.";
