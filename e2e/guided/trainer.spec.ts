// The trainer's view: supervisors see each practice server in use and how far its trainee got (from the
// wizard run and the web site's draft or request for its ID); agents are refused.
import { expect, test } from "../fixtures";
import { createDraft, createRequestRecord } from "@/prisma/clearinghouse-factories";
import { openRebuildRun } from "@/prisma/console-factories";
import { createPracticeServerFor } from "@/prisma/practice-factories";
import { signedIn } from "../helpdesk/support";

test("supervisors see how far each trainee got; agents are refused", async ({ page, context, browser, baseURL, db }) => {
  const untouched = await createPracticeServerFor(db);
  const atReason = await createPracticeServerFor(db);
  await openRebuildRun(db, atReason, "REASON");
  const onWebSite = await createPracticeServerFor(db);
  await openRebuildRun(db, onWebSite, "OBTAIN_KEY_PACK", { deleted: true });
  await createDraft(db, { targetLicenseServerId: onWebSite.licenseServerId, reasonForRecovery: "The license server database was rebuilt", licenseProgram: "ENTERPRISE_AGREEMENT" });
  const issued = await createPracticeServerFor(db);
  await openRebuildRun(db, issued, "OBTAIN_KEY_PACK", { deleted: true });
  const draft = await createDraft(db, { targetLicenseServerId: issued.licenseServerId });
  await createRequestRecord(db, { targetLicenseServerId: issued.licenseServerId, status: "ISSUED", reviewReason: null });
  await db.recoveryRequest.updateMany({ where: { targetLicenseServerId: issued.licenseServerId }, data: { draftId: draft.id } });

  await signedIn(context, db, "SUPERVISOR");
  await page.goto("/helpdesk/requests");
  await page.getByRole("navigation", { name: "Helpdesk" }).getByRole("link", { name: "Practice servers" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Practice servers" })).toBeVisible();
  const row = (name: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
  await expect(row(untouched.name)).toContainText("Not started");
  await expect(row(untouched.name)).toContainText("Has not started the Manage RDS CALs Wizard");
  await expect(row(atReason.name)).toContainText("Step 6 of 19");
  await expect(row(atReason.name)).toContainText("In the wizard: Select a Reason");
  await expect(row(onWebSite.name)).toContainText("Steps 13 and 14 of 19");
  await expect(row(onWebSite.name)).toContainText("On the Web site: Company information");
  await expect(row(issued.name)).toContainText("Step 18 of 19");
  await expect(row(issued.name)).toContainText(issued.licenseServerId.slice(0, 5));

  const agentContext = await browser.newContext({ baseURL });
  await signedIn(agentContext, db, "AGENT");
  const agent = await agentContext.newPage();
  await agent.goto("/helpdesk/practice");
  await expect(agent).toHaveURL(/\/helpdesk\/forbidden$/);
  await expect(agent.getByRole("navigation", { name: "Helpdesk" }).getByRole("link", { name: "Practice servers" })).toHaveCount(0);
  await agentContext.close();
});
