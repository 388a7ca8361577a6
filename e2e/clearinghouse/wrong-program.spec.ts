// The common trouble of choosing the wrong License Program, corrected where it was made: an enrollment
// number of Enterprise Agreement typed under Select License is refused on the purchase page, naming
// Enterprise Agreement, with a button that switches the program and keeps what was typed; the request is
// then issued at once instead of going to review.
import { expect, test } from "../fixtures";
import { AxeScanner } from "../a11y";
import { createPurchase } from "@/prisma/clearinghouse-factories";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { expectHeading, expectSummary, fillCompanyPage, next } from "./manage-cals";
import { typeIdLikeAPerson } from "../lifecycle/support";

const DELAY = 25;

test("an Enterprise Agreement enrollment number under Select License: refused naming Enterprise Agreement, switched, issued at once", async ({ page, db }) => {
  const { entitlement, credential } = await createPurchase(db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: 500 });
  const licenseServerId = generateLicenseServerId();
  const number = credential.agreementNumber!;

  await page.goto("/licensing");
  await page.getByLabel("Manage CALs").check();
  await next(page);
  await expectHeading(page, "License server information");
  await typeIdLikeAPerson(page, "Target License Server ID", licenseServerId, DELAY);
  await page.getByLabel("Reason for recovery").selectOption("The license server database was rebuilt");
  await page.getByLabel("License Program").selectOption({ label: "Select License" });
  await next(page);
  await expectHeading(page, "Company information");
  await fillCompanyPage(page, { lastName: "Morgan", firstName: "Alex", companyName: entitlement.customerName, country: "United Kingdom" });
  await next(page);

  await expectHeading(page, "License program information");
  await expect(page.getByText("License Program: Select License")).toBeVisible();
  await page.getByRole("textbox", { name: "Enrollment number" }).pressSequentially(number, { delay: DELAY });
  await page.getByLabel("Type of RDS CAL").selectOption({ label: "Windows Server 2022 - RDS Per User CAL" });
  await page.getByLabel("Quantity").pressSequentially("20", { delay: DELAY });
  await next(page);

  const message = `Enrollment number ${number} is a purchase of Enterprise Agreement, not of Select License. Change the License Program to Enterprise Agreement, or check the enrollment number.`;
  await expectSummary(page, [message]);
  const field = page.getByRole("textbox", { name: "Enrollment number" });
  await expect(field).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await expect(field).toHaveValue(number);
  const change = page.getByRole("button", { name: "Continue with Enterprise Agreement" });
  await expect(change).toBeVisible();
  await new AxeScanner().scan(page, "wrong License Program");
  // Nothing was saved or filed by the refusal.
  expect(await db.recoveryRequest.count({ where: { targetLicenseServerId: licenseServerId } })).toBe(0);
  // Enter in Quantity submits with Next, not with the switch (a form's first submit button is Enter's).
  await page.getByLabel("Quantity").press("Enter");
  await expectSummary(page, [message]);
  await expect(page.getByText("License Program: Select License")).toBeVisible();
  await expect(change).toBeVisible();

  await change.click();
  await expectHeading(page, "Verify your information");
  await expect(page.getByRole("main")).toContainText("Enterprise Agreement");
  await expect(page.getByRole("main")).toContainText(number);
  await next(page);
  await expectHeading(page, "Your license key pack ID");

  const requests = await db.recoveryRequest.findMany({ where: { targetLicenseServerId: licenseServerId } });
  expect(requests).toEqual([expect.objectContaining({ status: "ISSUED", licenseProgram: "ENTERPRISE_AGREEMENT", entitlementId: entitlement.id, quantity: 20 })]);
});

test("a Select License number the program knows is not refused, and typing in the field takes the switch away", async ({ page, db }) => {
  const shared = await createPurchase(db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: 50 });
  const select = await createPurchase(db, { licenseProgram: "SELECT_LICENSE", calType: "WS2022_PER_USER", quantity: 50 });
  await page.goto("/licensing");
  await page.getByLabel("Manage CALs").check();
  await next(page);
  await typeIdLikeAPerson(page, "Target License Server ID", generateLicenseServerId(), DELAY);
  await page.getByLabel("Reason for recovery").selectOption("The license server database was rebuilt");
  await page.getByLabel("License Program").selectOption({ label: "Select License" });
  await next(page);
  await fillCompanyPage(page, { lastName: "Lee", firstName: "Jordan", companyName: "Fabrikam Inc", country: "United Kingdom" });
  await next(page);
  await expectHeading(page, "License program information");
  const field = page.getByRole("textbox", { name: "Enrollment number" });
  await field.pressSequentially(shared.credential.agreementNumber!, { delay: DELAY });
  await page.getByLabel("Type of RDS CAL").selectOption({ label: "Windows Server 2022 - RDS Per User CAL" });
  await page.getByLabel("Quantity").pressSequentially("5", { delay: DELAY });
  await next(page);
  const change = page.getByRole("button", { name: "Continue with Enterprise Agreement" });
  await expect(change).toBeVisible();
  // The person corrects the number instead: the message and the switch go as they type.
  await field.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(select.credential.agreementNumber!, { delay: DELAY });
  await expect(change).toHaveCount(0);
  await next(page);
  await expectHeading(page, "Verify your information");
  await expect(page.getByRole("main")).toContainText("Select License");
});
