// Steps the demos walk the same way: 12 to 16 on the Web site (company, purchase, verify), 18 in the console
// (the license key pack ID typed into the seven boxes), and the Manage RDS CALs Wizard's pages that take one
// answer and Next (the telephone rebuild's and the migration's).
import type { Page } from "@playwright/test";
import type { ConsoleWindow, ManageCalsWizard } from "../pages/console";
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

/** A demo's way to run one numbered step of its procedure (demoStep, or libraryStep bound to a procedure). */
export type StepRunner = <T>(page: Page, number: number, body: () => Promise<T>) => Promise<T>;

export interface WizardPageAnswer {
  step: number;
  /** The option chosen on the page, or "confirm" for Confirm Deletion's check box; none: Next only. */
  answer?: string;
  /** The page Next leads to. */
  next: { slug: string; title: string };
}

/** One step per wizard page: its answer, Next, and the page that follows. */
export async function answerWizardPages(step: StepRunner, wizard: ManageCalsWizard, pages: readonly WizardPageAnswer[]) {
  for (const { step: number, answer, next } of pages) {
    await step(wizard.page, number, async () => {
      if (answer === "confirm") await wizard.tickConfirmDeletion();
      else if (answer) await wizard.choose(answer);
      await wizard.next();
      await wizard.expectPage(next.slug, next.title);
    });
  }
}

/** Steps 1 to 3 in the console: open it, set the server's connection method in Properties, then Action > Manage RDS CALs. */
export async function openManageRdsCals(step: StepRunner, lsm: ConsoleWindow, serverName: string, connectionMethod: "Web Browser" | "Telephone"): Promise<ManageCalsWizard> {
  await step(lsm.page, 1, () => lsm.open());
  await step(lsm.page, 2, async () => {
    const properties = await lsm.openProperties(serverName);
    await properties.setConnectionMethod(connectionMethod);
    await expect(lsm.serverStatus(serverName)).toContainText(`Activated, ${connectionMethod}`);
  });
  return step(lsm.page, 3, async () => {
    await lsm.selectServer(serverName);
    return lsm.manageRdsCals();
  });
}
