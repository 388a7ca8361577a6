// A form whose schema ships to the browser (react-hook-form with zodResolver, components/forms/use-action-form.ts)
// answers before any round trip: a field's error when the person leaves it, every field's on submit; the
// error clears as the field is corrected, and the server's answer still lands on the same fields.
import { expect, test } from "../fixtures";
import { countPosts, summaryOf } from "./support";
import { newStaff, PASSWORD } from "../helpdesk/support";

test.describe("checks in the browser", () => {
  test("sign-in: a malformed e-mail address is refused when the field is left, and on submit, without a post", async ({ page, db }) => {
    const agent = await newStaff(db, "AGENT");
    await page.goto("/helpdesk/sign-in");
    const posts = countPosts(page);
    const email = page.getByLabel("E-mail address");
    await email.click();
    await email.pressSequentially("agent-at-example", { delay: 30 });
    await page.keyboard.press("Tab");
    // Beside the field (its error paragraph, which aria-describedby names).
    await expect(page.locator("#sign-in-email-error")).toContainText("Enter an e-mail address in the right format");
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Password")).toBeFocused();

    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(summaryOf(page)).toBeFocused();
    await expect(summaryOf(page)).toContainText("Enter your password");
    expect(posts).toEqual([]);

    // Corrected: the error goes as the address becomes right; then the server's answer lands in the summary.
    await email.fill("");
    await email.pressSequentially(agent.email, { delay: 10 });
    await expect(email).not.toHaveAttribute("aria-invalid", "true");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(summaryOf(page)).toContainText("The e-mail address or password is not right");
    expect(posts.length).toBe(1);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Recovery requests" })).toBeVisible();
  });
});
