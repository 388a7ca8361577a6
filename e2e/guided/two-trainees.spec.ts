// Two trainees, two browsers, at the same time: each starts a practice rebuild and completes it, the Procedure
// panel following each one's own progress on every page of both wizards; at the end each server holds its
// own reinstalled pack and a shared server is as it was.
import type { BrowserContext } from "@playwright/test";
import { expect, test } from "../fixtures";
import type { Database } from "@/lib/prisma-client";
import { createServerWithPacks } from "@/prisma/console-factories";
import { openProcedurePanel, serverFootprint } from "@/prisma/practice-factories";
import { expectStep, next, procedurePanel, startPractice } from "./support";

const CONFIRM = "Confirm deletion of RDS CALs currently installed on this license server";

async function rebuild(context: BrowserContext, db: Database, who: string) {
  const page = await context.newPage();
  await page.goto("/console");
  await expectStep(page, 2);
  const server = await startPractice(page, db);
  const purchase = server.entitlements.find((e) => e.licenseProgram === "ENTERPRISE_AGREEMENT")!;

  await test.step(`${who}: the console and the Manage RDS CALs Wizard, steps 3 to 9`, async () => {
    await expectStep(page, 3);
    await page.getByRole("button", { name: "Action" }).click();
    await page.getByRole("menuitem", { name: "Manage RDS CALs" }).click();
    await expect(page).toHaveURL(/\/manage-cals\/welcome$/);
    await expectStep(page, 4);
    await next(page);
    await expectStep(page, 5);
    await page.getByLabel("Rebuild the license server database").check();
    await next(page);
    await expectStep(page, 6);
    await expect(procedurePanel(page).getByText(/^Rebuilding the RD Licensing database deletes any RDS CALs/)).toBeVisible();
    await page.getByLabel("The license server database is corrupt").check();
    await next(page);
    await expectStep(page, 7);
    await page.getByLabel(CONFIRM).check();
    await next(page);
    await expectStep(page, 8);
    await expect(procedurePanel(page).getByText(/^You can only reinstall one set \(or pack\) of RDS CALs at a time\./)).toBeVisible();
    await next(page);
    await expect(page).toHaveURL(/\/manage-cals\/obtain-key-pack$/);
    await expectStep(page, 9);
    // The panel says to carry the License Server ID and offers it to copy.
    const formatted = server.licenseServerId!.match(/.{5}/g)!.join("-");
    await expect(procedurePanel(page)).toContainText(`Note the License Server ID shown on this page`);
    await expect(procedurePanel(page)).toContainText(formatted);
    await expect(procedurePanel(page).getByRole("button", { name: "Copy License Server ID for the Web site", exact: true })).toBeVisible();
  });

  const web = await context.newPage();
  let licenseKeyPackId = "";
  await test.step(`${who}: the Web site, steps 10 to 17, with the practice server's own purchase`, async () => {
    await web.goto(`/licensing?licenseServerId=${server.licenseServerId}`);
    await expectStep(web, 10);
    await web.getByRole("radio", { name: "Manage CALs" }).check();
    await next(web);
    await expect(web).toHaveURL(/\/manage-cals\/license-server$/);
    await expectStep(web, 11, 12);
    await web.getByLabel("Reason for recovery").selectOption("The license server database was rebuilt");
    await web.getByLabel("License Program").selectOption({ label: "Enterprise Agreement" });
    await next(web);
    await expectStep(web, 13, 14);
    await web.getByLabel("Last name or surname").fill("Morgan");
    await web.getByLabel("First name or given name").fill(who);
    await web.getByLabel("Company name").fill("Contoso Training");
    await web.getByLabel("Country/region").selectOption({ label: "United States of America" });
    await next(web);
    await expectStep(web, 15, 16);
    await web.getByRole("textbox", { name: "Enrollment number" }).fill(purchase.credential);
    await web.getByLabel("Type of RDS CAL").selectOption({ label: "Windows Server 2022 - RDS Per Device CAL" });
    await web.getByLabel("Quantity").fill(String(purchase.quantity));
    await next(web);
    await expectStep(web, 17);
    await next(web);
    await expect(web.getByRole("heading", { level: 1, name: "Your license key pack ID" })).toBeVisible();
    await expectStep(web, 17);
    const shown = (await web.getByRole("region", { name: "License key pack ID" }).getByText(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){6}$/).textContent())!;
    licenseKeyPackId = shown.replace(/-/g, "");
    await expect(procedurePanel(web)).toContainText("Retain a copy of the license key pack ID and take it back to the license server");
    await expect(procedurePanel(web)).toContainText(shown);
    await expect(procedurePanel(web).getByRole("button", { name: "Copy the license key pack ID for the wizard", exact: true })).toBeVisible();
  });

  await test.step(`${who}: back in the wizard, steps 18 and 19`, async () => {
    await page.bringToFront();
    await page.getByLabel("License key pack ID, group 1 of 7").fill(licenseKeyPackId);
    await expectStep(page, 18);
    await next(page);
    await expect(page).toHaveURL(/\/manage-cals\/reinstall-additional$/);
    await expectStep(page, 19);
    await page.getByLabel("Finish rebuilding the RD Licensing database").check();
    await next(page);
    await expect(page).toHaveURL(/\/manage-cals\/completed$/);
    await expectStep(page, 19);
  });
  return { server, purchase, licenseKeyPackId };
}

test("two trainees rebuild their own practice servers at the same time, each panel following its own progress", async ({ browser, baseURL, db }) => {
  // A shared server (like the demo servers), to show practice never touches one.
  const shared = await createServerWithPacks(db);
  const sharedBefore = await serverFootprint(db, shared.id);
  const contexts = await Promise.all([1, 2].map(() => browser.newContext({ baseURL })));
  await Promise.all(contexts.map(openProcedurePanel));

  const [ana, ben] = await Promise.all([rebuild(contexts[0]!, db, "Ana"), rebuild(contexts[1]!, db, "Ben")]);

  expect(ana.server.id).not.toBe(ben.server.id);
  expect(ana.purchase.credential).not.toBe(ben.purchase.credential);
  for (const { server, purchase, licenseKeyPackId } of [ana, ben]) {
    const after = (await serverFootprint(db, server.id))!;
    expect(after.keyPacks.map((p) => p.licenseKeyPackId)).toEqual([licenseKeyPackId]);
    expect(after.cals).toHaveLength(0);
    expect(after.runs).toMatchObject([{ status: "FINISHED", deletedKeyPacks: 3, deletedCals: 55 }]);
    expect(after.requests).toMatchObject([{ status: "ISSUED", entitlementId: purchase.id, quantity: purchase.quantity }]);
    expect(after.events.map((e) => e.eventId)).toEqual([44, 85, 86, 87, 88]);
  }
  expect(await serverFootprint(db, shared.id)).toEqual(sharedBefore);
  await Promise.all(contexts.map((c) => c.close()));
});
