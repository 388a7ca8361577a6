// Activate Server, by each connection method, with the mistakes people make: a mistyped license server ID
// (then fixed, every character landing), the ID of another server (the web site activated another Product
// ID: the console refuses it as not for this server), a Clearinghouse that refuses the console's Automatic
// request (nothing written). Only Automatic connection asks the company information in the console; Web Browser
// and Telephone go from Connection Method to License Server Activation. Keyboard-only for the Web Browser
// method. axe on every new page.
import { expect, test } from "../fixtures";
import { expectAxeClean } from "../a11y";
import { createLicenseServer } from "@/prisma/factories";
import { formatProductId } from "@/lib/licensing/product-id";
import { openProcedurePanel } from "../guided/support";
import { activateOnWebSite, expectWizardPage, fillCompanyInformation, lifecycleUrl, next, typeIdLikeAPerson } from "./support";

/** The same ID with one digit changed: the check digits catch it as mistyped. */
function withTypo(id: string, at = 12) {
  return id.slice(0, at) + String((Number(id[at]) + 1) % 10) + id.slice(at + 1);
}

async function serverRow(db: Parameters<typeof createLicenseServer>[0], id: string) {
  return db.licenseServer.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { createdAt: "asc" } }, wizardRuns: true } });
}

test("Web Browser: the console's page, the web site's Activate a license server, a typo fixed, the server activated", async ({ page, context, db }) => {
  const server = await createLicenseServer(db, { activated: false, connectionMethod: "WEB_BROWSER" });

  await test.step("the console shows the server not activated, offers Activate Server and disables what needs activation", async () => {
    await page.goto(`/console?server=${server.name}`);
    const node = page.getByRole("navigation", { name: "License servers" }).getByRole("listitem").filter({ hasText: server.name });
    await expect(node.getByText("Not activated:", { exact: true })).toBeAttached();
    await page.getByRole("button", { name: "Action" }).click();
    const manage = page.getByRole("menuitem", { name: "Manage RDS CALs" });
    await expect(manage).toHaveAttribute("aria-disabled", "true");
    await expect(manage).toHaveAccessibleDescription("Unavailable until the license server is activated");
    await expect(page.getByRole("menuitem", { name: "Install Licenses" })).toHaveAttribute("aria-disabled", "true");
    await expect(page.getByRole("group", { name: "Advanced" }).getByRole("menuitem", { name: "Reactivate Server" })).toHaveAttribute("aria-disabled", "true");
    await expect(page.getByRole("menuitem", { name: "Activate Server", exact: true })).toBeFocused();
    await page.keyboard.press("Escape");
    await page.getByRole("link", { name: "Activate Server", exact: true }).click();
  });

  await test.step("Welcome, Connection Method, then straight to License Server Activation (no company information in the console)", async () => {
    await expectWizardPage(page, "activate", "welcome", "Welcome to the Activate Server Wizard");
    await next(page);
    await expectWizardPage(page, "activate", "connection-method", "Connection Method");
    await page.getByLabel("Web Browser", { exact: true }).check();
    await next(page);
    await expectWizardPage(page, "activate", "license-server-activation", "License Server Activation");
    await expect(page.getByRole("heading", { level: 1, name: "Company Information" })).toHaveCount(0);
    await expect(page.locator("#product-id")).toHaveText(formatProductId(server.productId));
    // The Procedure panel says to note the Product ID and offers it to copy.
    const panel = await openProcedurePanel(page);
    await expect(panel).toContainText("Note the Product ID shown on this page");
    await expect(panel).toContainText(formatProductId(server.productId));
    await expect(panel.getByRole("button", { name: "Copy the Product ID for the Web site", exact: true })).toBeVisible();
    // Back goes to Connection Method: there is no information page between them.
    await page.getByRole("link", { name: "Back", exact: true }).click();
    await expectWizardPage(page, "activate", "connection-method", "Connection Method", false);
    await expect(page.getByLabel("Web Browser", { exact: true })).toBeChecked();
    await next(page);
    await expectWizardPage(page, "activate", "license-server-activation", "License Server Activation", false);
  });

  let issued = "";
  await test.step("the web site, opened from the page's link, activates the Product ID", async () => {
    const href = await page.getByRole("link", { name: /\/licensing\/activate\?productId=/ }).getAttribute("href");
    const site = await context.newPage();
    await site.goto(href!);
    await expect(site.getByLabel("Product ID, group 1 of 4", { exact: true })).toHaveValue(server.productId.slice(0, 5));
    await expectAxeClean(site, "activate: license server information");
    issued = await activateOnWebSite(site, server.productId);
    await expectAxeClean(site, "activate: result");
    expect(issued).toMatch(/^\d{35}$/);
    // The site's panel offers the license server ID to carry back to the wizard.
    const sitePanel = await openProcedurePanel(site);
    await expect(sitePanel).toContainText(issued.match(/.{5}/g)!.join("-"));
    await expect(sitePanel.getByRole("button", { name: "Copy License Server ID for the wizard", exact: true })).toBeVisible();
    await site.close();
  });

  await test.step("a typo is refused as mistyped; fixed, the server is activated", async () => {
    await typeIdLikeAPerson(page, "License server ID", withTypo(issued));
    await expect(page.getByText(/looks mistyped/).first()).toBeVisible();
    await next(page);
    await expect(page.getByText(/looks mistyped/).first()).toBeVisible();
    expect((await serverRow(db, server.id)).activated).toBe(false);
    // The person finds the wrong group and types it again.
    const group = page.getByLabel("License server ID, group 3 of 7", { exact: true });
    await group.click();
    await group.press("ControlOrMeta+A");
    await group.pressSequentially(issued.slice(10, 15), { delay: 20 });
    for (let i = 0; i < 7; i++) await expect(page.getByLabel(`License server ID, group ${i + 1} of 7`, { exact: true })).toHaveValue(issued.slice(i * 5, i * 5 + 5));
    await next(page);
    await expectWizardPage(page, "activate", "completed", "Completing the Activate Server Wizard");
    await expect(page.getByLabel("Start Install Licenses Wizard now")).toBeChecked();
  });

  const row = await serverRow(db, server.id);
  // The company information went to the web site, not through the console: the server's Properties keep theirs.
  expect(row).toMatchObject({ activated: true, licenseServerId: issued, connectionMethod: "WEB_BROWSER", firstName: null, company: null });
  expect(row.events.map((e) => e.eventId)).toEqual([44]);
  expect(row.wizardRuns).toEqual([expect.objectContaining({ kind: "ACTIVATE_SERVER", status: "FINISHED", activeServerId: null })]);
  expect(await db.clearinghouseLicenseServer.findUniqueOrThrow({ where: { productId: server.productId } })).toMatchObject({ licenseServerId: issued, status: "ACTIVE", method: "WEB_BROWSER", firstName: "Alex", company: "Contoso Ltd" });

  await test.step("Finish without Install Licenses: the server shows activated, Activate Server is unavailable", async () => {
    await page.getByLabel("Start Install Licenses Wizard now").uncheck();
    await page.getByRole("button", { name: "Finish" }).click();
    await expect(page).toHaveURL(/\/console\?server=/);
    const node = page.getByRole("navigation", { name: "License servers" }).getByRole("listitem").filter({ hasText: server.name });
    await expect(node.getByText("Activated:", { exact: true })).toBeAttached();
    await page.getByRole("button", { name: "Action" }).click();
    await expect(page.getByRole("menuitem", { name: "Activate Server", exact: true })).toHaveAttribute("aria-disabled", "true");
    await expect(page.getByRole("menuitem", { name: "Manage RDS CALs" })).not.toHaveAttribute("aria-disabled", "true");
  });
});

test("Web Browser: the License Server ID of another server's Product ID is refused as not for this server", async ({ page, context, db }) => {
  const server = await createLicenseServer(db, { activated: false, connectionMethod: "WEB_BROWSER" });
  const other = await createLicenseServer(db, { activated: false });
  const site = await context.newPage();
  await site.goto("/licensing");
  await site.getByLabel("Activate a license server", { exact: true }).check();
  await site.getByRole("button", { name: "Next" }).click();
  const wrong = await activateOnWebSite(site, other.productId);

  await page.goto(lifecycleUrl(server.id, "activate", "welcome"));
  await next(page);
  await page.getByLabel("Web Browser", { exact: true }).check();
  await next(page);
  await expectWizardPage(page, "activate", "license-server-activation", "License Server Activation", false);
  await page.getByLabel("License server ID, group 1 of 7", { exact: true }).fill(wrong);
  await expect(page.getByText("All 35 digits are entered and pass the typing check.")).toBeVisible();
  await next(page);
  await expect(page.getByText(/was not issued for this license server's Product ID/).first()).toBeVisible();
  await expectAxeClean(page, "license server activation, refused");
  expect((await serverRow(db, server.id)).activated).toBe(false);
});

test("Automatic connection: Next on Optional Information activates through the Clearinghouse", async ({ page, db }) => {
  const server = await createLicenseServer(db, { activated: false, connectionMethod: "AUTOMATIC" });
  await page.goto(lifecycleUrl(server.id, "activate", "welcome"));
  await next(page);
  await expect(page.getByLabel("Automatic connection (recommended)")).toBeChecked();
  await next(page);
  await fillCompanyInformation(page, { first: "Jordan", last: "Lee", company: "Fabrikam Inc", country: "Canada" });
  await next(page);
  await expect(page.getByText(/connects to the Microsoft Clearinghouse to activate it/)).toBeVisible();
  await next(page);
  await expectWizardPage(page, "activate", "completed", "Completing the Activate Server Wizard");
  const row = await serverRow(db, server.id);
  const record = await db.clearinghouseLicenseServer.findUniqueOrThrow({ where: { productId: server.productId } });
  expect(row).toMatchObject({ activated: true, connectionMethod: "AUTOMATIC", company: "Fabrikam Inc", licenseServerId: record.licenseServerId });
  expect(record.method).toBe("AUTOMATIC");
  await page.getByRole("button", { name: "Finish" }).click();
  // Ticked by default: on to the Install Licenses Wizard.
  await expect(page).toHaveURL(new RegExp(`/console/servers/${server.id}/install-licenses`));
});

test("Automatic connection refused by the Clearinghouse: the page says so and nothing is written", async ({ page, db }) => {
  // A Product ID in the form used before issue 16: the Clearinghouse's route refuses it (400).
  const server = await createLicenseServer(db, { activated: false, connectionMethod: "AUTOMATIC" });
  await db.licenseServer.update({ where: { id: server.id }, data: { productId: "55041-02940-13374-AT571" } });
  await page.goto(lifecycleUrl(server.id, "activate", "welcome"));
  await next(page);
  await next(page);
  await fillCompanyInformation(page, { first: "Jordan", last: "Lee", company: "Fabrikam Inc", country: "Canada" });
  await next(page);
  await next(page);
  await expect(page.getByText(/The Microsoft Clearinghouse refused the request/).first()).toBeVisible();
  await expect(page).toHaveURL(/\/optional-information$/);
  const row = await serverRow(db, server.id);
  expect(row).toMatchObject({ activated: false, licenseServerId: null });
  expect(row.events).toEqual([]);
  expect(row.wizardRuns).toEqual([expect.objectContaining({ status: "IN_PROGRESS" })]);
});

test("Telephone: the number for the country chosen, what to read out, and that the helpdesk's Phone desk answers", async ({ page, db }) => {
  const server = await createLicenseServer(db, { activated: false, connectionMethod: "WEB_BROWSER" });
  await page.goto(lifecycleUrl(server.id, "activate", "welcome"));
  await next(page);
  await page.getByLabel("Telephone", { exact: true }).check();
  await next(page);
  await expect(page.getByText("Select the country or region you are calling from").first()).toBeVisible();
  await page.getByLabel("Country or Region", { exact: true }).selectOption({ label: "United Kingdom" });
  await expectAxeClean(page, "connection method, telephone");
  // Telephone: no company information in the console, the agent takes it by phone.
  await next(page);
  await expectWizardPage(page, "activate", "license-server-activation", "License Server Activation");
  await expect(page.getByText("+44 1632 960142")).toBeVisible();
  await expect(page.getByText(/your company information: your first and last name, company, and country or region/)).toBeVisible();
  await expect(page.getByRole("note")).toContainText("the helpdesk's Phone desk answers this number: a signed-in agent chooses Activate a license server");
  await expect(page.getByRole("link", { name: /\/licensing\/activate\?productId=/ })).toBeVisible();
});

test("keyboard only: the Activate Server Wizard by Web Browser", async ({ page, context, db }) => {
  const server = await createLicenseServer(db, { activated: false, connectionMethod: "AUTOMATIC" });
  const site = await context.newPage();
  await site.goto(`/licensing/activate?productId=${server.productId}`);
  const issued = await activateOnWebSite(site, server.productId);
  await site.close();

  await page.goto(`/console?server=${server.name}`);
  const tab = async (name: string, role: "link" | "button" | "radio" | "textbox" | "combobox" | "checkbox" = "button") => {
    const target = page.getByRole(role, { name, exact: true });
    // The tree lists every server of the run's database (tests run in parallel): Tab may pass them all.
    const most = (await page.getByRole("link").count()) + 40;
    for (let i = 0; i < most && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(target).toBeFocused();
  };
  await tab("Activate Server", "link");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/activate\/welcome$/);
  await tab("Next");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/connection-method$/);
  await tab("Automatic connection (recommended)", "radio");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "Web Browser" })).toBeChecked();
  await tab("Next");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/license-server-activation$/);
  await tab("License server ID, group 1 of 7", "textbox");
  await page.keyboard.type(issued, { delay: 10 });
  for (let i = 0; i < 7; i++) await expect(page.getByLabel(`License server ID, group ${i + 1} of 7`, { exact: true })).toHaveValue(issued.slice(i * 5, i * 5 + 5));
  await tab("Next");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/activate\/completed$/);
  await tab("Start Install Licenses Wizard now", "checkbox");
  await page.keyboard.press("Space");
  await tab("Finish");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/console\?server=/);
  expect((await serverRow(db, server.id)).licenseServerId).toBe(issued);
});
