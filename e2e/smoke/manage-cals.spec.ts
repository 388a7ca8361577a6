// The web site's Manage CALs pages through to a license key pack ID, on whichever database the run uses
// (this is the submit's path on PGlite too: lib/driver-sql.ts talks to the adapter under Prisma). Uses the
// seeded demo purchase (README "Demo data"), since a smoke run on PGlite cannot open the app's database.
import { expect, test } from "@playwright/test";
import { checkKeyPackIdFormat } from "@/lib/licensing/key-pack-id-format";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { fillCompanyPage, fillLicenseServerPage, fillPurchasePage, idBoxes, next, shownKeyPackId } from "../clearinghouse/manage-cals";

test.describe("Manage CALs @smoke", () => {
  test("a demo enrollment number gets a license key pack ID for a new license server", async ({ page }) => {
    const serverId = generateLicenseServerId();
    await page.goto("/licensing");
    await page.getByRole("radio", { name: "Manage CALs" }).check();
    await next(page);
    await idBoxes(page).first().fill(serverId);
    await fillLicenseServerPage(page, { program: "Enterprise Agreement" });
    await next(page);
    await fillCompanyPage(page, { lastName: "Morgan", firstName: "Alex", companyName: "Contoso Ltd", country: "United States of America" });
    await next(page);
    await fillPurchasePage(page, { agreementNumber: "2000002" }, "Windows Server 2022 - RDS Per User CAL", "5");
    await next(page);
    await expect(page.getByRole("heading", { level: 1, name: "Verify your information" })).toBeVisible();
    await next(page);
    await expect(page.getByRole("heading", { level: 1, name: "Your license key pack ID" })).toBeVisible();
    // The secret lives in the app's database, which a smoke run on PGlite cannot open: the signature and the
    // payload are checked in e2e/clearinghouse/full-flow.spec.ts.
    expect(checkKeyPackIdFormat(await shownKeyPackId(page)).ok).toBe(true);
  });
});
