// The helpdesk path of the procedure: a recovery the Clearinghouse cannot issue at once (more CALs than the
// purchase covers) goes to the helpdesk queue; an agent approves it; the customer reads the license key pack
// ID on Check request status; the console installs it and the rebuild finishes. Three browsers: the
// license server's console, the customer's computer with Internet connectivity, the agent's.
import { AxeScanner } from "../a11y";
import { signedIn } from "../helpdesk/support";
import { ConsoleWindow } from "../pages/console";
import { driverFor } from "../pages/driver";
import { HelpdeskQueue } from "../pages/helpdesk";
import { LicensingSite } from "../pages/licensing";
import { openComputer } from "./computers";
import { demoInput, demoStep, narratedStep } from "./demo-step";
import { expect, test } from "./demo-data";
import { companyAndPurchase, FINISH_SENTENCE, installOnConsole } from "./shared-steps";
import { openRebuildRun } from "@/prisma/console-factories";
import { uniqueSuffix } from "@/prisma/factories";
import { formatKeyPackId } from "@/lib/licensing/key-pack-id-format";

const HELPDESK = "Microsoft Clearinghouse helpdesk";
const WEB_SITE = "Remote Desktop Services Licensing Web site";

test("a recovery that needs review: an agent approves it, the customer reads the ID, the console installs it", async ({ page, browser, db, demoData }) => {
  test.slow(); // three browsers, two sites and the helpdesk, an axe scan per page
  const server = await demoData.licenseServer({ connectionMethod: "WEB_BROWSER" });
  await openRebuildRun(db, server, "OBTAIN_KEY_PACK", { deleted: true });
  const purchase = await demoData.purchase({ licenseProgram: "SELECT_LICENSE", calType: "WS2019_PER_USER", quantity: 20 });
  const email = `licensing-${uniqueSuffix().toLowerCase()}@fabrikam.example`;
  const axe = new AxeScanner();
  const lsm = new ConsoleWindow(driverFor(page, "mouse", axe, demoInput()));
  const customer = await openComputer(browser, "customer's computer");
  const site = new LicensingSite(driverFor(await customer.context.newPage(), "mouse", axe, demoInput()));
  const agentComputer = await openComputer(browser, "helpdesk agent's computer");
  const agent = demoData.staff(await signedIn(agentComputer.context, db, "AGENT"));
  const queue = new HelpdeskQueue(driverFor(await agentComputer.context.newPage(), "mouse", axe, demoInput()));

  // The resumed wizard opens within the aside: step 9's caption comes with its page (the counter says 9 too).
  const wizard = await narratedStep(page, { label: "Steps 1 to 8 done", text: "The RDS CALs of this license server were deleted by a rebuild; Manage RDS CALs resumes at Obtain Client License Key Pack." }, async () => {
    await lsm.open();
    await lsm.selectServer(server.name);
    await expect(page.getByRole("status").filter({ hasText: "A rebuild of the RD Licensing database is in progress" })).toBeVisible();
    return lsm.manageRdsCals({ slug: "obtain-key-pack", title: "Obtain Client License Key Pack" });
  });
  const licenseServerId = await demoStep(page, 9, () => wizard.licenseServerIdShown(), { withNote: true });

  await demoStep(site.page, 10, async () => {
    await site.open();
    await site.selectManageCals();
  });
  await demoStep(site.page, 11, async () => {
    await site.typeLicenseServerId(licenseServerId);
    await site.chooseReasonAndProgram("The license server database was rebuilt", "Select License");
  });
  // 30 CALs on a purchase of 20: the Clearinghouse cannot issue this at once.
  const company = { lastName: "Lee", firstName: "Jordan", companyName: "Fabrikam Inc", country: "Canada", email };
  await companyAndPurchase(site, company, { program: "Select License", credential: { agreementNumber: purchase.credential.agreementNumber }, calType: "Windows Server 2019 - RDS Per User CAL", quantity: 30 });
  const reference = await demoStep(site.page, 17, async () => {
    await site.next();
    const ref = await site.expectNeedsReview();
    await expect(site.page.getByText("The quantity requested (30) is more than the purchase covers (20).")).toBeVisible();
    return ref;
  }, { pass: "the request needs review" });

  const request = await narratedStep(queue.page, { label: HELPDESK, text: "An agent finds the request in the queue by its reference number and sees why it needs review." }, async () => {
    await queue.open();
    await queue.search(reference);
    const opened = await queue.openRequest(reference);
    await expect(opened.whyItNeedsReview()).toContainText("more than the purchase covers (20)");
    return opened;
  });
  await narratedStep(queue.page, { label: HELPDESK, text: "The agent checks the purchase, clicks Approve and issue, writes why 30 CALs are right although the purchase covers 20, and confirms: the Clearinghouse issues a license key pack ID for the 30 CALs." }, async () => {
    await request.approveAndIssue("The customer sent the invoice for 10 more CALs.");
    const row = await db.recoveryRequest.findUniqueOrThrow({ where: { reference }, include: { issuedKeyPack: true } });
    expect(row).toMatchObject({ status: "APPROVED", decidedById: agent.id, entitlementId: purchase.entitlement.id, quantity: 30 });
    // After a decision the helpdesk moves on to the next waiting request when there is one (other tests
    // leave some), and the address changes a moment after the notice shows: open the decided request.
    await queue.page.goto(`/helpdesk/requests/${reference}`);
    await expect(request.outcome()).toContainText(formatKeyPackId(row.issuedKeyPack!.licenseKeyPackId));
  });

  const licenseKeyPackId = await narratedStep(site.page, { label: WEB_SITE, text: "The customer opens Check request status with the reference number and the e-mail address, and reads the license key pack ID." }, async () => {
    await site.checkStatus(reference, email);
    await expect(site.page.getByText("Approved", { exact: true })).toBeVisible();
    return site.keyPackIdShown();
  });

  await installOnConsole(page, wizard, licenseKeyPackId);
  await demoStep(page, 19, async () => {
  await wizard.finishRebuilding();
    await expect(lsm.installedRdsCals(server.name)).toContainText("Windows Server 2019 - RDS Per User CAL");
  }, { sentence: FINISH_SENTENCE });

  await test.step("the license server holds exactly the approved key pack", async () => {
    const packs = await db.installedKeyPack.findMany({ where: { serverId: server.id } });
    expect(packs.map((p) => [p.licenseKeyPackId, p.calType, p.licenseProgram, p.totalLicenses])).toEqual([[licenseKeyPackId, "WS2019_PER_USER", "SELECT_LICENSE", 30]]);
    const row = await db.recoveryRequest.findUniqueOrThrow({ where: { reference }, include: { issuedKeyPack: true } });
    expect(row.issuedKeyPack?.licenseKeyPackId).toBe(licenseKeyPackId);
  });

  axe.expectCovered(["/console", "/console/servers/*/manage-cals/*", "/licensing/manage-cals/result", "/licensing/status", "/helpdesk/requests", "/helpdesk/requests/*"]);
  await Promise.all([customer.close(), agentComputer.close()]);
});
