// "To rebuild the RD Licensing database by using the telephone" (lib/procedure/library.ts), all 12 steps
// across two computers: the caller's console, whose license server is set to the Telephone connection
// method, and the helpdesk agent's Phone desk. The caller reads the License Server ID and the purchase out;
// the agent types them and reads the license key pack ID back group by group; the caller types what they
// hear. The script of e2e/helpdesk/telephone-rebuild.spec.ts, captioned step by step. The Phone desk has no
// step counter (the helpdesk is staff's site): the agent's captions are not held against one.
import { AxeScanner } from "../a11y";
import { signedIn } from "../helpdesk/support";
import { ConsoleWindow } from "../pages/console";
import { driverFor } from "../pages/driver";
import { PhoneDesk } from "../pages/phone-desk";
import { openComputer } from "./computers";
import { demoInput, libraryStep, type StepOptions } from "./demo-step";
import { expect, followProcedure, test } from "./demo-data";
import { answerWizardPages, openManageRdsCals } from "./shared-steps";
import { clearinghousePhone } from "@/lib/licensing/clearinghouse-phone";
import { REBUILT_MESSAGE } from "@/lib/console/events";
import { uniqueSuffix } from "@/prisma/factories";
import type { Page } from "@playwright/test";

const step = <T>(page: Page, number: number, body: () => Promise<T>, options?: StepOptions) => libraryStep("rebuild-telephone", page, number, body, options);
const PHONE_DESK = "Phone desk, Microsoft Clearinghouse helpdesk";

test("rebuild the RD Licensing database by using the telephone: the caller's console and the agent's Phone desk", async ({ page, context, browser, db, demoData }) => {
  test.slow(); // 12 steps on two computers, an axe scan per page
  const server = await demoData.licenseServer({ countryRegion: "GB" });
  const { credential } = await demoData.purchase({ licenseProgram: "SELECT_LICENSE", calType: "WS2022_PER_USER", quantity: 25 });
  await followProcedure(context, "rebuild-telephone");
  const axe = new AxeScanner();
  const lsm = new ConsoleWindow(driverFor(page, "mouse", axe, demoInput()));
  const wizard = await openManageRdsCals(step, lsm, server.name, "Telephone");
  await answerWizardPages(step, wizard, [
    { step: 4, next: { slug: "action-selection", title: "Action Selection" } },
    { step: 5, answer: "Rebuild the license server database", next: { slug: "reason", title: "Select a Reason" } },
    { step: 6, answer: "The license server database is corrupt", next: { slug: "confirm-deletion", title: "Confirm Deletion of RDS CALs" } },
    { step: 7, answer: "confirm", next: { slug: "reinstalling", title: "Reinstalling RDS CALs" } },
    { step: 8, next: { slug: "obtain-key-pack", title: "Obtain Client License Key Pack" } },
  ]);

  // The caller's screen: the number for the server's country, the ID to read out, no Web site link.
  const read = await step(page, 9, async () => {
    await expect(page.locator("#clearinghouse-phone")).toHaveText(clearinghousePhone("GB").number);
    await expect(wizard.webSiteLink()).toHaveCount(0);
    return wizard.licenseServerIdShown();
  }, { withNote: true });
  expect(read.join("")).toBe(server.licenseServerId);

  const agentComputer = await openComputer(browser, "helpdesk agent's computer");
  demoData.staff(await signedIn(agentComputer.context, db, "AGENT"));
  const desk = new PhoneDesk(driverFor(await agentComputer.context.newPage(), "mouse", axe, demoInput()));
  await step(desk.page, 9, async () => {
    await desk.open();
    await desk.typeLicenseServerId(read);
  }, { where: PHONE_DESK, pass: "the agent types what the caller reads" });
  await step(desk.page, 10, async () => {
    await desk.chooseReasonAndProgram("The license server database was rebuilt", "Select License");
    await desk.typeCompany({ lastName: "Garcia", firstName: "Ana", companyName: `Northwind ${uniqueSuffix()}`, country: "United Kingdom" });
    await desk.typePurchase({ agreementNumber: credential.agreementNumber }, "Windows Server 2022 - RDS Per User CAL", 25);
    await desk.submit();
    await expect(desk.readBack()).toBeVisible();
  }, { where: PHONE_DESK });

  const heard = await desk.heardGroups();
  await step(page, 11, async () => {
    await page.bringToFront();
    await wizard.enterKeyPackId(heard.join(""));
    await wizard.next();
    await wizard.expectPage("reinstall-additional", "Reinstalling Additional RDS CALs");
  }, { withNote: true });
  await step(page, 12, async () => {
    await wizard.finishRebuilding();
    await expect(lsm.installedRdsCals(server.name)).toContainText("Windows Server 2022 - RDS Per User CAL");
    await expect(lsm.eventLog()).toContainText(REBUILT_MESSAGE);
  }, { sentence: "To finish, choose to finish rebuilding, click Next, and then click Finish." });

  await test.step("the license server holds exactly the key pack read back; the request came by telephone", async () => {
    const packs = await db.installedKeyPack.findMany({ where: { serverId: server.id } });
    expect(packs.map((p) => [p.licenseKeyPackId, p.calType, p.licenseProgram, p.totalLicenses])).toEqual([[heard.join(""), "WS2022_PER_USER", "SELECT_LICENSE", 25]]);
    const request = await db.recoveryRequest.findFirstOrThrow({ where: { targetLicenseServerId: server.licenseServerId } });
    expect(request).toMatchObject({ channel: "TELEPHONE", status: "ISSUED" });
  });
  axe.expectCovered(["/console", "/console/servers/*/properties", "/console/servers/*/manage-cals/obtain-key-pack", "/helpdesk/phone"]);
  await agentComputer.close();
});
