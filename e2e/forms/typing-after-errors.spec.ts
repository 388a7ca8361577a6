// Every form, used the way a person corrects a mistake: submit it empty (or wrong), see the error summary
// take focus once, then click a field and type with a key delay; every character must land where it was
// typed and focus must stay in the field (it used to jump to the summary on the first key).
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { createServerWithPacks, issueKeyPackFor, openRebuildRun } from "@/prisma/console-factories";
import { createPurchase, uniqueCredential } from "@/prisma/clearinghouse-factories";
import { createRecoveryRequest } from "@/prisma/helpdesk-factories";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { completeDraft } from "@/prisma/clearinghouse-factories";
import { useDraft } from "../clearinghouse/manage-cals";
import { newStaff, signedIn } from "../helpdesk/support";
import { wizardUrl } from "../console/wizard";

const DELAY = 40;

const summaryOf = (page: Page) => page.getByRole("alert").filter({ hasText: "There is a problem" });

/** After a refused submit: the summary is shown and has focus. */
async function expectRefused(page: Page) {
  const summary = summaryOf(page).first();
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
}

/** Click the field, type `text` key by key, and check every character landed and focus stayed. */
async function typeLikeAPerson(field: Locator, text: string, expected = text) {
  await field.click();
  await field.pressSequentially(text, { delay: DELAY });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(expected);
}

test.describe("typing after an error, on every form", () => {
  test("console: Select a Reason with Other and no description, then the description typed", async ({ page, db }) => {
    const server = await createServerWithPacks(db);
    await openRebuildRun(db, server, "REASON");
    await page.goto(wizardUrl(server.id, "reason"));
    await page.getByRole("radio", { name: "Other" }).check();
    await page.getByRole("button", { name: "Next" }).click();
    await expectRefused(page);
    await typeLikeAPerson(page.getByLabel("Describe the reason"), "Restored from a backup of 2026-11-30");
  });

  test("console: Properties with Last name emptied, then Okafor-Smith typed", async ({ page, db }) => {
    const server = await createServerWithPacks(db);
    await page.goto(`/console/servers/${server.id}/properties`);
    await page.getByRole("tab", { name: /Required Information/ }).click();
    await page.getByLabel("Last name").fill("");
    await page.getByRole("button", { name: "OK" }).click();
    await expectRefused(page);
    await typeLikeAPerson(page.getByLabel("Last name"), "Okafor-Smith");
  });

  test("web site: License server information submitted empty, then the 35 digits typed from the first box", async ({ page, context, db }) => {
    await useDraft(context, db, {});
    await page.goto("/licensing/manage-cals/license-server");
    await page.getByRole("button", { name: "Next" }).click();
    await expectRefused(page);
    const id = generateLicenseServerId();
    const boxes = page.getByRole("group", { name: "Target License Server ID" }).getByRole("textbox");
    await boxes.first().click();
    await page.keyboard.type(id, { delay: DELAY });
    for (let i = 0; i < 7; i++) await expect(boxes.nth(i)).toHaveValue(id.slice(i * 5, i * 5 + 5));
  });

  test("web site: Company information submitted empty, then each required answer typed", async ({ page, context, db }) => {
    const d = completeDraft();
    await useDraft(context, db, { targetLicenseServerId: d.targetLicenseServerId, reasonForRecovery: d.reasonForRecovery, licenseProgram: d.licenseProgram });
    await page.goto("/licensing/manage-cals/company");
    await page.getByRole("button", { name: "Next" }).click();
    await expectRefused(page);
    await typeLikeAPerson(page.getByLabel("Last name or surname"), "Okafor-Smith");
    await typeLikeAPerson(page.getByLabel("First name or given name"), "Adaeze");
    await typeLikeAPerson(page.getByLabel("Company name"), "Fabrikam, Inc.");
    await typeLikeAPerson(page.getByLabel("E-mail address"), "it@fabrikam.example");
  });

  test("web site: purchase information submitted empty, then the license code and quantity typed", async ({ page, context, db }) => {
    const d = completeDraft({ licenseProgram: "LICENSE_PACK" });
    await useDraft(context, db, { targetLicenseServerId: d.targetLicenseServerId, reasonForRecovery: d.reasonForRecovery, licenseProgram: "LICENSE_PACK", lastName: "Morgan", firstName: "Alex", companyName: "Contoso Ltd", countryRegion: "US" });
    await page.goto("/licensing/manage-cals/purchase");
    await page.getByRole("button", { name: "Next" }).click();
    await expectRefused(page);
    const code = uniqueCredential("LICENSE_PACK").licenseCode!;
    await typeLikeAPerson(page.getByLabel("License code"), code);
    await typeLikeAPerson(page.getByLabel("Quantity"), "1,000");
  });

  test("web site: Check request status submitted empty, then reference and contact typed", async ({ page }) => {
    await page.goto("/licensing/status");
    await page.getByRole("button", { name: "Check status" }).click();
    await expectRefused(page);
    await typeLikeAPerson(page.getByLabel("Reference number"), "RQ-7KD2-9XPA");
    await typeLikeAPerson(page.getByLabel("E-mail address or Target License Server ID"), "it@contoso.example");
  });

  test("helpdesk: sign-in submitted empty, then e-mail and password typed", async ({ page }) => {
    await page.goto("/helpdesk/sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expectRefused(page);
    await typeLikeAPerson(page.getByLabel("E-mail address"), "agent@clearinghouse.example");
    await typeLikeAPerson(page.getByLabel("Password"), "Agent-demo-2026!");
  });

  test("helpdesk: a request's note and rejection reason submitted empty, then typed", async ({ page, context, db }) => {
    await signedIn(context, db, "AGENT");
    const request = await createRecoveryRequest(db);
    await page.goto(`/helpdesk/requests/${request.reference}`);
    await page.getByRole("button", { name: "Add note" }).click();
    await expectRefused(page);
    await typeLikeAPerson(page.getByLabel("Internal note"), "Called the customer back at 14:05");
    await page.getByRole("button", { name: "Reject…" }).click();
    await page.getByRole("button", { name: "Confirm: reject" }).click();
    await expect(page.getByRole("dialog").getByRole("alert").filter({ hasText: "There is a problem" })).toBeFocused();
    await typeLikeAPerson(page.getByLabel("Reason for rejecting"), "The enrollment number does not match");
  });

  test("helpdesk: new entitlement submitted empty, then its fields typed", async ({ page, context, db }) => {
    await signedIn(context, db, "SUPERVISOR");
    await page.goto("/helpdesk/entitlements/new");
    await page.getByRole("button", { name: "Add entitlement" }).click();
    await expectRefused(page);
    await typeLikeAPerson(page.getByLabel("Customer name"), "Okafor-Smith Holdings");
    await typeLikeAPerson(page.getByLabel("Credential"), "7654321");
    await typeLikeAPerson(page.getByLabel("Quantity"), "250");
  });

  test("helpdesk: an entitlement's quantity emptied, then typed", async ({ page, context, db }) => {
    await signedIn(context, db, "SUPERVISOR");
    const { entitlement } = await createPurchase(db, { licenseProgram: "SELECT_LICENSE", calType: "WS2022_PER_USER", quantity: 40 });
    await page.goto(`/helpdesk/entitlements/${entitlement.id}`);
    await page.getByLabel("Quantity").fill("");
    await page.getByRole("button", { name: "Save quantity" }).click();
    await expectRefused(page);
    await typeLikeAPerson(page.getByLabel("Quantity"), "45");
  });

  test("helpdesk: new staff account and password reset submitted empty, then typed", async ({ page, context, db }) => {
    await signedIn(context, db, "SUPERVISOR");
    await page.goto("/helpdesk/staff/new");
    await page.getByRole("button", { name: "Create account" }).click();
    await expectRefused(page);
    await typeLikeAPerson(page.getByLabel("Full name"), "Okafor-Smith");
    await typeLikeAPerson(page.getByLabel("E-mail address"), "okafor-smith@clearinghouse.example");
    await typeLikeAPerson(page.getByLabel("Initial password"), "Long-enough-pass-2026");

    const colleague = await newStaff(db, "AGENT");
    await page.goto(`/helpdesk/staff/${colleague.id}`);
    await page.getByRole("button", { name: "Reset password" }).click();
    await expectRefused(page);
    await typeLikeAPerson(page.getByLabel("New password"), "Another-long-pass-2026");
  });
});

test.describe("step 18 with a typing mistake", () => {
  for (const mode of ["mouse", "keyboard"] as const) {
    test(`a mistyped license key pack ID is refused, then the boxes are cleared and the real one typed (${mode})`, async ({ page, db }) => {
      const server = await createServerWithPacks(db);
      const pack = await issueKeyPackFor(db, server, { calType: "WS2022_PER_USER", licenseProgram: "SELECT_LICENSE", quantity: 30 });
      await openRebuildRun(db, server, "OBTAIN_KEY_PACK", { deleted: true });
      await page.goto(wizardUrl(server.id, "obtain-key-pack"));
      const boxes = page.getByRole("group", { name: "License key pack ID" }).getByRole("textbox");
      const first = boxes.first();
      // One wrong character in the fourth group.
      const wrong = pack.slice(0, 17) + (pack[17] === "Z" ? "Y" : "Z") + pack.slice(18);
      if (mode === "keyboard") {
        for (let i = 0; i < 80 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
      } else {
        await first.click();
      }
      await expect(first).toBeFocused();
      await page.keyboard.type(wrong, { delay: DELAY });
      if (mode === "keyboard") await page.keyboard.press("Enter");
      else await page.getByRole("button", { name: "Next" }).click();
      await expectRefused(page);
      await expect(page.getByRole("heading", { level: 1, name: "Obtain Client License Key Pack" })).toBeVisible();

      // Back to the boxes (the summary's link by keyboard, a click otherwise), clear all with Backspace, retype.
      if (mode === "keyboard") {
        await page.keyboard.press("Tab");
        await page.keyboard.press("Enter");
      } else {
        await first.click();
      }
      await expect(first).toBeFocused();
      await page.keyboard.press("End");
      for (let i = 0; i < 36; i++) await page.keyboard.press("Backspace");
      for (let i = 0; i < 7; i++) await expect(boxes.nth(i)).toHaveValue("");
      await expect(first).toBeFocused();
      await page.keyboard.type(pack, { delay: DELAY });
      for (let i = 0; i < 7; i++) await expect(boxes.nth(i)).toHaveValue(pack.slice(i * 5, i * 5 + 5));
      if (mode === "keyboard") await page.keyboard.press("Enter");
      else await page.getByRole("button", { name: "Next" }).click();
      await expect(page).toHaveURL(/\/manage-cals\/reinstall-additional$/);
      expect(await db.installedKeyPack.count({ where: { serverId: server.id } })).toBe(1);
    });
  }
});
