// The Install Licenses Wizard on each connection method: by Web Browser end to end across the console and
// the web site (two browser contexts, as two computers), by Automatic connection with the keyboard only
// (several License Codes, a duplicate, an unknown one corrected), the Telephone page, and the refusals:
// a mistyped license key pack ID then corrected, one of another server, a not-activated server, and a
// double click on Next. Every page is checked with axe; the database is read after each flow.
import { expect, test } from "../fixtures";
import { AxeScanner } from "../a11y";
import { countPointerEvents, Input } from "../pages/input";
import { createPurchase } from "@/prisma/clearinghouse-factories";
import { createServerWithPacks, issueKeyPackFor, openInstallLicensesRun } from "@/prisma/console-factories";
import { createLicenseServer } from "@/prisma/factories";
import { KEY_PACK_MESSAGES } from "@/lib/console/key-pack-messages";
import { LICENSE_CODE_LIST_MESSAGES } from "@/lib/licensing/license-code-list";
import { KEY_PACK_ID_FORMAT_MESSAGES } from "@/lib/licensing/key-pack-id-format";
import { errorText, expectInstallPage, expectNoSidewaysScroll, installUrl, typeInto, typeKeyPackId, TYPING_DELAY } from "./install-licenses";
import { serverState } from "./wizard";

const next = (page: import("@playwright/test").Page) => page.getByRole("button", { name: "Next" }).click();

/** A mistyped ID: one character changed, so a check symbol fails. */
function mistype(id: string): string {
  const at = 12;
  return id.slice(0, at) + (id[at] === "7" ? "8" : "7") + id.slice(at + 1);
}

test("by Web Browser: the console's Obtain Client License Key Pack, the web site's Install client access licenses, the ID back in the console", async ({ page, browser, db }) => {
  test.slow();
  const axe = new AxeScanner();
  const server = await createServerWithPacks(db, { packs: [], connectionMethod: "WEB_BROWSER" });
  const other = await createServerWithPacks(db, { packs: [] });
  const { entitlement, credential } = await createPurchase(db, { licenseProgram: "SELECT_LICENSE", calType: "WS2022_PER_DEVICE", quantity: 60 });
  let siteUrl = "";

  await test.step("Action > Install Licenses opens Welcome; Next goes to Obtain Client License Key Pack", async () => {
    await page.goto(`/console?server=${encodeURIComponent(server.name)}`);
    await page.getByRole("button", { name: "Action" }).click();
    await page.getByRole("menuitem", { name: "Install Licenses" }).click();
    await expectInstallPage(page, "welcome", "Welcome to the Install Licenses Wizard");
    await expect(page.getByText("Connection method: Web Browser.")).toBeVisible();
    await axe.scan(page);
    await next(page);
    await expectInstallPage(page, "obtain-key-pack", "Obtain Client License Key Pack");
    await expect(page.locator("#license-server-id")).toHaveText(server.licenseServerId.match(/.{5}/g)!.join("-"));
    await expect(page.getByText("select Install client access licenses")).toBeVisible();
    const link = page.getByRole("link", { name: /\/licensing\?licenseServerId=/ });
    siteUrl = (await link.getAttribute("href"))!;
    expect(siteUrl).toMatch(new RegExp(`/licensing\\?licenseServerId=${server.licenseServerId}&option=install$`));
    await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
    await axe.scan(page);
  });

  const site = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.7.7" } });
  const web = await site.newPage();
  let licenseKeyPackId = "";
  await test.step("On another computer: the web site issues the license key pack ID", async () => {
    await web.goto(new URL(siteUrl).pathname + new URL(siteUrl).search);
    await expect(web.getByLabel("Install client access licenses")).toBeChecked();
    await web.getByRole("button", { name: "Next" }).click();
    await expect(web.getByRole("heading", { level: 1, name: "License server information" })).toBeVisible();
    await expect(web.getByText("Install client access licenses · Step 1 of 4")).toBeVisible();
    await expect(web.getByLabel("Reason for recovery")).toHaveCount(0);
    await expect(web.getByRole("group", { name: "License Server ID" }).getByRole("textbox").first()).toHaveValue(server.licenseServerId.slice(0, 5));
    await web.getByLabel("License Program").selectOption({ label: "Select License" });
    await web.getByRole("button", { name: "Next" }).click();
    await expect(web.getByRole("heading", { level: 1, name: "Company information" })).toBeVisible();
    await typeInto(web.getByLabel("Last name or surname"), "Morgan");
    await typeInto(web.getByLabel("First name or given name"), "Alex");
    await typeInto(web.getByLabel("Company name"), entitlement.customerName);
    await web.getByLabel("Country/region").selectOption({ label: "United States of America" });
    await web.getByRole("button", { name: "Next" }).click();
    await expect(web.getByRole("heading", { level: 1, name: "License program information" })).toBeVisible();
    await typeInto(web.getByRole("textbox", { name: /^Enrollment number/ }), credential.agreementNumber!);
    await web.getByLabel("Type of RDS CAL").selectOption({ label: "Windows Server 2022 - RDS Per Device CAL" });
    await typeInto(web.getByLabel("Quantity"), "60");
    await web.getByRole("button", { name: "Next" }).click();
    await expect(web.getByRole("heading", { level: 1, name: "Verify your information" })).toBeVisible();
    await web.getByRole("button", { name: "Next" }).click();
    await expect(web.getByRole("heading", { level: 1, name: "Your license key pack ID" })).toBeVisible();
    await expect(web.getByText("In the Install Licenses Wizard, on the Obtain Client License Key Pack page")).toBeVisible();
    const panel = web.getByRole("region", { name: "License key pack ID" });
    licenseKeyPackId = ((await panel.getByText(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){6}$/).textContent()) ?? "").replace(/-/g, "");
    expect(licenseKeyPackId).toHaveLength(35);
  });
  await site.close();

  await test.step("Back in the console: a mistyped ID, then one of another server, are refused; the right one installs", async () => {
    await typeKeyPackId(page, mistype(licenseKeyPackId));
    await next(page);
    await expect(errorText(page, KEY_PACK_ID_FORMAT_MESSAGES.checksum)).toBeVisible();
    await axe.scan(page, "errors shown");
    const otherServers = await issueKeyPackFor(db, other, { calType: "WS2022_PER_DEVICE", licenseProgram: "SELECT_LICENSE", quantity: 60 });
    await typeKeyPackId(page, otherServers);
    await next(page);
    await expect(errorText(page, KEY_PACK_MESSAGES.otherServer)).toBeVisible();
    await typeKeyPackId(page, licenseKeyPackId);
    await next(page);
    await expectInstallPage(page, "completed", "Completing the Install Licenses Wizard");
    await expect(page.getByText("The requested licenses have been successfully installed.")).toBeVisible();
    await expect(page.getByRole("table", { name: "Licenses installed by this wizard" })).toContainText("Windows Server 2022 - RDS Per Device CAL");
    await axe.scan(page);
    await page.getByRole("link", { name: "Finish" }).click();
    await expect(page).toHaveURL(/\/console\?server=/);
  });

  const state = await serverState(db, server.id);
  expect(state.keyPacks.map((p) => [p.licenseKeyPackId, p.totalLicenses, p.licenseProgram])).toEqual([[licenseKeyPackId, 60, "SELECT_LICENSE"]]);
  expect(state.runs).toEqual([expect.objectContaining({ kind: "INSTALL_LICENSES", status: "FINISHED", step: "INSTALL_COMPLETED", activeServerId: null })]);
  expect(state.eventIds).toEqual([87, 120]);
  axe.expectCovered(["/console/servers/*/install-licenses/welcome", "/console/servers/*/install-licenses/obtain-key-pack", "/console/servers/*/install-licenses/completed"]);
});

test("by Automatic connection, keyboard only: License Codes with Add, a duplicate refused, an unknown one removed, both installed", async ({ page, context, db }) => {
  test.slow();
  const pointer = await countPointerEvents(context);
  const axe = new AxeScanner();
  const input = new Input(page, "keyboard", { typingDelay: TYPING_DELAY });
  const server = await createServerWithPacks(db, { packs: [], connectionMethod: "AUTOMATIC" });
  const [one, two] = [
    await createPurchase(db, { licenseProgram: "LICENSE_PACK", calType: "WS2025_PER_USER", quantity: 20 }),
    await createPurchase(db, { licenseProgram: "LICENSE_PACK", calType: "WS2025_PER_USER", quantity: 20 }),
  ];
  const unknown = "ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZ7";
  const codeBox = page.getByRole("textbox", { name: "License code" });
  const add = page.getByRole("button", { name: "Add", exact: true });

  await page.goto(installUrl(server.id, "welcome"));
  await expect(page.getByText("Connection method: Automatic connection (recommended).")).toBeVisible();
  await axe.scan(page);
  await input.activate(page.getByRole("button", { name: "Next" }));

  await expectInstallPage(page, "license-program", "License Program");
  await axe.scan(page);
  await input.choose(page.getByLabel("License Pack (Retail Purchase)"));
  await input.activate(page.getByRole("button", { name: "Next" }));

  await expectInstallPage(page, "license-information", "License Information");
  await test.step("Add the first code with Enter, the same code again is refused", async () => {
    await input.type(codeBox, one.credential.licenseCode!);
    await expect(page.getByText("The license code has 25 characters and can be added.")).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("listitem").filter({ hasText: one.credential.licenseCode! })).toBeVisible();
    await expect(codeBox).toHaveValue("");
    await input.type(codeBox, one.credential.licenseCode!.toLowerCase());
    await input.activate(add);
    await expect(errorText(page, LICENSE_CODE_LIST_MESSAGES.duplicate)).toBeVisible();
    await axe.scan(page, "errors shown");
  });
  await test.step("A code nobody bought and the second code are added too; then Next", async () => {
    await input.type(codeBox, "ZZZZZ-ZZZZZ-ZZZZ");
    await input.type(codeBox, unknown);
    await page.keyboard.press("Enter");
    await input.type(codeBox, two.credential.licenseCode!);
    await input.activate(add);
    await expect(page.getByRole("heading", { name: "License codes to install (3)" })).toBeVisible();
    await input.activate(page.getByRole("button", { name: "Next" }));
  });

  await expectInstallPage(page, "product-version", "Product Version and License Type");
  await axe.scan(page);
  await test.step("The Clearinghouse refuses the unknown code and installs nothing", async () => {
    await input.select(page.getByLabel("Product version and license type", { exact: true }), "Windows Server 2025 - RDS Per User CAL");
    await input.type(page.getByLabel("Quantity (for each license code)"), "20");
    await input.activate(page.getByRole("button", { name: "Next" }));
    await expect(errorText(page, /License code ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZ7: The license code given does not match a purchase/)).toBeVisible();
    await axe.scan(page, "errors shown");
    expect((await serverState(db, server.id)).keyPacks).toHaveLength(0);
    expect(await db.issuedKeyPack.count({ where: { targetLicenseServerId: server.licenseServerId } })).toBe(0);
  });
  await test.step("Back, Remove the unknown code, Next twice: both packs installed", async () => {
    await input.activate(page.getByRole("link", { name: "Back" }));
    await expectInstallPage(page, "license-information", "License Information");
    await input.activate(page.getByRole("button", { name: `Remove license code ${unknown}` }));
    await expect(page.getByRole("heading", { name: "License codes to install (2)" })).toBeVisible();
    await input.activate(page.getByRole("button", { name: "Next" }));
    await expectInstallPage(page, "product-version", "Product Version and License Type");
    await expect(page.getByLabel("Quantity (for each license code)")).toHaveValue("20");
    await input.activate(page.getByRole("button", { name: "Next" }));
    await expectInstallPage(page, "completed", "Completing the Install Licenses Wizard");
    await expect(page.getByText(/2 key packs with 40 RDS CALs/)).toBeVisible();
    await axe.scan(page);
  });

  const state = await serverState(db, server.id);
  expect(state.keyPacks.map((p) => [p.calType, p.licenseProgram, p.totalLicenses])).toEqual([
    ["WS2025_PER_USER", "LICENSE_PACK", 20],
    ["WS2025_PER_USER", "LICENSE_PACK", 20],
  ]);
  expect(state.runs).toEqual([expect.objectContaining({ status: "FINISHED", step: "INSTALL_COMPLETED" })]);
  expect(state.eventIds).toEqual([87, 87, 120]);
  expect(pointer(), "pointer events in a keyboard-only run").toBe(0);
});

test("by Telephone: the Clearinghouse's fictional number for the server's country, what to read out, at 360 and 1280 px", async ({ page, db }) => {
  const server = await createServerWithPacks(db, { packs: [], connectionMethod: "TELEPHONE", countryRegion: "GB" });
  await openInstallLicensesRun(db, server, "INSTALL_OBTAIN_KEY_PACK", { connectionMethod: "TELEPHONE" });
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(installUrl(server.id, "obtain-key-pack"));
    await expectInstallPage(page, "obtain-key-pack", "Obtain Client License Key Pack");
    await expect(page.locator("#clearinghouse-phone")).toHaveText("+44 1632 960142");
    await expect(page.getByText("The License Server ID above, one group of five digits at a time.")).toBeVisible();
    await expect(page.getByRole("note")).toContainText("the helpdesk's Phone desk answers this number: a signed-in agent chooses Install client access licenses");
    await expect(page.getByRole("img", { name: /QR code/ })).toHaveCount(0);
    await expect(page.getByLabel("License key pack ID, group 1 of 7")).toBeVisible();
    await expectNoSidewaysScroll(page);
  }
  await new AxeScanner().scan(page);
});

test("a not-activated server is refused on Welcome, and a double click on Next installs once", async ({ page, db }) => {
  const inactive = await createLicenseServer(db, { name: `LS-E2E-NEW-${Date.now()}`, activated: false });
  await page.goto(installUrl(inactive.id, "welcome"));
  await expect(page.getByText("This license server is not activated.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Next" })).toBeDisabled();
  expect(await db.wizardRun.count({ where: { serverId: inactive.id } })).toBe(0);

  const server = await createServerWithPacks(db, { packs: [] });
  const id = await issueKeyPackFor(db, server, { calType: "WS2019_PER_USER", licenseProgram: "ENTERPRISE_AGREEMENT", quantity: 15 });
  await page.goto(installUrl(server.id, "welcome"));
  await page.getByRole("button", { name: "Next" }).dblclick();
  await expectInstallPage(page, "obtain-key-pack", "Obtain Client License Key Pack");
  await typeKeyPackId(page, id);
  await page.getByRole("button", { name: "Next" }).dblclick();
  await expectInstallPage(page, "completed", "Completing the Install Licenses Wizard");
  const state = await serverState(db, server.id);
  expect(state.keyPacks).toHaveLength(1);
  expect(state.runs).toHaveLength(1);
  // The same ID typed in a new run is already installed.
  await page.goto(installUrl(server.id, "welcome"));
  await next(page);
  await typeKeyPackId(page, id);
  await next(page);
  await expect(errorText(page, /already installed on this license server/)).toBeVisible();
});
