// Properties (seed step 2) and Review Configuration, reached from the tree's context menu.
import { expect, test } from "../fixtures";
import { createServerWithPacks } from "@/prisma/console-factories";
import { serverState } from "./wizard";

test("the connection method changed in Properties is saved, logged and shown", async ({ page, db }) => {
  const server = await createServerWithPacks(db, { packs: [], connectionMethod: "AUTOMATIC" });
  await page.goto("/console");
  // The context menu from the keyboard: Shift+F10 on the server's node.
  const node = page.getByRole("navigation", { name: "License servers" }).getByRole("link", { name: server.name });
  await node.focus();
  await page.keyboard.press("Shift+F10");
  await expect(page.getByRole("menuitem", { name: "Install Licenses" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: "Manage RDS CALs" })).toBeFocused();
  await page.keyboard.press("End");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(page.getByRole("menuitem", { name: "Properties" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1, name: `${server.name} Properties` })).toBeVisible();
  await expect(page.getByRole("tab", { name: "Connection Method" })).toHaveAttribute("aria-selected", "true");
  await page.getByRole("combobox", { name: "Connection method" }).selectOption({ label: "Web Browser" });
  await page.getByRole("button", { name: "OK" }).click();

  await expect(page).toHaveURL(/\/console\?server=/);
  await expect(page.getByRole("navigation", { name: "License servers" })).toContainText("Activated, Web Browser");
  await expect(page.getByRole("table", { name: "Event log" })).toContainText("The connection method was changed from Automatic connection (recommended) to Web Browser.");
  const saved = await db.licenseServer.findUniqueOrThrow({ where: { id: server.id } });
  expect(saved.connectionMethod).toBe("WEB_BROWSER");
  expect(saved.firstName).toBe(server.firstName);
  expect((await serverState(db, server.id)).eventIds).toEqual([40]);
});

test("company information errors are listed, link to their tab's field, and nothing is saved", async ({ page, db }) => {
  const server = await createServerWithPacks(db, { packs: [] });
  await page.goto(`/console/servers/${server.id}/properties`);
  await page.getByRole("tab", { name: "Required Information" }).click();
  await page.getByLabel("First name").fill("   ");
  await page.getByLabel("Country/Region").selectOption("");
  await page.getByRole("tab", { name: "Optional Information" }).click();
  await page.getByLabel("E-mail").fill("it@");
  await page.getByLabel("Postal code").fill("12#45");
  await page.getByRole("tab", { name: "Connection Method" }).click();
  await page.getByRole("combobox", { name: "Connection method" }).selectOption({ label: "Telephone" });
  await page.getByRole("button", { name: "OK" }).click();

  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary.getByRole("link")).toHaveText([
    "Enter the first name",
    "Select the country or region",
    "Enter an e-mail address in the correct format, like name@example.com",
    "The postal code has only letters, digits, spaces and hyphens",
  ]);
  // The first tab in error opens by itself.
  await expect(page.getByRole("tab", { name: /Required Information/ })).toHaveAttribute("aria-selected", "true");
  // A link in the summary opens the field's tab and focuses the field; what was typed is kept.
  await summary.getByRole("link", { name: /e-mail address/ }).click();
  await expect(page.getByLabel("E-mail")).toBeFocused();
  await expect(page.getByLabel("E-mail")).toHaveValue("it@");
  await expect(page.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true");

  const saved = await db.licenseServer.findUniqueOrThrow({ where: { id: server.id } });
  expect(saved).toMatchObject({ connectionMethod: "WEB_BROWSER", firstName: server.firstName, email: null });
});

test("Review Configuration shows the License Server ID, the database location and readiness", async ({ page, db }) => {
  const server = await createServerWithPacks(db);
  await page.goto(`/console?server=${encodeURIComponent(server.name)}`);
  await page.getByRole("button", { name: "Action" }).click();
  await page.getByRole("menuitem", { name: "Review Configuration" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${server.name} Configuration` })).toBeVisible();
  await expect(page.getByText(server.licenseServerId.match(/.{5}/g)!.join("-"))).toBeVisible();
  await expect(page.getByText("C:\\Windows\\System32\\LServer")).toBeVisible();
  await expect(page.getByText("This license server is ready to issue RDS CALs.")).toBeVisible();
});
