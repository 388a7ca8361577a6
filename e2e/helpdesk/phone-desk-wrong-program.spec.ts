// The phone desk catches the wrong License Program while the caller is on the line: an Enterprise
// Agreement enrollment number read out under Select License is refused at the credential, naming Enterprise
// Agreement; the agent's button switches the License Program (what was typed stays) and the call is taken.
import { expect, test } from "../fixtures";
import { AxeScanner } from "../a11y";
import { driverFor, groupsOf } from "../pages/driver";
import { PhoneDesk } from "../pages/phone-desk";
import { createPurchase } from "@/prisma/clearinghouse-factories";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { signedIn } from "./support";

test("a credential of another License Program: refused naming it, switched by the agent, issued", async ({ page, db, context }) => {
  await signedIn(context, db, "AGENT");
  const { entitlement, credential } = await createPurchase(db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: 100 });
  const serverId = generateLicenseServerId();
  const driver = driverFor(page, "mouse", new AxeScanner(), { typingDelay: 25 });
  const { input } = driver;
  const desk = new PhoneDesk(driver);
  await desk.open();
  await desk.typeLicenseServerId(groupsOf(serverId));
  await input.select(desk.list("Reason for recovery"), "The license server database was rebuilt");
  await input.select(desk.list("License Program"), "Select License");
  await input.type(desk.field("Last name or surname"), "Okafor");
  await input.type(desk.field("First name or given name"), "Chidi");
  await input.type(desk.field("Company name"), entitlement.customerName);
  await input.select(desk.list("Country/region"), "United Kingdom");
  await input.type(desk.field("Enrollment number"), credential.agreementNumber!);
  await input.select(desk.list("Type of RDS CAL"), "Windows Server 2022 - RDS Per User CAL");
  await input.type(desk.field("Quantity"), "10");
  await desk.submit();
  await desk.expectRefused();
  await expect(page.getByRole("link", { name: /is a purchase of Enterprise Agreement, not of Select License/ })).toBeVisible();
  expect(await db.recoveryRequest.count({ where: { targetLicenseServerId: serverId } })).toBe(0);

  await page.getByRole("button", { name: "Change the License Program to Enterprise Agreement" }).click();
  await expect(desk.list("License Program")).toHaveValue("ENTERPRISE_AGREEMENT");
  await expect(desk.field("Enrollment number")).toHaveValue(credential.agreementNumber!);
  await expect(desk.field("Quantity")).toHaveValue("10");
  await desk.submit();
  await expect(desk.readBack()).toBeVisible();
  expect(await db.recoveryRequest.findFirstOrThrow({ where: { targetLicenseServerId: serverId } })).toMatchObject({ status: "ISSUED", licenseProgram: "ENTERPRISE_AGREEMENT", channel: "TELEPHONE" });
});
