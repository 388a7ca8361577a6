// The browser's Back and Forward (and a reload) on every multi-page flow show what was saved for each page,
// never the empty form the page first showed: Next's client router keeps the pages it showed and serves
// them again on Back and Forward, and every saving action tells it to drop them (lib/forms/continue-to.ts).
// Typed like a person (a key delay), Next pressed, then Back, Forward and reload.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { createLicenseServer } from "@/prisma/factories";
import { createServerWithPacks } from "@/prisma/console-factories";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { generateProductId } from "@/lib/licensing/product-id";
import { typeIdLikeAPerson } from "../lifecycle/support";

const DELAY = 20;
const type = (box: Locator, text: string) => box.pressSequentially(text, { delay: DELAY });
const next = (page: Page) => page.getByRole("button", { name: "Next" }).click();
const heading = (page: Page, name: string) => expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

test.describe("the web site", () => {
  test("Manage CALs: Back, Forward and reload show each page's saved answers; a change after Back is kept", async ({ page }) => {
    const id = generateLicenseServerId();
    await page.goto("/licensing");
    await page.getByLabel("Manage CALs").check();
    await next(page);
    await heading(page, "License server information");
    await typeIdLikeAPerson(page, "Target License Server ID", id, DELAY);
    await page.getByLabel("Reason for recovery").selectOption("The license server database was rebuilt");
    await page.getByLabel("License Program").selectOption({ label: "Enterprise Agreement" });
    await next(page);
    await heading(page, "Company information");
    await type(page.getByLabel("Last name or surname"), "Morgan");
    await type(page.getByLabel("First name or given name"), "Alex");
    await type(page.getByLabel("Company name"), "Contoso Ltd");
    await page.getByLabel("Country/region").selectOption({ label: "United Kingdom" });
    await type(page.getByLabel("E-mail address"), "alex@contoso.example");
    await next(page);
    await heading(page, "License program information");
    await type(page.getByRole("textbox", { name: "Enrollment number" }), "4455667");
    await page.getByLabel("Type of RDS CAL").selectOption({ label: "Windows Server 2022 - RDS Per User CAL" });
    await type(page.getByLabel("Quantity"), "25");
    await next(page);
    await heading(page, "Verify your information");

    const purchaseSaved = async (quantity = "25") => {
      await heading(page, "License program information");
      await expect(page.getByRole("textbox", { name: "Enrollment number" })).toHaveValue("4455667");
      await expect(page.getByLabel("Type of RDS CAL")).toHaveValue("WS2022_PER_USER");
      await expect(page.getByLabel("Quantity")).toHaveValue(quantity);
    };
    const companySaved = async () => {
      await heading(page, "Company information");
      await expect(page.getByLabel("Last name or surname")).toHaveValue("Morgan");
      await expect(page.getByLabel("First name or given name")).toHaveValue("Alex");
      await expect(page.getByLabel("Company name")).toHaveValue("Contoso Ltd");
      await expect(page.getByLabel("Country/region")).toHaveValue("GB");
      await expect(page.getByLabel("E-mail address")).toHaveValue("alex@contoso.example");
    };

    await page.goBack();
    await purchaseSaved();
    await page.goBack();
    await companySaved();
    await page.goBack();
    await heading(page, "License server information");
    await expect(page.getByLabel("Target License Server ID, group 7 of 7", { exact: true })).toHaveValue(id.slice(30));
    await expect(page.getByLabel("License Program")).toHaveValue("ENTERPRISE_AGREEMENT");
    await page.goForward();
    await companySaved();
    await page.goForward();
    await purchaseSaved();
    // Next from a page reached by Back: no error, the answers are there.
    await next(page);
    await heading(page, "Verify your information");
    await expect(page.getByText("4455667")).toBeVisible();

    // A reload, then Back: the page comes from the server again, as saved.
    await page.reload();
    await heading(page, "Verify your information");
    await page.goBack();
    await purchaseSaved();
    await page.getByLabel("Quantity").fill("");
    await type(page.getByLabel("Quantity"), "30");
    await next(page);
    await heading(page, "Verify your information");
    await page.goBack();
    await purchaseSaved("30");
    await page.goForward();
    await heading(page, "Verify your information");
    await expect(page.getByRole("main")).toContainText("30");
  });

  test("Install client access licenses: Back from Verify shows the purchase and the company as saved", async ({ page }) => {
    const id = generateLicenseServerId();
    await page.goto("/licensing");
    await page.getByLabel("Install client access licenses").check();
    await next(page);
    await heading(page, "License server information");
    await typeIdLikeAPerson(page, "License Server ID", id, DELAY);
    await page.getByLabel("License Program").selectOption({ label: "Select License" });
    await next(page);
    await heading(page, "Company information");
    await type(page.getByLabel("Last name or surname"), "Lee");
    await type(page.getByLabel("First name or given name"), "Jordan");
    await type(page.getByLabel("Company name"), "Fabrikam Inc");
    await page.getByLabel("Country/region").selectOption({ label: "United Kingdom" });
    await next(page);
    await heading(page, "License program information");
    await type(page.getByRole("textbox", { name: "Enrollment number" }), "5566778");
    await page.getByLabel("Type of RDS CAL").selectOption({ label: "Windows Server 2019 - RDS Per Device CAL" });
    await type(page.getByLabel("Quantity"), "12");
    await next(page);
    await heading(page, "Verify your information");
    await page.goBack();
    await heading(page, "License program information");
    await expect(page.getByRole("textbox", { name: "Enrollment number" })).toHaveValue("5566778");
    await expect(page.getByLabel("Quantity")).toHaveValue("12");
    await page.goBack();
    await heading(page, "Company information");
    await expect(page.getByLabel("Company name")).toHaveValue("Fabrikam Inc");
    await page.goBack();
    await heading(page, "License server information");
    await expect(page.getByLabel("License Server ID, group 1 of 7", { exact: true })).toHaveValue(id.slice(0, 5));
    await page.goForward();
    await page.goForward();
    await heading(page, "License program information");
    await expect(page.getByLabel("Quantity")).toHaveValue("12");
  });

  test("Activate a license server: Back from Verify shows the company and the Product ID as saved; Forward too", async ({ page }) => {
    const productId = generateProductId();
    await page.goto("/licensing/activate");
    await heading(page, "License server information");
    await typeIdLikeAPerson(page, "Product ID", productId, DELAY);
    await next(page);
    await heading(page, "Company information");
    await type(page.getByLabel("Last name or surname"), "Okafor");
    await type(page.getByLabel("First name or given name"), "Chidi");
    await type(page.getByLabel("Company name"), "Fabrikam Inc");
    await page.getByLabel("Country/region").selectOption({ label: "United Kingdom" });
    await next(page);
    await heading(page, "Verify your information");
    await page.goBack();
    await heading(page, "Company information");
    await expect(page.getByLabel("Last name or surname")).toHaveValue("Okafor");
    await expect(page.getByLabel("Company name")).toHaveValue("Fabrikam Inc");
    await page.goBack();
    await heading(page, "License server information");
    await expect(page.getByLabel("Product ID, group 4 of 4", { exact: true })).toHaveValue(productId.slice(15));
    await page.goForward();
    await heading(page, "Company information");
    await expect(page.getByLabel("First name or given name")).toHaveValue("Chidi");
  });

  test("Reactivate and Deactivate a license server: Back from Verify shows the reason and the contact as saved", async ({ page, db }) => {
    const server = await createLicenseServer(db, { connectionMethod: "WEB_BROWSER" });
    await page.goto(`/licensing/reactivate?productId=${server.productId}`);
    await heading(page, "License server information");
    await page.getByLabel("The license server has been redeployed").check();
    await next(page);
    await heading(page, "Verify your information");
    await page.goBack();
    await heading(page, "License server information");
    await expect(page.getByLabel("The license server has been redeployed")).toBeChecked();

    await page.goto(`/licensing/deactivate?productId=${server.productId}&licenseServerId=${server.licenseServerId}`);
    await heading(page, "License server information");
    await next(page);
    await heading(page, "Contact information");
    await type(page.getByLabel("Name", { exact: true }), "Alex Morgan");
    await type(page.getByLabel("E-mail address"), "alex@contoso.example");
    await next(page);
    await heading(page, "Verify your information");
    await page.goBack();
    await heading(page, "Contact information");
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Alex Morgan");
    await expect(page.getByLabel("E-mail address")).toHaveValue("alex@contoso.example");
    await page.goForward();
    await heading(page, "Verify your information");
  });
});

test.describe("the console's wizards", () => {
  test("Manage RDS CALs, rebuild: Back and Forward show the action and the reason chosen", async ({ page, db }) => {
    const server = await createServerWithPacks(db);
    await page.goto(`/console/servers/${server.id}/manage-cals/welcome`);
    await heading(page, "Welcome to the Manage RDS CALs Wizard");
    await next(page);
    await heading(page, "Action Selection");
    await page.getByLabel("Rebuild the license server database").check();
    await next(page);
    await heading(page, "Select a Reason");
    await page.getByLabel("The license server was reinstalled or restored from a backup").check();
    await next(page);
    await heading(page, "Confirm Deletion of RDS CALs");
    await page.goBack();
    await heading(page, "Select a Reason");
    await expect(page.getByLabel("The license server was reinstalled or restored from a backup")).toBeChecked();
    await page.goBack();
    await heading(page, "Action Selection");
    await expect(page.getByLabel("Rebuild the license server database")).toBeChecked();
    await page.goForward();
    await heading(page, "Select a Reason");
    await expect(page.getByLabel("The license server was reinstalled or restored from a backup")).toBeChecked();
    await page.reload();
    await expect(page.getByLabel("The license server was reinstalled or restored from a backup")).toBeChecked();
  });

  test("Manage RDS CALs, migrate: Back from the reminder shows the source server typed", async ({ page, db }) => {
    const source = await createServerWithPacks(db);
    const target = await createServerWithPacks(db, { packs: [] });
    await page.goto(`/console/servers/${target.id}/manage-cals/welcome`);
    await next(page);
    await heading(page, "Action Selection");
    await page.getByLabel("Migrate RDS CALs from another license server to this license server").check();
    await next(page);
    await heading(page, "Select a Reason for Migration");
    await page.getByLabel("The source license server is being replaced by this license server").check();
    await next(page);
    await heading(page, "Source License Server Information");
    await type(page.getByLabel("Source license server name or IP address"), source.name);
    await next(page);
    await heading(page, "Remove RDS CALs from the Source License Server");
    await page.goBack();
    await heading(page, "Source License Server Information");
    await expect(page.getByLabel("Source license server name or IP address")).toHaveValue(source.name);
    await page.goBack();
    await heading(page, "Select a Reason for Migration");
    await expect(page.getByLabel("The source license server is being replaced by this license server")).toBeChecked();
  });

  test("Activate Server: Back and Forward show the connection method, the company and the optional information", async ({ page, db }) => {
    const server = await createLicenseServer(db, { activated: false, connectionMethod: "AUTOMATIC" });
    await page.goto(`/console/servers/${server.id}/activate/welcome`);
    await heading(page, "Welcome to the Activate Server Wizard");
    await next(page);
    // Only Automatic connection asks the company information in the console.
    await expect(page.getByLabel("Automatic connection (recommended)", { exact: true })).toBeChecked();
    await next(page);
    await heading(page, "Company Information");
    await type(page.getByLabel("First name", { exact: true }), "Alex");
    await type(page.getByLabel("Last name", { exact: true }), "Morgan");
    await type(page.getByLabel("Company", { exact: true }), "Contoso Ltd");
    await page.getByLabel("Country or Region", { exact: true }).selectOption({ label: "United Kingdom" });
    await next(page);
    await heading(page, "Optional Information");
    await type(page.getByRole("textbox", { name: "E-mail (optional)" }), "it@contoso.example");
    await page.goBack();
    await heading(page, "Company Information");
    await expect(page.getByLabel("First name", { exact: true })).toHaveValue("Alex");
    await expect(page.getByLabel("Company", { exact: true })).toHaveValue("Contoso Ltd");
    await page.goBack();
    await heading(page, "Connection Method");
    await expect(page.getByLabel("Automatic connection (recommended)", { exact: true })).toBeChecked();
    await page.goForward();
    await heading(page, "Company Information");
    await expect(page.getByLabel("Last name", { exact: true })).toHaveValue("Morgan");
    await page.goBack();
    await heading(page, "Connection Method");
    // Web Browser instead: straight to License Server Activation, and Back returns to Connection Method.
    await page.getByLabel("Web Browser", { exact: true }).check();
    await next(page);
    await heading(page, "License Server Activation");
    await page.goBack();
    await heading(page, "Connection Method");
    await expect(page.getByLabel("Web Browser", { exact: true })).toBeChecked();
    await page.goForward();
    await heading(page, "License Server Activation");
  });

  test("Reactivate and Deactivate Server: Back shows the reason and the contact information", async ({ page, db }) => {
    const server = await createLicenseServer(db, { connectionMethod: "WEB_BROWSER" });
    await page.goto(`/console/servers/${server.id}/reactivate/welcome`);
    await next(page);
    await page.getByLabel("Web Browser", { exact: true }).check();
    await next(page);
    await heading(page, "Reactivation Reason");
    await page.getByLabel("The license server has been redeployed").check();
    await next(page);
    await heading(page, "License Server Activation");
    await page.goBack();
    await heading(page, "Reactivation Reason");
    await expect(page.getByLabel("The license server has been redeployed")).toBeChecked();
    await page.getByRole("button", { name: "Cancel" }).click();

    const other = await createLicenseServer(db, { connectionMethod: "WEB_BROWSER" });
    await page.goto(`/console/servers/${other.id}/deactivate/welcome`);
    await next(page);
    await page.getByLabel("Web Browser", { exact: true }).check();
    await next(page);
    await heading(page, "Contact Information");
    await type(page.getByLabel("E-mail", { exact: true }), "alex@contoso.example");
    await next(page);
    await heading(page, "License Server Deactivation");
    await page.goBack();
    await heading(page, "Contact Information");
    await expect(page.getByLabel("E-mail", { exact: true })).toHaveValue("alex@contoso.example");
  });

  test("Install Licenses by Automatic connection: Back shows the License Program and the enrollment number", async ({ page, db }) => {
    const server = await createServerWithPacks(db, { packs: [], connectionMethod: "AUTOMATIC" });
    await page.goto(`/console/servers/${server.id}/install-licenses/welcome`);
    await next(page);
    await heading(page, "License Program");
    await page.getByLabel("Select License").check();
    await next(page);
    await heading(page, "License Information");
    await type(page.getByRole("textbox", { name: "Enrollment number" }), "6677889");
    await next(page);
    await heading(page, "Product Version and License Type");
    await page.goBack();
    await heading(page, "License Information");
    await expect(page.getByRole("textbox", { name: "Enrollment number" })).toHaveValue("6677889");
    await page.goBack();
    await heading(page, "License Program");
    await expect(page.getByLabel("Select License")).toBeChecked();
    await page.goForward();
    await page.goForward();
    await heading(page, "Product Version and License Type");
  });
});
