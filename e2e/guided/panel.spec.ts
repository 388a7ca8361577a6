// The Procedure panel itself: a real toggle button (keyboard, aria-expanded/aria-controls), remembered per
// browser, state-driven where one page covers two steps, collapsed to the current step on narrow screens, and
// free of WCAG 2 A/AA violations axe can find on the pages where it does the most.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { createLicenseServer } from "@/prisma/factories";
import { openRebuildRun } from "@/prisma/console-factories";
import { createPracticeServerFor, openProcedurePanel, usePracticeOwner } from "@/prisma/practice-factories";
import { signedIn } from "../helpdesk/support";
import { expectStep, procedurePanel } from "./support";

async function expectNoViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("the toggle works from the keyboard and the choice is remembered in this browser", async ({ page }) => {
  await page.goto("/console");
  const toggle = page.getByRole("banner").getByRole("button", { name: "Procedure", exact: true });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(procedurePanel(page)).toBeHidden();
  await expect(page.locator(`#${await toggle.getAttribute("aria-controls")}`)).toHaveCount(1);

  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expectStep(page, 2);
  await page.reload();
  await expectStep(page, 2);
  await page.goto("/licensing");
  await expectStep(page, 10);

  await page.getByRole("button", { name: "Hide the procedure" }).click();
  await expect(procedurePanel(page)).toBeHidden();
  await page.goto("/console");
  await expect(page.getByRole("button", { name: "Procedure", exact: true })).toHaveAttribute("aria-expanded", "false");
});

test("the step follows the page's state: connection method, and a key pack ID being entered", async ({ page, context, db }) => {
  await openProcedurePanel(context);
  const automatic = await createLicenseServer(db, { connectionMethod: "AUTOMATIC" });
  await page.goto(`/console?server=${automatic.name}`);
  await expectStep(page, 2);
  await page.goto(`/console/servers/${automatic.id}/properties`);
  await expectStep(page, 2);

  const practice = await createPracticeServerFor(db);
  await usePracticeOwner(context, practice.owner);
  await openRebuildRun(db, practice, "OBTAIN_KEY_PACK", { deleted: true });
  await page.goto(`/console/servers/${practice.id}/manage-cals/obtain-key-pack`);
  await expectStep(page, 9);
  await page.getByLabel("License key pack ID, group 1 of 7").fill("ABCDE");
  await expectStep(page, 18);
  await expect(procedurePanel(page)).toContainText("Enter the license key pack ID you brought from the Web site");
  await page.getByLabel("License key pack ID, group 1 of 7").fill("");
  // Still at the boxes: step 18 until the focus leaves them empty.
  await expectStep(page, 18);
  await page.getByLabel("License key pack ID, group 1 of 7").blur();
  await expectStep(page, 9);
});

test("on a narrow screen the panel collapses to the current step, with all 19 a button away", async ({ page, context }) => {
  await openProcedurePanel(context);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/licensing");
  const panel = procedurePanel(page);
  await expect(panel.getByRole("listitem").filter({ visible: true })).toHaveCount(1);
  await expect(panel.locator('[aria-current="step"]')).toBeVisible();
  const showAll = panel.getByRole("button", { name: "Show all 19 steps" });
  await expect(showAll).toHaveAttribute("aria-expanded", "false");
  // The panel's body hydrates from its own chunk (docs/decisions/012): a click before that does nothing.
  await page.waitForLoadState("networkidle");
  await showAll.click();
  await expect(panel.getByRole("listitem").filter({ visible: true })).toHaveCount(19);
  await expect(panel.getByRole("button", { name: "Show only the current step" })).toHaveAttribute("aria-expanded", "true");
  await expectNoViolations(page, "narrow /licensing");
});

test("with the panel open, the practice server, the wizard and the trainer's view have no WCAG 2 A/AA violations axe can find", async ({ page, context, db }) => {
  await openProcedurePanel(context);
  const practice = await createPracticeServerFor(db);
  await usePracticeOwner(context, practice.owner);
  await page.goto(`/console?server=${practice.name}`);
  await expectStep(page, 3);
  await expectNoViolations(page, "practice server");

  await openRebuildRun(db, practice, "CONFIRM_DELETION");
  await page.goto(`/console/servers/${practice.id}/manage-cals/confirm-deletion`);
  await expectStep(page, 7);
  await expectNoViolations(page, "confirm deletion");

  await db.wizardRun.updateMany({ where: { serverId: practice.id }, data: { step: "OBTAIN_KEY_PACK", deletedAt: new Date() } });
  await page.goto(`/console/servers/${practice.id}/manage-cals/obtain-key-pack`);
  await expectStep(page, 9);
  await expectNoViolations(page, "obtain key pack");

  await page.goto("/licensing");
  await page.getByRole("radio", { name: "Manage CALs" }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await expectStep(page, 11, 12);
  await expectNoViolations(page, "license server information");

  await signedIn(context, db, "SUPERVISOR");
  await page.goto("/helpdesk/practice");
  await expect(page.getByRole("rowheader", { name: practice.name })).toBeVisible();
  await expectNoViolations(page, "trainer's view");
});
