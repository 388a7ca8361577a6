// The phone desk (issue 17, point 2): an agent takes a rebuild call, types what the caller reads out with the
// mistakes people make on the telephone (a digit misheard, a field forgotten), corrects them, submits, and
// reads the license key pack ID back group by group with the telephone alphabet. The request is recorded as
// one by telephone, held by the agent, in the queue's history and the audit; by keyboard alone too.
import { expect, test } from "../fixtures";
import { AxeScanner } from "../a11y";
import { countPointerEvents } from "../pages/input";
import { driverFor, groupsOf } from "../pages/driver";
import { PhoneDesk } from "../pages/phone-desk";
import { createPurchase } from "@/prisma/clearinghouse-factories";
import { uniqueSuffix } from "@/prisma/factories";
import { formatLicenseServerId, generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { formatKeyPackId } from "@/lib/licensing/key-pack-id-format";
import { spellForTelephone, spokenGroup } from "@/lib/licensing/phonetic";
import { signedIn } from "./support";

const DELAY = 25;

/** A misheard digit: the same ID with one digit of group `group` changed, which the check digits catch. */
function misheard(groups: string[], group: number): string[] {
  return groups.map((g, i) => (i === group ? `${g.slice(0, 2)}${(Number(g[2]) + 1) % 10}${g.slice(3)}` : g));
}

for (const mode of ["mouse", "keyboard"] as const) {
  test(`takes a rebuild call and reads the ID back (${mode})`, async ({ page, db, context }) => {
    const pointer = await countPointerEvents(context);
    const agent = await signedIn(context, db, "AGENT");
    const { entitlement, credential } = await createPurchase(db, { licenseProgram: "SELECT_LICENSE", calType: "WS2022_PER_DEVICE", quantity: 40 });
    const serverId = generateLicenseServerId();
    const groups = groupsOf(serverId);
    const company = `Fabrikam ${uniqueSuffix()}`;
    const driver = driverFor(page, mode, new AxeScanner(), { typingDelay: DELAY });
    const { input } = driver;
    const desk = new PhoneDesk(driver);
    await desk.open();

    // The caller reads the ID; the agent mishears one digit of group 4: the boxes say so at once.
    await desk.typeLicenseServerId(misheard(groups, 3));
    await expect(page.getByText("This License Server ID looks mistyped")).toBeVisible();
    // Corrected: the fourth box typed again.
    await desk.retypeGroup(desk.idBox(4), groups[3]!, 3);
    for (const [i, group] of groups.entries()) await expect(desk.idBox(i + 1)).toHaveValue(group);
    await expect(page.getByText("This License Server ID looks mistyped")).toHaveCount(0);

    await input.select(desk.list("Reason for recovery"), "The license server database was rebuilt");
    await input.select(desk.list("License Program"), "Select License");
    // The caller's first name is forgotten; the rest is typed.
    await input.type(desk.field("Last name or surname"), "Okafor");
    await input.type(desk.field("Company name"), company);
    await input.select(desk.list("Country/region"), "United Kingdom");
    await input.type(desk.field("Enrollment number"), credential.agreementNumber!);
    await input.select(desk.list("Type of RDS CAL"), "Windows Server 2022 - RDS Per Device CAL");
    await input.type(desk.field("Quantity"), "15");
    await desk.submit();
    await desk.expectRefused();
    await expect(page.getByRole("link", { name: "Enter your first name or given name" })).toBeVisible();
    // Typed after the error: every character lands in the field, nothing else was lost.
    await input.type(desk.field("First name or given name"), "Chidi");
    await expect(desk.field("Company name")).toHaveValue(company);
    for (const [i, group] of groups.entries()) await expect(desk.idBox(i + 1)).toHaveValue(group);
    await desk.submit();

    const readBack = desk.readBack();
    await expect(readBack).toBeVisible();
    const request = await db.recoveryRequest.findFirstOrThrow({ where: { targetLicenseServerId: serverId }, include: { issuedKeyPack: true } });
    expect(request).toMatchObject({ channel: "TELEPHONE", takenById: agent.id, assignedToId: agent.id, status: "ISSUED", entitlementId: entitlement.id, firstName: "Chidi", quantity: 15 });
    const issued = request.issuedKeyPack!.licenseKeyPackId;
    await expect(readBack).toContainText(formatKeyPackId(issued));
    const spoken = spellForTelephone(issued);
    for (const [i, group] of spoken.entries()) await expect(readBack.getByRole("listitem").nth(i)).toContainText(`Box ${i + 1}: ${group.map((s) => s.symbol).join("")} ${spokenGroup(group)}`);
    await driver.axe.scan(page, "read back");

    // The next call starts empty, with a call form of its own.
    await input.activate(page.getByRole("button", { name: "Take the next call" }));
    await expect(desk.idBox(1)).toHaveValue("");
    await expect(desk.field("Company name")).toHaveValue("");

    // The queue's history has it, marked as by telephone; the request page says who took it.
    await page.goto(`/helpdesk/requests?status=ISSUED&q=${encodeURIComponent(company)}`);
    const row = page.locator("[data-queue-row]").filter({ hasText: request.reference });
    await expect(row).toContainText("Telephone");
    await page.goto(`/helpdesk/requests/${request.reference}`);
    await expect(page.getByText(`by telephone (taken by ${agent.name})`)).toBeVisible();
    await expect(page.getByText(`Taken by telephone by ${agent.name}: license key pack ID ${formatKeyPackId(issued)} issued and read back`)).toBeVisible();
    await expect(page.getByText(formatLicenseServerId(serverId)).first()).toBeVisible();
    if (mode === "keyboard") expect(await pointer()).toBe(0);
  });
}

test("a call beyond the purchase is filed for review and held by the agent who took it", async ({ page, db, context, browser }) => {
  const agent = await signedIn(context, db, "AGENT");
  const { credential } = await createPurchase(db, { licenseProgram: "SELECT_LICENSE", calType: "WS2019_PER_USER", quantity: 5 });
  const driver = driverFor(page, "mouse", new AxeScanner(), { typingDelay: 10 });
  const { input } = driver;
  const desk = new PhoneDesk(driver);
  await desk.open();
  await desk.typeLicenseServerId(groupsOf(generateLicenseServerId()));
  await input.select(desk.list("Reason for recovery"), "The license server database was rebuilt");
  await input.select(desk.list("License Program"), "Select License");
  await desk.typeCompany({ lastName: "Ng", firstName: "Lin", companyName: `Tailspin ${uniqueSuffix()}`, country: "Canada" });
  await input.type(desk.field("Enrollment number"), credential.agreementNumber!);
  await input.select(desk.list("Type of RDS CAL"), "Windows Server 2019 - RDS Per User CAL");
  await input.type(desk.field("Quantity"), "50");
  await desk.submit();
  const filed = page.getByRole("status").filter({ has: page.getByRole("heading", { name: /^Filed for review: RQ-/ }) });
  await expect(filed).toContainText("The request is assigned to you.");
  const reference = (await filed.getByRole("heading").textContent())!.replace("Filed for review: ", "");

  // A second agent opening the request sees it is held; the first agent's assignment stands.
  const other = await browser.newContext();
  const second = await signedIn(other, db, "AGENT");
  const otherPage = await other.newPage();
  await otherPage.goto(`/helpdesk/requests/${reference}`);
  await expect(otherPage.getByText(agent.name).first()).toBeVisible();
  expect(await db.recoveryRequest.findUniqueOrThrow({ where: { reference } })).toMatchObject({ assignedToId: agent.id, status: "AWAITING_REVIEW", channel: "TELEPHONE" });
  expect(second.id).not.toBe(agent.id);
  await other.close();
});
