import { expect, test } from "../fixtures";
import { createEntitlement, issueAndInstall, issueKeyPack, uniqueSuffix } from "@/prisma/factories";
import { createPurchase } from "@/prisma/clearinghouse-factories";
import { createServerWithPacks } from "@/prisma/console-factories";
import { issueConversion } from "@/lib/clearinghouse/convert-key-pack";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { randomDigits } from "@/lib/licensing/random";
import { signedIn } from "./support";

test.describe("entitlements", () => {
  test("CSV import adds and updates good rows, reports each bad row, and leaves nothing of a bad row", async ({ page, db, context }) => {
    const supervisor = await signedIn(context, db, "SUPERVISOR");
    const customer = `Importco ${uniqueSuffix()}`;
    const [good1, good2, bad1, existingCredential, limited] = Array.from({ length: 5 }, () => randomDigits(7));
    const existing = await createEntitlement(db, { licenseProgram: "SELECT_LICENSE", credential: existingCredential!, calType: "WS2019_PER_USER", quantity: 10, customerName: customer });
    const held = await createEntitlement(db, { licenseProgram: "CAMPUS_AGREEMENT", credential: limited!, calType: "WS2016_PER_DEVICE", quantity: 50, customerName: customer });
    await issueKeyPack(db, { targetLicenseServerId: generateLicenseServerId(), calType: "WS2016_PER_DEVICE", licenseProgram: "CAMPUS_AGREEMENT", quantity: 30, entitlementId: held.id });
    const csv = [
      "license_program,credential,cal_type,quantity,customer_name",
      `Select License,${good1},Windows Server 2022 - RDS Per User CAL,100,${customer}`,
      `ENTERPRISE_AGREEMENT,${good2},WS2025_PER_DEVICE,"1,500",${customer}`,
      `Select License,${bad1},Windows Server 2022 - RDS Per User CAL,0,${customer}`,
      `Bogus Program,1234567,WS2022_PER_USER,5,${customer}`,
      `SELECT_LICENSE,${existingCredential},WS2019_PER_USER,25,${customer}`,
      `CAMPUS_AGREEMENT,${limited},WS2016_PER_DEVICE,20,${customer}`,
      `Select License,${good1},WS2022_PER_USER,7,${customer}`,
    ].join("\n");

    await page.goto("/helpdesk/entitlements/import");
    await page.getByLabel("CSV file").setInputFiles({ name: "purchases.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Import" }).click();
    const report = page.getByRole("table", { name: "Import report, row by row" });
    await expect(report).toBeVisible();
    await expect(page.getByText("2 added, 1 updated, 0 unchanged, 4 not imported.")).toBeVisible();
    const line = (n: number) => report.getByRole("row").filter({ has: page.getByRole("rowheader", { name: String(n), exact: true }) });
    await expect(line(2)).toContainText("Added");
    await expect(line(3)).toContainText("Added");
    await expect(line(4)).toContainText("quantity: The quantity must be between 1 and 9,999");
    await expect(line(5)).toContainText("license_program: Choose the license program");
    await expect(line(6)).toContainText("Updated: quantity 10 → 25");
    await expect(line(7)).toContainText("cannot be less than the 30 CALs already issued");
    await expect(line(8)).toContainText("Same license program, credential and CAL type as line 2");

    const rows = await db.entitlement.findMany({ where: { customerName: customer }, orderBy: { credential: "asc" } });
    expect(rows.map((r) => [r.credential, r.quantity]).sort()).toEqual(
      [[good1, 100], [good2, 1500], [existingCredential, 25], [limited, 50]].sort(),
    );
    expect(await db.entitlement.count({ where: { credential: bad1 } })).toBe(0);
    const audit = await db.auditLog.findMany({ where: { actorId: supervisor.id, entityType: "Entitlement" } });
    expect(audit.map((a) => a.action).sort()).toEqual(["entitlement.created", "entitlement.created", "entitlement.quantity_changed"]);
    expect(audit.find((a) => a.entityId === existing.id)).toMatchObject({ before: { quantity: 10 }, after: { quantity: 25 } });
  });

  test("a supervisor adds an entitlement, edits its quantity, and exports the list", async ({ page, db, context }) => {
    const supervisor = await signedIn(context, db, "SUPERVISOR");
    const customer = `Addco ${uniqueSuffix()}`;
    const credential = randomDigits(8);
    await page.goto("/helpdesk/entitlements/new");
    await page.getByLabel("Customer name").fill(customer);
    await page.getByLabel("License Program").selectOption({ label: "Open License" });
    await page.getByLabel("Credential").fill(`${credential}/auth${uniqueSuffix()}xyz`);
    await page.getByLabel("Type of RDS CAL").selectOption({ label: "Windows Server 2019 - RDS Per Device CAL" });
    await page.getByLabel("Quantity").fill("12000");
    await page.getByRole("button", { name: "Add entitlement" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("The quantity must be between 1 and 9,999");
    await page.getByLabel("Quantity").fill("120");
    await page.getByRole("button", { name: "Add entitlement" }).click();
    await expect(page.getByText("Entitlement added.")).toBeVisible();

    const row = await db.entitlement.findFirstOrThrow({ where: { customerName: customer } });
    expect(row).toMatchObject({ licenseProgram: "OPEN_LICENSE", calType: "WS2019_PER_DEVICE", quantity: 120 });
    expect(row.credential).toMatch(new RegExp(`^${credential}/AUTH[0-9A-F]{8}XYZ$`));

    await page.getByLabel("Quantity").fill("150");
    await page.getByRole("button", { name: "Save quantity" }).click();
    await expect(page.getByText("Quantity saved: 150.")).toBeVisible();
    expect((await db.entitlement.findUniqueOrThrow({ where: { id: row.id } })).quantity).toBe(150);
    const changed = await db.auditLog.findFirstOrThrow({ where: { entityId: row.id, action: "entitlement.quantity_changed" } });
    expect(changed).toMatchObject({ actorId: supervisor.id, before: { quantity: 120 }, after: { quantity: 150 } });
    await expect(page.getByRole("region", { name: "History of this entitlement" })).toContainText("Entitlement quantity changed");

    const exported = await page.request.get("/helpdesk/entitlements/export");
    const text = await exported.text();
    expect(text.split("\r\n")[0]).toBe("license_program,credential,cal_type,quantity,customer_name,issued");
    expect(text).toContain(`OPEN_LICENSE,${row.credential},WS2019_PER_DEVICE,150,${customer},0`);
  });
});

test("at 360 px by keyboard: a purchase with converted RDS CALs says so, and its quantity cannot go below what counts", async ({ page, db, context }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await signedIn(context, db, "SUPERVISOR");
  const server = await createServerWithPacks(db, { packs: [] });
  const { entitlement } = await createPurchase(db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: 100 });
  const pack = await issueAndInstall(db, server, entitlement, 60);
  expect((await issueConversion(db, { licenseServerId: server.licenseServerId, sourceLicenseKeyPackId: pack.licenseKeyPackId, count: 20 }, "e2e")).kind).toBe("issued");
  await page.goto(`/helpdesk/entitlements/${entitlement.id}`);
  await expect(page.getByText("60 of 100 CALs issued, of which 20 converted to the other type of RDS CAL.")).toBeVisible();

  const quantity = page.getByLabel("Quantity");
  await quantity.focus();
  await page.keyboard.press("ControlOrMeta+a");
  await quantity.pressSequentially("59", { delay: 40 });
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("The quantity cannot be less than the 60 CALs already issued from this purchase");
  await expect(quantity).toHaveValue("59");
  await quantity.focus();
  await page.keyboard.press("ControlOrMeta+a");
  await quantity.pressSequentially("60", { delay: 40 });
  await page.keyboard.press("Enter");
  await expect(page.getByText("Quantity saved: 60.")).toBeVisible();
  expect((await db.entitlement.findUniqueOrThrow({ where: { id: entitlement.id } })).quantity).toBe(60);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});
