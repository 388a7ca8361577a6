import { expect, test } from "../fixtures";
import { CREDENTIAL_MESSAGES } from "@/lib/licensing/credentials";
import { generateLicenseServerId, LICENSE_SERVER_ID_MESSAGES } from "@/lib/licensing/license-server-id";
import { MESSAGES } from "@/lib/clearinghouse/schemas";
import { completeDraft } from "@/prisma/clearinghouse-factories";
import { expectSummary, fillPurchasePage, idBoxes, next, useDraft } from "./manage-cals";

/** The message shown next to a field (its id + "-error"). */
const fieldError = (page: import("@playwright/test").Page, id: string) => page.locator(`#${id}-error`);

const page1 = () => {
  const d = completeDraft();
  return { targetLicenseServerId: d.targetLicenseServerId, reasonForRecovery: d.reasonForRecovery, licenseProgram: d.licenseProgram };
};
const page2 = { lastName: "Morgan", firstName: "Alex", companyName: "Contoso Ltd", countryRegion: "US" };

test.describe("Manage CALs field errors: next to each field and in the error summary", () => {
  test("start page: Manage CALs must be selected", async ({ page }) => {
    await page.goto("/licensing");
    await next(page);
    await expectSummary(page, [MESSAGES.selectOption]);
    await page.getByRole("link", { name: MESSAGES.selectOption }).click();
    await expect(page.getByRole("radio", { name: "Manage CALs" })).toBeFocused();
  });

  test("license server page: empty, wrong characters, wrong length, wrong check digits as you type", async ({ page, context, db }) => {
    await useDraft(context, db, {});
    await page.goto("/licensing/manage-cals/license-server");
    await next(page);
    await expectSummary(page, [LICENSE_SERVER_ID_MESSAGES.empty, MESSAGES.reasonForRecovery, MESSAGES.licenseProgram]);
    await expect(fieldError(page, "reasonForRecovery")).toHaveText(`Error: ${MESSAGES.reasonForRecovery}`);
    await expect(page.getByLabel("License Program")).toHaveAttribute("aria-invalid", "true");

    const first = idBoxes(page).first();
    await first.fill("12A45");
    await next(page);
    await expect(fieldError(page, "targetLicenseServerId")).toContainText(LICENSE_SERVER_ID_MESSAGES.characters);
    // Changing the field clears its error; Next checks it again (docs/decisions/012).
    await first.fill("12345");
    await expect(fieldError(page, "targetLicenseServerId")).toHaveCount(0);
    await next(page);
    await expect(fieldError(page, "targetLicenseServerId")).toContainText(LICENSE_SERVER_ID_MESSAGES.length);

    // A single wrong digit: the message appears as the last digit is typed, before Next.
    await page.reload();
    const id = generateLicenseServerId();
    const mistyped = id.slice(0, 20) + String((Number(id[20]) + 3) % 10) + id.slice(21);
    await idBoxes(page).first().fill(mistyped);
    await expect(fieldError(page, "targetLicenseServerId")).toContainText(LICENSE_SERVER_ID_MESSAGES.checksum);
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toHaveCount(0);
    // Correcting the group clears it.
    await idBoxes(page).nth(4).fill(id.slice(20, 25));
    await expect(fieldError(page, "targetLicenseServerId")).toHaveCount(0);
  });

  test("company page: the four required answers, e-mail and phone formats", async ({ page, context, db }) => {
    await useDraft(context, db, page1());
    await page.goto("/licensing/manage-cals/company");
    await next(page);
    await expectSummary(page, [MESSAGES.lastName, MESSAGES.firstName, MESSAGES.companyName, MESSAGES.countryRegion]);
    await page.getByLabel("Last name or surname").fill("Morgan");
    await page.getByLabel("E-mail address").fill("it.contoso.example");
    await page.getByLabel("Phone number").fill("020 7946 0018");
    await page.getByLabel("Country/region").selectOption("US");
    await next(page);
    await expectSummary(page, [MESSAGES.firstName, MESSAGES.companyName, MESSAGES.email, MESSAGES.phone]);
    await expect(fieldError(page, "phone")).toContainText(MESSAGES.phone);
    // What was typed stays.
    await expect(page.getByLabel("E-mail address")).toHaveValue("it.contoso.example");
  });

  test("purchase page, retail: license code, type of RDS CAL and quantity", async ({ page, context, db }) => {
    await useDraft(context, db, { ...page1(), licenseProgram: "LICENSE_PACK", ...page2 });
    await page.goto("/licensing/manage-cals/purchase");
    await next(page);
    await expectSummary(page, [MESSAGES.credentialEmpty.licenseCode, MESSAGES.calType, MESSAGES.quantityEmpty]);
    await fillPurchasePage(page, { licenseCode: "ABCDE-12345-FGHJK" }, "Windows Server 2022 - RDS Per User CAL", "ten");
    await next(page);
    await expectSummary(page, [CREDENTIAL_MESSAGES.licenseCode, MESSAGES.quantityFormat]);
    await page.getByLabel("Quantity").fill("0");
    await expect(fieldError(page, "quantity")).toHaveCount(0);
    await next(page);
    await expect(fieldError(page, "quantity")).toContainText(MESSAGES.quantityRange);
    await page.getByLabel("Quantity").fill("10000");
    await next(page);
    await expect(fieldError(page, "quantity")).toContainText(MESSAGES.quantityRange);
  });

  test("purchase page, Open License and agreements: the program's own credential fields", async ({ page, context, db }) => {
    await useDraft(context, db, { ...page1(), licenseProgram: "OPEN_LICENSE", ...page2 });
    await page.goto("/licensing/manage-cals/purchase");
    await expect(page.getByLabel("License code")).toHaveCount(0);
    await fillPurchasePage(page, { licenseNumber: "1234567", authorizationNumber: "" }, "Windows Server 2022 - RDS Per Device CAL", "5");
    await next(page);
    await expectSummary(page, [CREDENTIAL_MESSAGES.licenseNumber, MESSAGES.credentialEmpty.authorizationNumber]);
    await page.getByLabel("Authorization number").fill("SHORT");
    await next(page);
    await expect(fieldError(page, "authorizationNumber")).toContainText(CREDENTIAL_MESSAGES.authorizationNumber);

    const select = await useDraft(context, db, { ...page1(), licenseProgram: "SELECT_LICENSE", ...page2 });
    expect(select.id).toBeTruthy();
    await page.goto("/licensing/manage-cals/purchase");
    await page.getByLabel("Enrollment number").fill("12345678");
    await next(page);
    await expectSummary(page, [CREDENTIAL_MESSAGES.enrollmentNumber, MESSAGES.calType, MESSAGES.quantityEmpty]);
  });
});
