// A person on a phone-sized window (360 px), by keyboard only, activates a new license server (like the demo's
// LS-NEW-01) by Web Browser as the real wizard goes: Connection Method leads straight to License Server
// Activation (no company information in the console); on the web site the company information is typed key by
// key, one mistake made and corrected; the License Server ID is typed back into the console. Then Install
// Licenses by Web Browser: the web site's Install client access licenses starts the company page from what the
// Clearinghouse holds for that License Server ID, and the person only adds what was missing.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { countPointerEvents, Input } from "../pages/input";
import { expectNoSidewaysScroll } from "../console/install-licenses";
import { createLicenseServer, uniqueSuffix } from "@/prisma/factories";
import { createPurchase } from "@/prisma/clearinghouse-factories";
import { formatProductId } from "@/lib/licensing/product-id";
import { expectWizardPage, shownId } from "./support";

const DELAY = 25;
const PHONE = { width: 360, height: 740 };
const groupsOf = (compact: string) => compact.match(/.{5}/g)!;

/** Tab reaches `target`: the console's tree lists every server of the run's database, so allow for them all. */
async function reach(input: Input, target: Locator) {
  await input.reach(target, { max: (await input.page.getByRole("link").count()) + 60 });
}

async function press(input: Input, target: Locator) {
  await reach(input, target);
  await input.page.keyboard.press("Enter");
}

/** Opens the link (target=_blank) by keyboard; the web site on "another computer" is that new page. */
async function openSite(input: Input, link: Locator): Promise<Input> {
  await reach(input, link);
  const [site] = await Promise.all([input.page.context().waitForEvent("page"), input.page.keyboard.press("Enter")]);
  await site.setViewportSize(PHONE);
  return new Input(site, "keyboard", { typingDelay: DELAY });
}

const heading = (page: Page, name: string) => expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

test("360 px, keyboard only: Activate Server by Web Browser, company typed on the web site with a mistake corrected; Install client access licenses starts from it", async ({ page, context, db }) => {
  test.slow();
  const pointer = await countPointerEvents(context);
  await page.setViewportSize(PHONE);
  const server = await createLicenseServer(db, { name: `LS-NEW-${uniqueSuffix()}`, activated: false, connectionMethod: "AUTOMATIC" });
  const { credential } = await createPurchase(db, { licenseProgram: "SELECT_LICENSE", calType: "WS2022_PER_DEVICE", quantity: 25 });
  const company = `Contoso Ltd ${uniqueSuffix()}`;
  const lsm = new Input(page, "keyboard", { typingDelay: DELAY });

  await test.step("the console: Activate Server, Web Browser, straight to License Server Activation", async () => {
    await page.goto(`/console?server=${server.name}`);
    await press(lsm, page.getByRole("link", { name: "Activate Server", exact: true }));
    await expectWizardPage(page, "activate", "welcome", "Welcome to the Activate Server Wizard", false);
    await press(lsm, page.getByRole("button", { name: "Next" }));
    await expectWizardPage(page, "activate", "connection-method", "Connection Method", false);
    await lsm.choose(page.getByRole("radio", { name: "Web Browser" }));
    await press(lsm, page.getByRole("button", { name: "Next" }));
    await expectWizardPage(page, "activate", "license-server-activation", "License Server Activation");
    await expect(page.getByRole("textbox", { name: "First name" })).toHaveCount(0);
    await expect(page.locator("#product-id")).toHaveText(formatProductId(server.productId));
    await expectNoSidewaysScroll(page);
  });

  let issued = "";
  await test.step("the web site: the Product ID carried by the link, the company typed with one mistake corrected", async () => {
    const web = await openSite(lsm, page.getByRole("link", { name: /\/licensing\/activate\?productId=/ }));
    const site = web.page;
    await heading(site, "License server information");
    await expect(site.getByLabel("Product ID, group 1 of 4", { exact: true })).toHaveValue(server.productId.slice(0, 5));
    await press(web, site.getByRole("button", { name: "Next" }));
    await heading(site, "Company information");
    // A Product ID the Clearinghouse has never seen: nothing to start from.
    await expect(site.getByRole("note")).toHaveCount(0);
    await web.type(site.getByRole("textbox", { name: "Last name or surname" }), "Morgan");
    await web.type(site.getByRole("textbox", { name: "First name or given name" }), "Alex");
    // The mistake: the last letter of the company name mistyped, seen and corrected.
    const name = site.getByRole("textbox", { name: "Company name" });
    await reach(web, name);
    await site.keyboard.type(company.slice(0, -1) + "?", { delay: DELAY });
    await expect(name).toHaveValue(company.slice(0, -1) + "?");
    await site.keyboard.press("Backspace");
    await site.keyboard.type(company.slice(-1), { delay: DELAY });
    await expect(name).toHaveValue(company);
    await web.select(site.getByRole("combobox", { name: "Country/region" }), "United States of America");
    await expectNoSidewaysScroll(site);
    await press(web, site.getByRole("button", { name: "Next" }));
    await heading(site, "Verify your information");
    await expect(site.getByText(company).first()).toBeVisible();
    await press(web, site.getByRole("button", { name: "Next" }));
    await heading(site, "Result");
    issued = await shownId(site, "license-server-id");
    expect(issued).toMatch(/^\d{35}$/);
    await site.close();
  });

  await test.step("the console: the License Server ID typed back activates the server", async () => {
    await lsm.typeGroups((n) => page.getByLabel(`License server ID, group ${n} of 7`, { exact: true }), groupsOf(issued));
    await expect(page.getByText("All 35 digits are entered and pass the typing check.")).toBeVisible();
    await press(lsm, page.getByRole("button", { name: "Next" }));
    await expectWizardPage(page, "activate", "completed", "Completing the Activate Server Wizard", false);
    await expect(page.getByRole("checkbox", { name: "Start Install Licenses Wizard now" })).toBeChecked();
    await press(lsm, page.getByRole("button", { name: "Finish" }));
    await expect(page.getByRole("heading", { level: 1, name: "Welcome to the Install Licenses Wizard" })).toBeVisible();
  });
  const activated = await db.licenseServer.findUniqueOrThrow({ where: { id: server.id } });
  // The company went to the Clearinghouse on the web site; the console's Properties were not asked.
  expect(activated).toMatchObject({ activated: true, licenseServerId: issued, connectionMethod: "WEB_BROWSER", company: null });
  expect(await db.clearinghouseLicenseServer.findUniqueOrThrow({ where: { productId: server.productId } })).toMatchObject({ licenseServerId: issued, company, lastName: "Morgan" });

  let licenseKeyPackId = "";
  await test.step("Install client access licenses: the company page starts from what the Clearinghouse holds; the person adds an e-mail", async () => {
    await press(lsm, page.getByRole("button", { name: "Next" }));
    await heading(page, "Obtain Client License Key Pack");
    const web = await openSite(lsm, page.getByRole("link", { name: /\/licensing\?licenseServerId=/ }));
    const site = web.page;
    await expect(site.getByRole("radio", { name: "Install client access licenses" })).toBeChecked();
    await press(web, site.getByRole("button", { name: "Next" }));
    await heading(site, "License server information");
    await web.select(site.getByRole("combobox", { name: "License Program" }), "Select License");
    await press(web, site.getByRole("button", { name: "Next" }));
    await heading(site, "Company information");
    await expect(site.getByRole("note")).toContainText("already has company information for this License Server ID");
    await expect(site.getByRole("textbox", { name: "Last name or surname" })).toHaveValue("Morgan");
    await expect(site.getByRole("textbox", { name: "First name or given name" })).toHaveValue("Alex");
    await expect(site.getByRole("textbox", { name: "Company name" })).toHaveValue(company);
    await expect(site.getByRole("combobox", { name: "Country/region" })).toHaveValue("US");
    await web.type(site.getByRole("textbox", { name: "E-mail address" }), "it@contoso.example");
    await press(web, site.getByRole("button", { name: "Next" }));
    await heading(site, "License program information");
    await web.type(site.getByRole("textbox", { name: /^Enrollment number/ }), credential.agreementNumber!);
    await web.select(site.getByRole("combobox", { name: "Type of RDS CAL" }), "Windows Server 2022 - RDS Per Device CAL");
    await web.type(site.getByRole("textbox", { name: "Quantity" }), "25");
    await press(web, site.getByRole("button", { name: "Next" }));
    await heading(site, "Verify your information");
    await expect(site.getByText(company).first()).toBeVisible();
    await press(web, site.getByRole("button", { name: "Next" }));
    await heading(site, "Your license key pack ID");
    const panel = site.getByRole("region", { name: "License key pack ID" });
    licenseKeyPackId = ((await panel.getByText(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){6}$/).textContent()) ?? "").replace(/-/g, "");
    expect(licenseKeyPackId).toHaveLength(35);
    await site.close();
  });

  await test.step("the console: the license key pack ID typed back installs the RDS CALs", async () => {
    await lsm.typeGroups((n) => page.getByLabel(`License key pack ID, group ${n} of 7`), groupsOf(licenseKeyPackId));
    await press(lsm, page.getByRole("button", { name: "Next" }));
    await expect(page.getByRole("heading", { level: 1, name: "Completing the Install Licenses Wizard" })).toBeVisible();
  });

  expect(await db.recoveryRequest.findFirstOrThrow({ where: { targetLicenseServerId: issued } })).toMatchObject({ option: "INSTALL_CALS", companyName: company, lastName: "Morgan", email: "it@contoso.example" });
  expect(pointer()).toBe(0);
});
