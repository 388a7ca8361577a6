import { readFile } from "node:fs/promises";
import { expect, test } from "../fixtures";
import { getKeyPackSecrets } from "@/lib/key-pack-secret";
import { decodeKeyPackId } from "@/lib/licensing/key-pack-id";
import { formatLicenseServerId, generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { createPurchase } from "@/prisma/clearinghouse-factories";
import { expectHeading, fillCompanyPage, fillLicenseServerPage, fillPurchasePage, idBoxes, next, shownKeyPackId } from "./manage-cals";

test.describe("Manage CALs, start to license key pack ID", () => {
  test("retail license code: from the console's link to an ID that installs on that server", async ({ page, db }) => {
    const { entitlement, credential } = await createPurchase(db, { licenseProgram: "LICENSE_PACK", calType: "WS2019_PER_DEVICE", quantity: 25 });
    const serverId = generateLicenseServerId();
    const email = `ops-${serverId.slice(0, 8)}@fabrikam.example`;

    await test.step("Select Option: Manage CALs, with the ID the console's hyperlink carries", async () => {
      await page.goto(`/licensing?licenseServerId=${formatLicenseServerId(serverId)}`);
      await expect(page.getByRole("heading", { level: 1, name: "Remote Desktop Services Licensing" })).toBeVisible();
      // Activate / Reactivate / Deactivate a license server are offered (issue 16); Install client access licenses comes with its own work.
      await expect(page.getByRole("radio", { name: "Activate a license server", exact: true })).toBeEnabled();
      await page.getByRole("radio", { name: "Manage CALs" }).check();
      await next(page);
    });

    await test.step("Target License Server ID arrives filled in", async () => {
      await expect(page).toHaveURL(/\/licensing\/manage-cals\/license-server$/);
      for (let i = 0; i < 7; i++) await expect(idBoxes(page).nth(i)).toHaveValue(serverId.slice(i * 5, i * 5 + 5));
      await fillLicenseServerPage(page, { program: "License Pack (Retail Purchase)" });
      await next(page);
    });

    await test.step("company information, then Back keeps it", async () => {
      await expect(page.getByRole("heading", { level: 1, name: "Company information" })).toBeVisible();
      await fillCompanyPage(page, { lastName: "Lee", firstName: "Jordan", companyName: "Fabrikam Inc", country: "United Kingdom", email, phone: "020 7946 0018" });
      await next(page);
      await expect(page.getByRole("heading", { level: 1, name: "License program information" })).toBeVisible();
      await page.getByRole("link", { name: "Back" }).click();
      await expect(page.getByLabel("Company name")).toHaveValue("Fabrikam Inc");
      await expect(page.getByLabel("Phone number")).toHaveValue("020 7946 0018");
      await next(page);
    });

    await test.step("license code typed in lower case with spaces, type of RDS CAL and quantity", async () => {
      await fillPurchasePage(page, { licenseCode: credential.licenseCode!.toLowerCase().replace(/-/g, " ") }, "Windows Server 2019 - RDS Per Device CAL", "25");
      await next(page);
    });

    await test.step("verify and submit", async () => {
      await expect(page.getByRole("heading", { level: 1, name: "Verify your information" })).toBeVisible();
      const server = page.getByRole("region", { name: "License server information" });
      await expect(server).toContainText(formatLicenseServerId(serverId));
      await expect(page.getByRole("region", { name: "License program information" })).toContainText(credential.licenseCode!);
      await expect(page.getByRole("region", { name: "Company information" })).toContainText("United Kingdom");
      await next(page);
    });

    await test.step("the license key pack ID, bound to this license server, and the database row", async () => {
      await expect(page.getByRole("heading", { level: 1, name: "Your license key pack ID" })).toBeVisible();
      await expect(page.getByText(/^Retain a copy of the license key pack ID\./)).toBeVisible();
      const shown = await shownKeyPackId(page);
      const secrets = (await getKeyPackSecrets(db)).accepted;
      const decoded = decodeKeyPackId(shown, serverId, secrets);
      expect(decoded).toMatchObject({ status: "valid", payload: { calType: "WS2019_PER_DEVICE", licenseProgram: "LICENSE_PACK", quantity: 25 } });
      expect(decodeKeyPackId(shown, generateLicenseServerId(), secrets).status).toBe("not-for-this-server");

      const request = await db.recoveryRequest.findFirstOrThrow({ where: { targetLicenseServerId: serverId }, include: { issuedKeyPack: true } });
      expect(request).toMatchObject({
        status: "ISSUED",
        entitlementId: entitlement.id,
        licenseProgram: "LICENSE_PACK",
        licenseCode: credential.stored,
        credential: credential.stored,
        calType: "WS2019_PER_DEVICE",
        quantity: 25,
        email,
        countryRegion: "GB",
        reviewReason: null,
      });
      expect(request.reference).toMatch(/^RQ-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      expect(request.issuedKeyPack).toMatchObject({ licenseKeyPackId: shown, entitlementId: entitlement.id, supersededAt: null, quantity: 25 });
      await expect(page.getByText(`Reference number: ${request.reference}`)).toBeVisible();
      const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "RecoveryRequest", entityId: request.id } });
      expect(audit).toMatchObject({ action: "request.issued_at_once", actorLabel: "Web site visitor" });

      const download = page.waitForEvent("download");
      await page.getByRole("link", { name: "Download receipt (text file)" }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe(`license-key-pack-${request.reference}.txt`);
      const text = await readFile((await file.path())!, "utf8");
      expect(text).toContain(formatLicenseServerId(serverId));
      expect(text).toContain(shown.match(/.{5}/g)!.join("-"));
      expect(text).toContain("Retain a copy of the license key pack ID.");
    });
  });

  test("agreement number: issued, then another key pack for the same server, replacing the first", async ({ page, db }) => {
    const { entitlement, credential } = await createPurchase(db, { licenseProgram: "SERVICES_PROVIDER_LICENSE_AGREEMENT", calType: "WS2025_PER_USER", quantity: 75 });
    const serverId = generateLicenseServerId();
    const purchaseAndSubmit = async () => {
      await fillPurchasePage(page, { agreementNumber: credential.agreementNumber }, "Windows Server 2025 - RDS Per User CAL", "75");
      await next(page);
      await expectHeading(page, "Verify your information");
      await next(page);
      await expectHeading(page, "Your license key pack ID");
    };

    await page.goto("/licensing");
    await page.getByRole("radio", { name: "Manage CALs" }).check();
    await next(page);
    await fillLicenseServerPage(page, { id: serverId, reason: "Other", program: "Services Provider License Agreement" });
    await next(page);
    await expectHeading(page, "Company information");
    await fillCompanyPage(page, { lastName: "Chen", firstName: "Sam", companyName: "Tailspin Hosting", country: "United States of America" });
    await next(page);
    await expect(page.getByLabel("Agreement number")).toBeVisible();
    await purchaseAndSubmit();
    const first = await shownKeyPackId(page);
    expect(decodeKeyPackId(first, serverId, (await getKeyPackSecrets(db)).accepted)).toMatchObject({ status: "valid", payload: { licenseProgram: "SERVICES_PROVIDER_LICENSE_AGREEMENT", quantity: 75 } });
    const request = await db.recoveryRequest.findFirstOrThrow({ where: { targetLicenseServerId: serverId } });
    expect(request).toMatchObject({ status: "ISSUED", agreementNumber: credential.agreementNumber, credential: credential.stored, entitlementId: entitlement.id });

    await test.step("Request another license key pack: the license server and company pages come pre-filled", async () => {
      await page.getByRole("button", { name: "Request another license key pack for this license server" }).click();
      await expect(page).toHaveURL(/\/licensing\/manage-cals\/license-server$/);
      await expect(idBoxes(page).last()).toHaveValue(serverId.slice(30));
      await expect(page.getByLabel("Reason for recovery")).toHaveValue("Other");
      await expect(page.getByLabel("License Program")).toHaveValue("SERVICES_PROVIDER_LICENSE_AGREEMENT");
      await next(page);
      await expectHeading(page, "Company information");
      await expect(page.getByLabel("Company name")).toHaveValue("Tailspin Hosting");
      await next(page);
      await expectHeading(page, "License program information");
      await expect(page.getByLabel("Agreement number")).toHaveValue("");
    });

    await test.step("the same purchase again for this server: the new pack replaces the first, so all 75 are covered", async () => {
      await purchaseAndSubmit();
      const second = await shownKeyPackId(page);
      expect(second).not.toBe(first);
      const packs = await db.issuedKeyPack.findMany({ where: { targetLicenseServerId: serverId }, orderBy: { issuedAt: "asc" } });
      expect(packs.map((p) => [p.licenseKeyPackId, p.supersededAt === null])).toEqual([
        [first, false],
        [second, true],
      ]);
    });
  });
});
