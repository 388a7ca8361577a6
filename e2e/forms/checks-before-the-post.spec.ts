// Every form checks its own zod schema in the browser (the module its server action parses with, zod/mini;
// docs/decisions/030-forms-on-react-hook-form.md), not only sign-in: on one web site step, one console
// wizard page and one helpdesk form, a mistake shows beside its field when the person leaves the field,
// and a submit with it shows the summary with NO post to the server; corrected, the form posts once and moves
// on. Typed as people type (a key delay), each character checked where it landed.
import { expect, test } from "../fixtures";
import { countPosts, summaryOf, typeChecked } from "./support";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { createServerWithPacks, openLifecycleRun } from "@/prisma/console-factories";
import { completeDraft } from "@/prisma/clearinghouse-factories";
import { MESSAGES } from "@/lib/clearinghouse/schemas";
import { useDraft } from "../clearinghouse/manage-cals";
import { signedIn } from "../helpdesk/support";

test.describe("checks in the browser, before any post", () => {
  test("web site, License server information: a short Target License Server ID is called out on leaving the boxes and on Next, without a post", async ({ page, context, db }) => {
    await useDraft(context, db, {});
    await page.goto("/licensing/manage-cals/license-server");
    const posts = countPosts(page);
    const id = generateLicenseServerId();
    const boxes = page.getByRole("group", { name: "Target License Server ID" }).getByRole("textbox");
    // The mistake: four groups typed, then on to the next field.
    await boxes.first().click();
    for (let i = 0; i < 4; i++) await typeChecked(boxes.nth(i), id.slice(i * 5, i * 5 + 5));
    await page.getByLabel("Reason for recovery").focus();
    await expect(page.locator("#targetLicenseServerId-error")).toContainText("The License Server ID has 35 digits, in 7 groups of 5");
    await page.getByLabel("Reason for recovery").selectOption("The license server database was rebuilt");

    await page.getByRole("button", { name: "Next" }).click();
    await expect(summaryOf(page)).toBeFocused();
    await expect(summaryOf(page)).toContainText("The License Server ID has 35 digits, in 7 groups of 5");
    await expect(summaryOf(page)).toContainText("Select the License Program");
    expect(posts).toEqual([]);

    // Corrected: the last three groups; the error goes as the ID becomes whole, then one post moves on.
    await boxes.nth(4).click();
    for (let i = 4; i < 7; i++) await typeChecked(boxes.nth(i), id.slice(i * 5, i * 5 + 5));
    await expect(page.locator("#targetLicenseServerId-error")).toHaveCount(0);
    await page.getByLabel("License Program").selectOption("SELECT_LICENSE");
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page).toHaveURL(/\/licensing\/manage-cals\/company$/);
    expect(posts.length).toBe(1);
  });

  test("console, Activate Server Wizard's Optional Information: a malformed e-mail address is called out on leaving the field and on Next, without a post", async ({ page, db }) => {
    const server = await createServerWithPacks(db, { packs: [], activated: false });
    await openLifecycleRun(db, server, "ACTIVATE_SERVER", "ACTIVATE_OPTIONAL", { connectionMethod: "AUTOMATIC", firstName: "Alex", lastName: "Morgan", company: "Contoso", countryRegion: "GB" });
    await page.goto(`/console/servers/${server.id}/activate/optional-information`);
    const posts = countPosts(page);
    const email = page.getByLabel("E-mail");
    await email.click();
    // The mistake: the at sign left out.
    await typeChecked(email, "alex.morgan.contoso.example");
    await page.keyboard.press("Tab");
    await expect(page.locator("#email-error")).toContainText("Enter an e-mail address in the correct format, like name@example.com");
    await expect(email).toHaveAttribute("aria-invalid", "true");

    await page.getByRole("button", { name: "Next" }).click();
    await expect(summaryOf(page)).toBeFocused();
    await expect(summaryOf(page)).toContainText("Enter an e-mail address in the correct format");
    expect(posts).toEqual([]);

    // Corrected where it was made: the dot after "morgan" becomes an at sign; the error clears as it is typed.
    await email.click();
    await page.keyboard.press("End");
    for (let i = 0; i < ".contoso.example".length; i++) await page.keyboard.press("Backspace");
    await expect(email).toHaveValue("alex.morgan");
    await typeChecked(email, "@contoso.example", "alex.morgan");
    await expect(email).not.toHaveAttribute("aria-invalid", "true");
    // Automatic connection (the only method that asks it): Next activates through the Clearinghouse.
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page).toHaveURL(/\/activate\/completed$/);
    expect(posts.length).toBe(1);
  });

  test("helpdesk, new staff account: a short password is called out on leaving the field and on Create account, without a post", async ({ page, context, db }) => {
    await signedIn(context, db, "SUPERVISOR");
    await page.goto("/helpdesk/staff/new");
    const posts = countPosts(page);
    const name = page.getByLabel("Full name");
    await name.click();
    await typeChecked(name, "Robin Fischer");
    const email = page.getByLabel("E-mail address");
    await email.click();
    const address = `robin.${Date.now()}@clearinghouse.example`;
    await typeChecked(email, address);
    const password = page.getByLabel("Initial password");
    await password.click();
    // The mistake: a password shorter than the rule.
    await typeChecked(password, "short-one");
    await page.keyboard.press("Shift+Tab");
    await expect(page.locator("#staff-password-error")).toContainText("The password needs at least 12 characters");

    await page.getByRole("button", { name: "Create account" }).click();
    await expect(summaryOf(page)).toBeFocused();
    await expect(summaryOf(page)).toContainText("The password needs at least 12 characters");
    expect(posts).toEqual([]);

    await password.click();
    await page.keyboard.press("End");
    await typeChecked(password, "-and-longer", "short-one");
    await expect(page.locator("#staff-password-error")).toHaveCount(0);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/helpdesk\/staff\/[^/?]+\?created=1$/);
    expect(posts.length).toBe(1);
  });

  test("web site, Company information at 360 px by keyboard: a phone number of another country is called out on leaving the field, its check loaded only then, without a post", async ({ page, context, db }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    const d = completeDraft();
    await useDraft(context, db, { targetLicenseServerId: d.targetLicenseServerId, reasonForRecovery: d.reasonForRecovery, licenseProgram: d.licenseProgram });
    await page.goto("/licensing/manage-cals/company");
    await page.getByLabel("Last name or surname").focus();
    await typeChecked(page.getByLabel("Last name or surname"), "Morgan");
    await page.keyboard.press("Tab");
    await typeChecked(page.getByLabel("First name or given name"), "Alex");
    await page.keyboard.press("Tab");
    await typeChecked(page.getByLabel("Company name"), "Contoso Ltd");
    await page.getByLabel("Country/region").focus();
    await page.getByLabel("Country/region").selectOption("US");
    // The page and its schema are up; the phone number's check (libphonenumber's metadata) is not loaded yet.
    await page.waitForLoadState("networkidle");
    const scripts: string[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.push(response.url());
    });
    const posts = countPosts(page);
    const phone = page.getByLabel("Phone number");
    await phone.focus();
    // The mistake: a London number, with the United States chosen; Tab leaves the field.
    await typeChecked(phone, "020 7946 0018");
    await page.keyboard.press("Tab");
    await expect(page.locator("#phone-error")).toContainText(MESSAGES.phone);
    expect(scripts.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    // Enter in a field submits: the summary, no post.
    await phone.focus();
    await page.keyboard.press("Enter");
    await expect(summaryOf(page)).toBeFocused();
    await expect(summaryOf(page)).toContainText(MESSAGES.phone);
    expect(posts).toEqual([]);

    // Corrected: a United States number; the error goes when the field is left, then one post moves on.
    await phone.focus();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.press("Backspace");
    await typeChecked(phone, "+1 425 555 0100");
    await page.keyboard.press("Tab");
    await expect(page.locator("#phone-error")).toHaveCount(0);
    await phone.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/licensing\/manage-cals\/purchase$/);
    expect(posts.length).toBe(1);
  });
});
