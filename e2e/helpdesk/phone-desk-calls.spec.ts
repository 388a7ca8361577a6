// The phone desk's other calls (issue 17, point 2): Activate a license server, Install client access licenses,
// Reactivate and Deactivate a license server. The agent chooses the kind first, types what the caller reads
// out with the mistakes people make on the telephone (a Product ID digit misheard, a field forgotten),
// corrects them, submits, and reads the ID back with the telephone alphabet. Each call is recorded by
// telephone with the agent, and audited. Keyboard only at 360 px, with the mouse at 1280 px; axe throughout.
import { expect, test } from "../fixtures";
import { AxeScanner } from "../a11y";
import { countPointerEvents } from "../pages/input";
import { driverFor, groupsOf } from "../pages/driver";
import { PhoneDesk } from "../pages/phone-desk";
import { expectNoSidewaysScroll } from "../console/install-licenses";
import { createPurchase } from "@/prisma/clearinghouse-factories";
import { uniqueSuffix } from "@/prisma/factories";
import { formatGroups } from "@/lib/licensing/groups";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { generateProductId } from "@/lib/licensing/product-id";
import { spellForTelephone, spokenGroup } from "@/lib/licensing/phonetic";
import { signedIn } from "./support";

const DELAY = 20;

/** A misheard digit in group `group`: the check digit catches it. */
function misheard(groups: string[], group: number): string[] {
  return groups.map((g, i) => (i === group ? `${g.slice(0, 1)}${(Number(g[1]) + 1) % 10}${g.slice(2)}` : g));
}

const MODES = [
  { mode: "keyboard", width: 360 },
  { mode: "mouse", width: 1280 },
] as const;

for (const { mode, width } of MODES) {
  test(`an activation call: the Product ID misheard and corrected, a field forgotten, the License Server ID read back (${mode}, ${width} px)`, async ({ page, db, context }) => {
    await page.setViewportSize({ width, height: 900 });
    const pointer = await countPointerEvents(context);
    const agent = await signedIn(context, db, "AGENT");
    const productId = generateProductId();
    const groups = groupsOf(productId);
    const company = `Contoso ${uniqueSuffix()}`;
    const driver = driverFor(page, mode, new AxeScanner(), { typingDelay: DELAY });
    const { input } = driver;
    const desk = new PhoneDesk(driver);
    await desk.open("Activate a license server");
    await expectNoSidewaysScroll(page);

    // The caller reads the Product ID; the agent mishears a digit of group 2: the boxes say so at once.
    await desk.typeProductId(misheard(groups, 1));
    await expect(page.getByText("This Product ID looks mistyped")).toBeVisible();
    await desk.retypeGroup(desk.productIdBox(2), groups[1]!, 2);
    await expect(page.getByText("All 20 digits are entered and pass the typing check.")).toBeVisible();

    // The first name is forgotten.
    await input.type(desk.field("Last name or surname"), "Okafor");
    await input.type(desk.field("Company name"), company);
    await input.select(desk.list("Country/region"), "United Kingdom");
    await desk.submit();
    await desk.expectRefused();
    await expectNoSidewaysScroll(page);
    await expect(page.getByRole("link", { name: "Enter your first name or given name", exact: true })).toBeVisible();
    await input.type(desk.field("First name or given name"), "Chidi");
    await expect(desk.field("Company name")).toHaveValue(company);
    for (const [i, group] of groups.entries()) await expect(desk.productIdBox(i + 1)).toHaveValue(group);
    await desk.submit();

    const readBack = desk.readBack("License Server ID");
    await expect(readBack).toBeVisible();
    const record = await db.clearinghouseLicenseServer.findUniqueOrThrow({ where: { productId } });
    expect(record).toMatchObject({ method: "TELEPHONE", status: "ACTIVE", firstName: "Chidi", lastName: "Okafor", company, countryRegion: "GB" });
    await expect(readBack).toContainText(formatGroups(record.licenseServerId));
    for (const [i, group] of spellForTelephone(record.licenseServerId).entries()) {
      await expect(readBack.getByRole("listitem").nth(i)).toContainText(`Box ${i + 1}: ${group.map((s) => s.symbol).join("")} ${spokenGroup(group)}`);
    }
    expect(await desk.heardGroups("License Server ID")).toEqual(groupsOf(record.licenseServerId));
    await driver.axe.scan(page, "license server id read back");
    await expectNoSidewaysScroll(page);
    expect(await db.auditLog.findFirstOrThrow({ where: { entityId: record.id } })).toMatchObject({ action: "call.activated", actorId: agent.id });

    // The next call: the same kind, empty, with a call form of its own.
    const firstCall = await db.clearinghouseServerDraft.findFirstOrThrow({ where: { recordId: productId } });
    expect(firstCall).toMatchObject({ takenById: agent.id, flow: "activate" });
    await desk.nextCall();
    await expect(page.locator('input[name="callId"]')).toHaveValue(/^[0-9a-f-]{36}$/);
    await expect(page.locator('input[name="callId"]')).not.toHaveValue(firstCall.id);
    await expect(page.getByRole("radio", { name: "Activate a license server", exact: true })).toBeChecked();
    await expect(desk.productIdBox(1)).toHaveValue("");
    await expect(desk.field("Company name")).toHaveValue("");
    if (mode === "keyboard") expect(await pointer()).toBe(0);
  });
}

test("an installation call: the quantity forgotten, then issued at once through the web site's submit, in the queue by telephone", async ({ page, db, context }) => {
  const agent = await signedIn(context, db, "AGENT");
  const { entitlement, credential } = await createPurchase(db, { licenseProgram: "SELECT_LICENSE", calType: "WS2022_PER_DEVICE", quantity: 60 });
  const serverId = generateLicenseServerId();
  const company = `Woodgrove ${uniqueSuffix()}`;
  const driver = driverFor(page, "mouse", new AxeScanner(), { typingDelay: DELAY });
  const { input } = driver;
  const desk = new PhoneDesk(driver);
  await desk.open("Install client access licenses");
  // No reason for recovery for an installation, as on the web site's page.
  await expect(desk.list("Reason for recovery")).toHaveCount(0);
  await desk.typeLicenseServerId(groupsOf(serverId), "License Server ID");
  await input.select(desk.list("License Program"), "Select License");
  await desk.typeCompany({ lastName: "Ng", firstName: "Lin", companyName: company, country: "Canada" });
  await input.type(desk.field("Enrollment number"), credential.agreementNumber!);
  await input.select(desk.list("Type of RDS CAL"), "Windows Server 2022 - RDS Per Device CAL");
  await desk.submit();
  await desk.expectRefused();
  await expect(page.getByRole("link", { name: "Enter the quantity", exact: true })).toBeVisible();
  await input.type(desk.field("Quantity"), "60");
  await desk.submit();

  const readBack = desk.readBack("license key pack ID");
  await expect(readBack).toBeVisible();
  const request = await db.recoveryRequest.findFirstOrThrow({ where: { targetLicenseServerId: serverId }, include: { issuedKeyPack: true } });
  expect(request).toMatchObject({ option: "INSTALL_CALS", reasonForRecovery: null, channel: "TELEPHONE", takenById: agent.id, status: "ISSUED", entitlementId: entitlement.id, quantity: 60 });
  expect(await desk.heardGroups()).toEqual(groupsOf(request.issuedKeyPack!.licenseKeyPackId));
  await expect(readBack).toContainText(`Request ${request.reference}: issued.`);

  await page.goto(`/helpdesk/requests?status=ISSUED&q=${encodeURIComponent(company)}`);
  await expect(page.locator("[data-queue-row]").filter({ hasText: request.reference })).toContainText("Telephone");
});

test("reactivation and deactivation calls: a new License Server ID, then a confirmation code; a Product ID not active is refused at its field", async ({ page, db, context }) => {
  const agent = await signedIn(context, db, "AGENT");
  const driver = driverFor(page, "mouse", new AxeScanner(), { typingDelay: 10 });
  const { input } = driver;
  const desk = new PhoneDesk(driver);
  const productId = generateProductId();
  await desk.open("Activate a license server");
  await desk.typeProductId(groupsOf(productId));
  await desk.typeCompany({ lastName: "Lee", firstName: "Dana", companyName: `Fabrikam ${uniqueSuffix()}`, country: "Canada" });
  await desk.submit();
  await expect(desk.readBack("License Server ID")).toBeVisible();
  const first = (await db.clearinghouseLicenseServer.findUniqueOrThrow({ where: { productId } })).licenseServerId;

  // Reactivation: a Product ID never activated first, refused next to its field; then the right one.
  await desk.nextCall();
  await desk.chooseKind("Reactivate a license server");
  await desk.typeProductId(groupsOf(generateProductId()));
  await input.choose(page.getByRole("radio", { name: "The license server has been upgraded", exact: true }));
  await desk.submit();
  await desk.expectRefused();
  await expect(page.locator("#productId-error")).toContainText("no active license server with this Product ID");
  await desk.productIdBox(1).click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(productId, { delay: 10 });
  for (const [i, group] of groupsOf(productId).entries()) await expect(desk.productIdBox(i + 1)).toHaveValue(group);
  await desk.submit();
  await expect(desk.readBack("License Server ID")).toContainText("Reactivated");
  const record = await db.clearinghouseLicenseServer.findUniqueOrThrow({ where: { productId } });
  expect(record.licenseServerId).not.toBe(first);
  expect(await desk.heardGroups("License Server ID")).toEqual(groupsOf(record.licenseServerId));

  // Deactivation: the Product ID, the License Server ID and who asks; the confirmation code in two groups.
  await desk.nextCall();
  await desk.chooseKind("Deactivate a license server");
  await desk.typeProductId(groupsOf(productId));
  await desk.typeLicenseServerId(groupsOf(record.licenseServerId), "License Server ID");
  await input.type(desk.field("Name"), "Dana Lee");
  await input.type(desk.field("E-mail address"), "dana@fabrikam.example");
  await desk.submit();
  const code = desk.readBack("confirmation code");
  await expect(code).toBeVisible();
  const after = await db.clearinghouseLicenseServer.findUniqueOrThrow({ where: { productId } });
  expect(after).toMatchObject({ status: "DEACTIVATED", method: "TELEPHONE", deactivatedByName: "Dana Lee" });
  expect(await desk.heardGroups("confirmation code")).toEqual(groupsOf(after.confirmationCode!));
  await driver.axe.scan(page, "confirmation code read back");
  expect(await db.auditLog.count({ where: { entityId: record.id, actorId: agent.id, action: { in: ["call.activated", "call.reactivated", "call.deactivated"] } } })).toBe(3);
});
