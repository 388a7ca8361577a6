// Activating a license server by using a Web browser, across both computers: the license server's console
// (no Internet connection) goes from Connection Method straight to License Server Activation, which shows the
// Product ID and the web site's address (no company information in the console); on a computer with Internet
// connectivity the person opens Activate a license server, types the Product ID and the company information,
// and gets the license server ID, which they type into the console's License Server Activation page by hand
// (with one typing mistake caught and corrected). Every page is checked with axe on arrival.
import { AxeScanner } from "../a11y";
import { openComputer } from "./computers";
import { demoInput, narratedStep } from "./demo-step";
import { expect, test } from "./demo-data";
import { groupsOf } from "../pages/driver";
import { Input } from "../pages/input";
import { formatProductId } from "@/lib/licensing/product-id";

const CONSOLE = "Remote Desktop Licensing Manager";
const SITE = "Remote Desktop Services Licensing Web site (computer with Internet connectivity)";
let stepNo = 0;
const caption = (site: string, text: string) => ({ label: `Activate by Web browser · step ${++stepNo} · ${site}`, text });

test("activate a license server by using a Web browser", async ({ page, browser, db, demoData }) => {
  test.slow();
  stepNo = 0;
  const server = await demoData.notActivatedServer();
  const axe = new AxeScanner();
  const input = new Input(page, "mouse", demoInput());
  let productId = "";

  await narratedStep(page, caption(CONSOLE, "The license server is not activated: it can issue only temporary RDS CALs. Select it and click Activate Server."), async () => {
    await page.goto(`/console?server=${server.name}`);
    await expect(page.getByText("This license server is not activated.")).toBeVisible();
    await axe.scan(page);
    await input.activate(page.getByRole("link", { name: "Activate Server", exact: true }));
    await expect(page.getByRole("heading", { level: 1, name: "Welcome to the Activate Server Wizard" })).toBeVisible();
    await axe.scan(page);
    await input.activate(page.getByRole("button", { name: "Next" }));
  });

  await narratedStep(page, caption(CONSOLE, "On Connection Method, select Web Browser: the activation, company information included, is done on the web site from another computer."), async () => {
    await expect(page.getByRole("heading", { level: 1, name: "Connection Method" })).toBeVisible();
    await axe.scan(page);
    await input.choose(page.getByRole("radio", { name: "Web Browser" }));
    await input.activate(page.getByRole("button", { name: "Next" }));
  });

  await narratedStep(page, caption(CONSOLE, "License Server Activation shows the server's Product ID and the web site's address. Note both."), async () => {
    await expect(page.getByRole("heading", { level: 1, name: "License Server Activation" })).toBeVisible();
    await axe.scan(page);
    productId = server.productId;
    await expect(page.locator("#product-id")).toHaveText(formatProductId(productId));
  });

  const computer = await openComputer(browser, "Computer with Internet connectivity");
  const site = await computer.context.newPage();
  const siteInput = new Input(site, "mouse", demoInput());
  let issued = "";

  await narratedStep(site, caption(SITE, "On a computer with Internet connectivity, open the web site and select Activate a license server."), async () => {
    await site.goto("/licensing");
    await axe.scan(site);
    await siteInput.choose(site.getByRole("radio", { name: "Activate a license server", exact: true }));
    await siteInput.activate(site.getByRole("button", { name: "Next" }));
    await expect(site.getByRole("heading", { level: 1, name: "License server information" })).toBeVisible();
    await axe.scan(site);
  });

  await narratedStep(site, caption(SITE, "Type the Product ID from the console, one group at a time, then the company information."), async () => {
    await siteInput.typeGroups((i) => site.getByLabel(`Product ID, group ${i} of 4`, { exact: true }), groupsOf(productId));
    await expect(site.getByText("All 20 digits are entered and pass the typing check.")).toBeVisible();
    await siteInput.activate(site.getByRole("button", { name: "Next" }));
    await expect(site.getByRole("heading", { level: 1, name: "Company information" })).toBeVisible();
    await axe.scan(site);
    await siteInput.type(site.getByRole("textbox", { name: "Last name or surname" }), "Morgan");
    await siteInput.type(site.getByRole("textbox", { name: "First name or given name" }), "Alex");
    await siteInput.type(site.getByRole("textbox", { name: "Company name" }), "Contoso Ltd");
    await siteInput.select(site.getByRole("combobox", { name: "Country/region" }), "United Kingdom");
    await siteInput.activate(site.getByRole("button", { name: "Next" }));
  });

  await narratedStep(site, caption(SITE, "Verify the information and click Next: the Clearinghouse returns the license server ID. Keep a copy."), async () => {
    await expect(site.getByRole("heading", { level: 1, name: "Verify your information" })).toBeVisible();
    await axe.scan(site);
    await siteInput.activate(site.getByRole("button", { name: "Next" }));
    await expect(site.getByRole("heading", { level: 2, name: "License Server ID" })).toBeVisible();
    await axe.scan(site);
    issued = ((await site.locator("#license-server-id").textContent()) ?? "").replace(/\D/g, "");
    expect(issued).toMatch(/^\d{35}$/);
  });

  await narratedStep(page, caption(CONSOLE, "Back on the license server, type the license server ID. A mistyped digit is caught at once; correct it."), async () => {
    const wrong = issued.slice(0, 7) + String((Number(issued[7]) + 1) % 10) + issued.slice(8);
    await input.typeGroups((i) => page.getByLabel(`License server ID, group ${i} of 7`, { exact: true }), groupsOf(wrong));
    await expect(page.getByText(/looks mistyped/).first()).toBeVisible();
    const box = page.getByLabel("License server ID, group 2 of 7", { exact: true });
    await box.click();
    await box.press("ControlOrMeta+A");
    await box.pressSequentially(issued.slice(5, 10), { delay: input.typingDelay });
    await expect(page.getByText("All 35 digits are entered and pass the typing check.")).toBeVisible();
    await input.activate(page.getByRole("button", { name: "Next" }));
  });

  await narratedStep(page, caption(CONSOLE, "The license server is activated. Leave Start Install Licenses Wizard now ticked to install RDS CALs next, or clear it and click Finish."), async () => {
    await expect(page.getByRole("heading", { level: 1, name: "Completing the Activate Server Wizard" })).toBeVisible();
    await axe.scan(page);
    await input.tick(page.getByRole("checkbox", { name: "Start Install Licenses Wizard now" }));
    await page.getByRole("checkbox", { name: "Start Install Licenses Wizard now" }).uncheck();
    await input.activate(page.getByRole("button", { name: "Finish" }));
    await expect(page.getByRole("navigation", { name: "License servers" }).getByText("Activated:", { exact: true }).first()).toBeAttached();
  });

  expect(await db.licenseServer.findUniqueOrThrow({ where: { id: server.id } })).toMatchObject({ activated: true, licenseServerId: issued, connectionMethod: "WEB_BROWSER" });
  await computer.close();
  axe.expectCovered(["/console", "/console/servers/*/activate/license-server-activation", "/licensing/activate/verify", "/licensing/activate/result"]);
});
