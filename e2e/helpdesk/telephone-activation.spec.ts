// An activation by telephone end to end (issue 17, point 2), two browser contexts: the caller's console, whose
// Activate Server Wizard uses the Telephone method (it asks no company information), and the helpdesk agent's
// Phone desk. The caller reads the Product ID and the company information out; the agent types them, submits,
// and reads the License Server ID back group by group; the caller types what they hear and the wizard
// activates the server.
import { expect, test } from "../fixtures";
import { AxeScanner } from "../a11y";
import { driverFor, groupsOf } from "../pages/driver";
import { PhoneDesk } from "../pages/phone-desk";
import { createLicenseServer, uniqueSuffix } from "@/prisma/factories";
import { formatProductId } from "@/lib/licensing/product-id";
import { expectWizardPage, lifecycleUrl, next } from "../lifecycle/support";
import { signedIn } from "./support";

test("the caller's console and the agent's Phone desk activate a license server by telephone", async ({ page: caller, db, browser }) => {
  const server = await createLicenseServer(db, { activated: false, connectionMethod: "AUTOMATIC" });
  const company = `Contoso UK ${uniqueSuffix()}`;

  // The caller's Activate Server Wizard, by Telephone from the United Kingdom.
  await caller.goto(lifecycleUrl(server.id, "activate", "welcome"));
  await next(caller);
  await caller.getByLabel("Telephone", { exact: true }).check();
  await caller.getByLabel("Country or Region", { exact: true }).selectOption({ label: "United Kingdom" });
  // By telephone the wizard asks no company information: the caller gives it to the agent.
  await next(caller);
  await expectWizardPage(caller, "activate", "license-server-activation", "License Server Activation");
  await expect(caller.getByText("+44 1632 960142")).toBeVisible();
  await expect(caller.getByRole("note")).toContainText("the helpdesk's Phone desk answers this number");
  const read = groupsOf((await caller.locator("#product-id").textContent())!);
  expect(read.join("-")).toBe(formatProductId(server.productId));

  // The agent's Phone desk, in a context of its own.
  const agentContext = await browser.newContext();
  const agent = await signedIn(agentContext, db, "AGENT");
  const agentPage = await agentContext.newPage();
  const driver = driverFor(agentPage, "mouse", new AxeScanner(), { typingDelay: 15 });
  const desk = new PhoneDesk(driver);
  await desk.open("Activate a license server");
  await desk.typeProductId(read);
  await desk.typeCompany({ lastName: "Taylor", firstName: "Sam", companyName: company, country: "United Kingdom" });
  await desk.submit();
  await expect(desk.readBack("License Server ID")).toBeVisible();
  const heard = await desk.heardGroups("License Server ID");
  expect(heard).toHaveLength(7);

  // Read back box by box: the caller types each group as it is heard.
  await caller.getByLabel("License server ID, group 1 of 7", { exact: true }).click();
  for (const [box, group] of heard.entries()) {
    const target = caller.getByLabel(`License server ID, group ${box + 1} of 7`, { exact: true });
    await expect(target).toBeFocused();
    await target.pressSequentially(group, { delay: 20 });
    await expect(target).toHaveValue(group);
  }
  await next(caller);
  await expectWizardPage(caller, "activate", "completed", "Completing the Activate Server Wizard");
  const row = await db.licenseServer.findUniqueOrThrow({ where: { id: server.id } });
  // The console's Properties keep what they held; the Clearinghouse has the company the agent typed.
  expect(row).toMatchObject({ activated: true, licenseServerId: heard.join(""), company: null });
  const record = await db.clearinghouseLicenseServer.findUniqueOrThrow({ where: { productId: server.productId } });
  expect(record).toMatchObject({ licenseServerId: heard.join(""), method: "TELEPHONE", status: "ACTIVE", company });
  expect(await db.auditLog.findFirstOrThrow({ where: { entityId: record.id } })).toMatchObject({ action: "call.activated", actorId: agent.id });
  await agentContext.close();
});
