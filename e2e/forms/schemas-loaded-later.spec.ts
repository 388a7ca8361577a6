// The forms that were checked by the server only now check their schema in the browser too, loaded after
// the page (docs/decisions/030-forms-on-react-hook-form.md): the phone desk, License Information's License
// Codes, Select Option, and the classroom's create and join forms. With the script: a mistake shows beside its
// field and in the summary with no post; corrected, the form posts. Without it: the form posts, and the
// server's answer (the same schema module) shows beside the field with what was typed kept.
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { countPosts, summaryOf, typeChecked } from "./support";
import { LICENSE_CODE_LIST_MESSAGES } from "@/lib/licensing/license-code-list";
import { MESSAGES } from "@/lib/clearinghouse/schemas";
import { JOIN_CODE_MESSAGE } from "@/lib/practice/classroom-schemas";
import { createServerWithPacks, openInstallLicensesRun } from "@/prisma/console-factories";
import { signedIn } from "../helpdesk/support";

const PRODUCT_ID_LENGTH = "The Product ID has 20 digits, in 4 groups of 5";
const REASON_MISSING = "Select the reason for reactivating the license server";

const productIdBox = (page: Page, group: number) => page.getByRole("textbox", { name: `Product ID, group ${group} of 4`, exact: true });

async function licenseInformationPage(page: Page, db: Parameters<typeof createServerWithPacks>[0]) {
  const server = await createServerWithPacks(db, { packs: [], connectionMethod: "AUTOMATIC" });
  await openInstallLicensesRun(db, server, "INSTALL_LICENSE_INFORMATION", { connectionMethod: "AUTOMATIC", licenseProgram: "LICENSE_PACK" });
  await page.goto(`/console/servers/${server.id}/install-licenses/license-information`);
  await expect(page.getByRole("heading", { level: 1, name: "License Information" })).toBeVisible();
}

test.describe("with the script: checked in the browser, before any post", () => {
  test("phone desk, a reactivation call: a short Product ID on leaving its boxes, then the missing reason on Submit, without a post", async ({ page, context, db }) => {
    await signedIn(context, db, "AGENT");
    await page.goto("/helpdesk/phone");
    await page.getByRole("radio", { name: "Reactivate a license server", exact: true }).check();
    const posts = countPosts(page);
    await productIdBox(page, 1).click();
    // The mistake: the caller reads out two groups (the second a digit short), and the agent moves on.
    await typeChecked(productIdBox(page, 1), "12345");
    await typeChecked(productIdBox(page, 2), "6789");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(page.locator("#productId-error")).toContainText(PRODUCT_ID_LENGTH);

    await page.getByRole("button", { name: "Submit the request" }).click();
    await expect(summaryOf(page)).toBeFocused();
    await expect(summaryOf(page)).toContainText(PRODUCT_ID_LENGTH);
    await expect(summaryOf(page)).toContainText(REASON_MISSING);
    await expect(page.locator("#reason-error")).toContainText(REASON_MISSING);
    expect(posts).toEqual([]);

    // The reason chosen: its error goes at once; the Product ID's stays until its boxes change.
    await page.getByRole("radio", { name: "The license server has been redeployed" }).check();
    await expect(page.locator("#reason-error")).toHaveCount(0);
    await expect(page.locator("#productId-error")).toContainText(PRODUCT_ID_LENGTH);
    expect(posts).toEqual([]);
  });

  test("License Information: a code typed wrong and not added is called out on Next, without a post; corrected and added, Next posts once", async ({ page, db }) => {
    await licenseInformationPage(page, db);
    const posts = countPosts(page);
    await page.getByRole("button", { name: "Next" }).click();
    await expect(summaryOf(page)).toBeFocused();
    await expect(summaryOf(page)).toContainText(LICENSE_CODE_LIST_MESSAGES.none);
    const box = page.getByRole("textbox", { name: "License code" });
    await box.click();
    // The mistake: a code a group short, left in the box; Next sends the box's code with the list.
    await typeChecked(box, "R2025-USERC-ALINS-TALLA");
    await page.getByRole("button", { name: "Next" }).click();
    await expect(summaryOf(page)).toContainText(LICENSE_CODE_LIST_MESSAGES.format);
    await expect(page.locator("#licenseCodes-error")).toContainText(LICENSE_CODE_LIST_MESSAGES.format);
    expect(posts).toEqual([]);

    // Corrected in the box: the error goes as it is typed; added with Enter; Next posts once and moves on.
    await box.click();
    await box.press("End");
    await typeChecked(box, "-00020", "R2025-USERC-ALINS-TALLA");
    await expect(page.locator("#licenseCodes-error")).toHaveCount(0);
    await box.press("Enter");
    await expect(page.getByRole("heading", { name: "License codes to install (1)" })).toBeVisible();
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page).toHaveURL(/\/install-licenses\/product-version$/);
    expect(posts.length).toBe(1);
  });

  test("Select Option: Next with nothing selected says what to select, without a post; then Manage CALs posts once", async ({ page }) => {
    await page.goto("/licensing");
    const posts = countPosts(page);
    await page.getByRole("button", { name: "Next" }).click();
    await expect(summaryOf(page)).toBeFocused();
    await expect(summaryOf(page)).toContainText(MESSAGES.selectOption);
    await expect(page.locator("#option-error")).toContainText(MESSAGES.selectOption);
    expect(posts).toEqual([]);
    await page.getByRole("radio", { name: "Manage CALs", exact: true }).check();
    await expect(page.locator("#option-error")).toHaveCount(0);
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page).toHaveURL(/\/licensing\/manage-cals\/license-server$/);
    expect(posts.length).toBe(1);
  });

  test("create a class: no scenario ticked is called out on Create class, without a post", async ({ page, context, db }) => {
    await signedIn(context, db, "TRAINER");
    await page.goto("/helpdesk/classes");
    const posts = countPosts(page);
    const name = page.getByLabel("Class name");
    await name.click();
    await typeChecked(name, `Tuesday ${Date.now().toString(36)}`);
    const scenarios = page.getByRole("group", { name: "Scenarios" }).getByRole("checkbox");
    for (const box of await scenarios.all()) await box.uncheck();
    await page.getByRole("button", { name: "Create class" }).click();
    await expect(summaryOf(page)).toBeFocused();
    await expect(summaryOf(page)).toContainText("Choose at least one scenario");
    expect(posts).toEqual([]);
    await scenarios.first().check();
    await page.getByRole("button", { name: "Create class" }).click();
    await expect(page).toHaveURL(/\/helpdesk\/classes\/[^/]+$/);
    expect(posts.length).toBe(1);
  });

  test("join a class: a code a character short is called out on leaving it and on Join, without a post", async ({ page }) => {
    await page.goto("/class");
    const posts = countPosts(page);
    const code = page.getByLabel("Class code");
    await code.click();
    await typeChecked(code, "7KD29XP");
    await page.keyboard.press("Tab");
    await expect(page.locator("#join-code-error")).toContainText(JOIN_CODE_MESSAGE);
    await typeChecked(page.getByLabel("Your name"), "Ana");
    await page.getByRole("button", { name: "Join the class" }).click();
    await expect(summaryOf(page)).toBeFocused();
    await expect(summaryOf(page)).toContainText(JOIN_CODE_MESSAGE);
    expect(posts).toEqual([]);
    // Corrected where it was made: the error goes as the code changes.
    await code.click();
    await page.keyboard.press("End");
    await typeChecked(code, "A", "7KD29XP");
    await expect(page.locator("#join-code-error")).toHaveCount(0);
  });
});

test.describe("without JavaScript: the post, and the server's answer beside the field", () => {
  test.use({ javaScriptEnabled: false });

  test("phone desk: a reactivation call submitted with nothing typed shows its fields with their errors", async ({ page, context, db }) => {
    await signedIn(context, db, "AGENT");
    await page.goto("/helpdesk/phone");
    await page.getByRole("radio", { name: "Reactivate a license server", exact: true }).check();
    await page.getByRole("button", { name: "Submit the request" }).click();
    await expect(summaryOf(page)).toContainText("Enter the Product ID");
    await expect(page.locator("#productId-error")).toContainText("Enter the Product ID");
    await expect(page.locator("#reason-error")).toContainText(REASON_MISSING);
    await expect(page.getByRole("radio", { name: "Reactivate a license server", exact: true })).toBeChecked();
  });

  test("License Information: a malformed code in the box is refused beside the field and stays typed", async ({ page, db }) => {
    await licenseInformationPage(page, db);
    await page.getByRole("textbox", { name: "License code" }).fill("R2025-USERC-ALINS");
    await page.getByRole("button", { name: "Next" }).click();
    await expect(summaryOf(page)).toContainText(LICENSE_CODE_LIST_MESSAGES.format);
    await expect(page.locator("#licenseCodes-error")).toContainText(LICENSE_CODE_LIST_MESSAGES.format);
    await expect(page.getByRole("textbox", { name: "License code" })).toHaveValue("R2025-USERC-ALINS");
  });

  test("join a class: a malformed code is refused beside the field, the name kept", async ({ page }) => {
    await page.goto("/class");
    await page.getByLabel("Class code").fill("ABC");
    await page.getByLabel("Your name").fill("Ben");
    await page.getByRole("button", { name: "Join the class" }).click();
    await expect(summaryOf(page)).toContainText(JOIN_CODE_MESSAGE);
    await expect(page.locator("#join-code-error")).toContainText(JOIN_CODE_MESSAGE);
    await expect(page.getByLabel("Your name")).toHaveValue("Ben");
  });
});
