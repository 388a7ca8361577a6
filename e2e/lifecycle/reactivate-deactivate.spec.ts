// Reactivate Server (a new License Server ID for the same Product ID; the installed CALs stay) and Deactivate
// Server (the confirmation code, mistyped then right; back to not activated), by Web Browser and Automatic;
// Review Configuration links each problem to the command that fixes it.
import { expect, test } from "../fixtures";
import { expectAxeClean } from "../a11y";
import { createServerWithPacks } from "@/prisma/console-factories";
import { createLicenseServer } from "@/prisma/factories";
import { formatLicenseServerId } from "@/lib/licensing/license-server-id";
import { expectWizardPage, lifecycleUrl, next, shownId, typeIdLikeAPerson } from "./support";

test("Reactivate Server by Web Browser: the web site's new ID is accepted, the server's own refused, its CALs stay", async ({ page, context, db }) => {
  const server = await createServerWithPacks(db, { connectionMethod: "WEB_BROWSER" });
  const packsBefore = await db.installedKeyPack.count({ where: { serverId: server.id } });

  await page.goto(`/console?server=${server.name}`);
  await page.getByRole("button", { name: "Action" }).click();
  await page.getByRole("group", { name: "Advanced" }).getByRole("menuitem", { name: "Reactivate Server" }).click();
  await expectWizardPage(page, "reactivate", "welcome", "Welcome to the Reactivate Server Wizard");
  await next(page);
  await page.getByLabel("Web Browser", { exact: true }).check();
  await next(page);
  await expectWizardPage(page, "reactivate", "reason", "Reactivation Reason");
  await next(page);
  await expect(page.getByText("Select the reason for reactivating the license server").first()).toBeVisible();
  await page.getByLabel("The license server has been redeployed").check();
  await next(page);
  await expectWizardPage(page, "reactivate", "license-server-activation", "License Server Activation");

  const site = await context.newPage();
  await site.goto((await page.getByRole("link", { name: /\/licensing\/reactivate\?productId=/ }).getAttribute("href"))!);
  await expect(site.getByRole("heading", { level: 1, name: "License server information" })).toBeVisible();
  await expectAxeClean(site, "reactivate: license server information");
  await site.getByLabel("The license server has been redeployed").check();
  await site.getByRole("button", { name: "Next" }).click();
  await expect(site.getByRole("heading", { level: 1, name: "Verify your information" })).toBeVisible();
  await expectAxeClean(site, "reactivate: verify");
  await site.getByRole("button", { name: "Next" }).click();
  await expect(site.getByRole("heading", { level: 1, name: "Result" })).toBeVisible();
  await expectAxeClean(site, "reactivate: result");
  const fresh = await shownId(site, "license-server-id");
  expect(fresh).not.toBe(server.licenseServerId);

  // The ID it has now is not a reactivation.
  await page.getByLabel("License server ID, group 1 of 7", { exact: true }).fill(server.licenseServerId);
  await next(page);
  await expect(page.getByText(/This is the License Server ID the server has now/).first()).toBeVisible();
  await page.getByLabel("License server ID, group 1 of 7", { exact: true }).click();
  for (let i = 0; i < 7; i++) await page.getByLabel(`License server ID, group ${i + 1} of 7`, { exact: true }).fill("");
  await typeIdLikeAPerson(page, "License server ID", fresh);
  await next(page);
  await expectWizardPage(page, "reactivate", "completed", "Completing the Reactivate Server Wizard");
  await expect(page.getByText(formatLicenseServerId(fresh).split("-")[0]!).first()).toBeVisible();

  const row = await db.licenseServer.findUniqueOrThrow({ where: { id: server.id }, include: { events: true } });
  expect(row).toMatchObject({ activated: true, licenseServerId: fresh });
  expect(row.events.map((e) => e.eventId)).toEqual([45]);
  expect(await db.installedKeyPack.count({ where: { serverId: server.id } })).toBe(packsBefore);
});

test("Deactivate Server by Web Browser: the confirmation code, mistyped then right; the server is not activated after", async ({ page, context, db }) => {
  const server = await createLicenseServer(db, { connectionMethod: "WEB_BROWSER" });
  await page.goto(lifecycleUrl(server.id, "deactivate", "welcome"));
  await expectWizardPage(page, "deactivate", "welcome", "Welcome to the Deactivate Server Wizard");
  await next(page);
  await page.getByLabel("Web Browser", { exact: true }).check();
  await next(page);
  await expectWizardPage(page, "deactivate", "contact-information", "Contact Information");
  await page.getByLabel("E-mail", { exact: true }).fill("not an address");
  await next(page);
  await expect(page.getByText(/Enter an e-mail address in the correct format/).first()).toBeVisible();
  await page.getByLabel("E-mail", { exact: true }).fill("alex@contoso.example");
  await next(page);
  await expectWizardPage(page, "deactivate", "confirmation-code", "License Server Deactivation");

  const site = await context.newPage();
  await site.goto((await page.getByRole("link", { name: /\/licensing\/deactivate\?productId=/ }).getAttribute("href"))!);
  await expect(site.getByLabel("License Server ID, group 1 of 7", { exact: true })).toHaveValue(server.licenseServerId.slice(0, 5));
  await site.getByRole("button", { name: "Next" }).click();
  await expect(site.getByRole("heading", { level: 1, name: "Contact information" })).toBeVisible();
  await expectAxeClean(site, "deactivate: contact");
  await site.getByLabel("Name", { exact: true }).fill("Alex Morgan");
  await site.getByLabel("E-mail address").fill("alex@contoso.example");
  await site.getByRole("button", { name: "Next" }).click();
  await expect(site.getByRole("heading", { level: 1, name: "Verify your information" })).toBeVisible();
  await expectAxeClean(site, "deactivate: verify");
  await site.getByRole("button", { name: "Next" }).click();
  await expect(site.getByRole("heading", { level: 1, name: "Result" })).toBeVisible();
  await expectAxeClean(site, "deactivate: result");
  const code = await shownId(site, "confirmation-code");
  expect(code).toMatch(/^\d{10}$/);

  const typo = code.slice(0, 3) + String((Number(code[3]) + 1) % 10) + code.slice(4);
  await typeIdLikeAPerson(page, "Confirmation code", typo);
  await expect(page.getByText(/This confirmation code looks mistyped/).first()).toBeVisible();
  const box = page.getByLabel("Confirmation code, group 1 of 2", { exact: true });
  await box.click();
  await box.press("ControlOrMeta+A");
  await box.pressSequentially(code.slice(0, 5), { delay: 20 });
  await expect(page.getByLabel("Confirmation code, group 2 of 2", { exact: true })).toHaveValue(code.slice(5));
  await next(page);
  await expectWizardPage(page, "deactivate", "completed", "Completing the Deactivate Server Wizard");
  const row = await db.licenseServer.findUniqueOrThrow({ where: { id: server.id }, include: { events: true } });
  expect(row).toMatchObject({ activated: false, licenseServerId: null });
  expect(row.events.map((e) => e.eventId)).toEqual([46]);
  expect(await db.clearinghouseLicenseServer.findUniqueOrThrow({ where: { productId: server.productId } })).toMatchObject({ status: "DEACTIVATED", confirmationCode: code });
});

test("Automatic connection: reactivate, then deactivate, each from its last information page", async ({ page, db }) => {
  const server = await createLicenseServer(db, { connectionMethod: "AUTOMATIC" });
  await page.goto(lifecycleUrl(server.id, "reactivate", "welcome"));
  await next(page);
  await next(page);
  await page.getByLabel("The license server has been upgraded").check();
  await next(page);
  await expectWizardPage(page, "reactivate", "completed", "Completing the Reactivate Server Wizard");
  const reactivated = await db.licenseServer.findUniqueOrThrow({ where: { id: server.id } });
  expect(reactivated.licenseServerId).not.toBe(server.licenseServerId);
  expect((await db.clearinghouseLicenseServer.findUniqueOrThrow({ where: { productId: server.productId } })).licenseServerId).toBe(reactivated.licenseServerId);

  await page.goto(lifecycleUrl(server.id, "deactivate", "welcome"));
  await next(page);
  await next(page);
  await expectWizardPage(page, "deactivate", "contact-information", "Contact Information");
  await page.getByLabel("Name", { exact: true }).fill("Jordan Lee");
  await page.getByLabel("E-mail", { exact: true }).fill("jordan@fabrikam.example");
  await next(page);
  await expectWizardPage(page, "deactivate", "completed", "Completing the Deactivate Server Wizard");
  expect(await db.licenseServer.findUniqueOrThrow({ where: { id: server.id } })).toMatchObject({ activated: false, licenseServerId: null });
  // Not activated now: the Reactivate and Deactivate wizards say so and link to Activate Server.
  await page.goto(lifecycleUrl(server.id, "reactivate", "welcome"));
  await expect(page.getByText(/is not activated. Activate it first/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Next" })).toBeDisabled();
  await page.getByRole("link", { name: "Open the Activate Server Wizard" }).click();
  await expectWizardPage(page, "activate", "welcome", "Welcome to the Activate Server Wizard", false);
});

test("Review Configuration links each problem to the command that fixes it", async ({ page, db }) => {
  const fresh = await createLicenseServer(db, { activated: false });
  await page.goto(`/console/servers/${fresh.id}/review-configuration`);
  await expect(page.getByText("None: the license server is not activated")).toBeVisible();
  await expectAxeClean(page);
  await page.getByRole("link", { name: "Activate Server" }).click();
  await expectWizardPage(page, "activate", "welcome", "Welcome to the Activate Server Wizard", false);

  const empty = await createServerWithPacks(db, { packs: [] });
  await page.goto(`/console/servers/${empty.id}/review-configuration`);
  await expect(page.getByRole("link", { name: "Install Licenses" })).toHaveAttribute("href", `/console/servers/${empty.id}/install-licenses`);
});
