import { expect, test } from "@playwright/test";

test.describe("home page @smoke", () => {
  test("links to both sites, and each renders", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "RD Licensing Studio" })).toBeVisible();

    await page.getByRole("link", { name: "Open Remote Desktop Licensing Manager" }).click();
    await expect(page).toHaveURL(/\/console$/);
    await expect(page.getByRole("heading", { level: 1, name: "Remote Desktop Licensing Manager" })).toBeVisible();
    // Seeded data through the real database: the demo servers appear under All Servers.
    await expect(page.getByRole("navigation", { name: "License servers" })).toContainText("LS-CONTOSO-01");

    await page.goto("/");
    await page.getByRole("link", { name: "Open the Remote Desktop Services Licensing Web site" }).click();
    await expect(page).toHaveURL(/\/licensing$/);
    await expect(page.getByRole("heading", { level: 1, name: "Remote Desktop Services Licensing" })).toBeVisible();

    await page.goto("/");
    await page.getByRole("link", { name: "Helpdesk sign-in" }).click();
    await expect(page).toHaveURL(/\/helpdesk/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("the health check reaches the database", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.ok()).toBe(true);
    expect(await response.json()).toEqual({ ok: true });
  });
});
