// Installation by Web browser: the Install Licenses Wizard on the license server, the Remote Desktop
// Services Licensing Web site's Install client access licenses on a computer with Internet connectivity
// (another browser context, the License Server ID typed by hand), and the license key pack ID typed back
// into Obtain Client License Key Pack. Captions in our own words (the procedure library will number them);
// every page checked with axe on arrival.
import type { Page } from "@playwright/test";
import { AxeScanner } from "../a11y";
import { Input } from "../pages/input";
import { openComputer } from "./computers";
import { demoInput, narratedStep } from "./demo-step";
import { expect, test } from "./demo-data";

const CONSOLE = "Install RDS CALs by Web browser · Remote Desktop Licensing Manager";
const WEB_SITE = "Install RDS CALs by Web browser · Remote Desktop Services Licensing Web site";
const heading = (page: Page, name: string) => expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

test("install RDS CALs by using a Web browser", async ({ page, browser, db, demoData }) => {
  test.slow();
  const axe = new AxeScanner();
  const server = await demoData.licenseServer({ connectionMethod: "WEB_BROWSER" });
  const { credential } = await demoData.purchase({ licenseProgram: "SELECT_LICENSE", calType: "WS2022_PER_DEVICE", quantity: 60 });
  const lsm = new Input(page, "mouse", demoInput());
  let licenseServerId: string[] = [];

  await narratedStep(page, { label: CONSOLE, text: "Select the license server, then click Action and Install Licenses. The Install Licenses Wizard opens." }, async () => {
    await page.goto(`/console?server=${encodeURIComponent(server.name)}`);
    await lsm.activate(page.getByRole("button", { name: "Action" }));
    await lsm.activate(page.getByRole("menuitem", { name: "Install Licenses" }));
    await heading(page, "Welcome to the Install Licenses Wizard");
    await axe.scan(page);
  });

  await narratedStep(page, { label: CONSOLE, text: "The connection method is Web Browser: click Next. The wizard shows the License Server ID and the Web site's address." }, async () => {
    await lsm.activate(page.getByRole("button", { name: "Next" }));
    await heading(page, "Obtain Client License Key Pack");
    licenseServerId = ((await page.locator("#license-server-id").textContent()) ?? "").split("-");
    expect(licenseServerId.join("")).toBe(server.licenseServerId);
    await axe.scan(page);
  });

  const computer = await openComputer(browser, "computer with Internet connectivity");
  const site = await computer.context.newPage();
  const web = new Input(site, "mouse", demoInput());
  const href = (await page.getByRole("link", { name: /\/licensing\?licenseServerId=/ }).getAttribute("href")) ?? "";

  await narratedStep(site, { label: WEB_SITE, text: "On a computer with Internet connectivity, open the Web site and select Install client access licenses." }, async () => {
    await site.goto(new URL(href).pathname);
    await web.choose(site.getByLabel("Install client access licenses"));
    await axe.scan(site);
    await web.activate(site.getByRole("button", { name: "Next" }));
    await heading(site, "License server information");
  });

  await narratedStep(site, { label: WEB_SITE, text: "Type the License Server ID shown by the wizard, and select the License Program of your purchase." }, async () => {
    await web.typeGroups((n) => site.getByLabel(`License Server ID, group ${n} of 7`), licenseServerId);
    await web.select(site.getByLabel("License Program"), "Select License");
    await axe.scan(site);
    await web.activate(site.getByRole("button", { name: "Next" }));
    await heading(site, "Company information");
  });

  await narratedStep(site, { label: WEB_SITE, text: "Enter the company information." }, async () => {
    await web.type(site.getByLabel("Last name or surname"), "Morgan");
    await web.type(site.getByLabel("First name or given name"), "Alex");
    await web.type(site.getByLabel("Company name"), "Contoso Pharmaceuticals");
    await web.select(site.getByLabel("Country/region"), "United States of America");
    await axe.scan(site);
    await web.activate(site.getByRole("button", { name: "Next" }));
    await heading(site, "License program information");
  });

  await narratedStep(site, { label: WEB_SITE, text: "Enter the enrollment number, the type of RDS CAL and the quantity from the purchase documentation." }, async () => {
    await web.type(site.getByRole("textbox", { name: /^Enrollment number/ }), credential.agreementNumber!);
    await web.select(site.getByLabel("Type of RDS CAL"), "Windows Server 2022 - RDS Per Device CAL");
    await web.type(site.getByLabel("Quantity"), "60");
    await axe.scan(site);
    await web.activate(site.getByRole("button", { name: "Next" }));
    await heading(site, "Verify your information");
  });

  let licenseKeyPackId: string[] = [];
  await narratedStep(site, { label: WEB_SITE, text: "Check the information, then click Next. The Web site shows the license key pack ID: keep a copy." }, async () => {
    await axe.scan(site);
    await web.activate(site.getByRole("button", { name: "Next" }));
    await heading(site, "Your license key pack ID");
    const text = (await site.getByRole("region", { name: "License key pack ID" }).getByText(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){6}$/).textContent()) ?? "";
    licenseKeyPackId = text.split("-");
    expect(licenseKeyPackId).toHaveLength(7);
    await axe.scan(site);
  });

  await narratedStep(page, { label: CONSOLE, text: "Back on the license server, type the license key pack ID in the boxes, then click Next." }, async () => {
    await lsm.typeGroups((n) => page.getByLabel(`License key pack ID, group ${n} of 7`), licenseKeyPackId);
    await lsm.activate(page.getByRole("button", { name: "Next" }));
    await heading(page, "Completing the Install Licenses Wizard");
    await expect(page.getByRole("table", { name: "Licenses installed by this wizard" })).toContainText("Windows Server 2022 - RDS Per Device CAL");
    await axe.scan(page);
  });

  await narratedStep(page, { label: CONSOLE, text: "Click Finish. The installed RDS CALs are listed for the license server." }, async () => {
    await lsm.activate(page.getByRole("link", { name: "Finish" }));
    await expect(page.getByRole("table", { name: `Installed RDS CALs on ${server.name}` })).toContainText("Select License");
  });

  const installed = await db.installedKeyPack.findMany({ where: { serverId: server.id, licenseKeyPackId: licenseKeyPackId.join("") } });
  expect(installed).toEqual([expect.objectContaining({ calType: "WS2022_PER_DEVICE", licenseProgram: "SELECT_LICENSE", totalLicenses: 60 })]);
  axe.expectCovered(["/console/servers/*/install-licenses/welcome", "/console/servers/*/install-licenses/obtain-key-pack", "/console/servers/*/install-licenses/completed", "/licensing", ...["license-server", "company", "purchase", "verify", "result"].map((p) => `/licensing/install-cals/${p}`)]);
  await computer.close();
});
