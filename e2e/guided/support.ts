// Helpers for the guided walkthrough specs: the Procedure panel, and starting a practice rebuild by its button.
import type { Page } from "@playwright/test";
import type { Database } from "@/lib/prisma-client";
import { expect } from "../fixtures";

export function procedurePanel(page: Page) {
  return page.getByRole("complementary", { name: "Procedure" });
}

/**
 * Opens the Procedure panel by its header button unless it is open already (it remembers the choice per
 * browser), and waits for its steps (the panel's body loads when it first opens).
 */
export async function openProcedurePanel(page: Page) {
  const toggle = page.getByRole("banner").getByRole("button", { name: "Procedure", exact: true });
  // toPass: a click before the page is interactive opens nothing, so try again.
  await expect(async () => {
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true", { timeout: 1000 });
  }).toPass();
  await expect(procedurePanel(page).getByRole("button", { name: "Hide the procedure" })).toBeVisible();
  return procedurePanel(page);
}

/** The panel highlights steps `current` to `through` (one page can cover two steps) and says where the person is. */
export async function expectStep(page: Page, current: number, through = current) {
  const panel = procedurePanel(page);
  const highlighted = panel.locator('[aria-current="step"]');
  await expect(highlighted).toHaveCount(through - current + 1);
  await expect(highlighted.first()).toHaveText(new RegExp(`^\\s*${current}\\. `));
  const label = through > current ? `steps ${current} and ${through} of 19` : `step ${current} of 19`;
  await expect(panel.getByText(`You are at ${label}.`)).toBeVisible();
  // Every earlier step is ticked as done.
  await expect(panel.getByText("(done)")).toHaveCount(current - 1);
}

/** Clicks "Start a practice rebuild" on the console and returns the practice server it opened. */
export async function startPractice(page: Page, db: Database) {
  await page.goto("/console");
  await page.getByRole("button", { name: "Start a practice rebuild" }).click();
  await expect(page).toHaveURL(/\/console\?server=LS-PRACTICE-[0-9A-Z]{5}$/);
  const name = new URL(page.url()).searchParams.get("server")!;
  await expect(page.getByRole("heading", { level: 2, name: "Your practice license server" })).toBeVisible();
  return db.licenseServer.findUniqueOrThrow({ where: { name }, include: { entitlements: true } });
}

export async function next(page: Page) {
  await page.getByRole("button", { name: "Next" }).click();
}
