// Helpers for the Activate / Reactivate / Deactivate Server specs: the console wizards' addresses and pages,
// the web site's flows, and typing an ID into its boxes as a person does (a group at a time, each character
// landing in its box).
import type { Page } from "@playwright/test";
import { expect } from "../fixtures";
import { expectAxeClean } from "../a11y";

export type Segment = "activate" | "reactivate" | "deactivate";

export function lifecycleUrl(serverId: string, segment: Segment, slug: string) {
  return `/console/servers/${serverId}/${segment}/${slug}`;
}

export async function expectWizardPage(page: Page, segment: Segment, slug: string, title: string, axe = true) {
  await expect(page).toHaveURL(new RegExp(`/${segment}/${slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  if (axe) await expectAxeClean(page);
}

export const next = (page: Page) => page.getByRole("button", { name: "Next" }).click();

/** Groups of 5 from a compact ID. */
const groupsOf = (compact: string) => compact.match(/.{1,5}/g)!;

/** Clicks the first box, then types group after group (a full box hands focus on) and checks each landed. */
export async function typeIdLikeAPerson(page: Page, label: string, compact: string, delay = 15) {
  const groups = groupsOf(compact);
  const box = (i: number) => page.getByLabel(`${label}, group ${i} of ${groups.length}`, { exact: true });
  await box(1).click();
  for (const [i, group] of groups.entries()) {
    await expect(box(i + 1)).toBeFocused();
    await box(i + 1).pressSequentially(group, { delay });
    await expect(box(i + 1)).toHaveValue(group);
  }
}

/** The ID the web site's result panel shows, compact. */
export async function shownId(page: Page, panelId: "license-server-id" | "confirmation-code") {
  return ((await page.locator(`#${panelId}`).textContent()) ?? "").replace(/\D/g, "");
}

/** Walks the web site's Activate a license server for `productId` (the page opened at /licensing/activate). */
export async function activateOnWebSite(page: Page, productId: string, company = { first: "Alex", last: "Morgan", company: "Contoso Ltd", country: "United States of America" }) {
  await expect(page.getByRole("heading", { level: 1, name: "License server information" })).toBeVisible();
  const first = page.getByLabel("Product ID, group 1 of 4", { exact: true });
  if (!(await first.inputValue())) await typeIdLikeAPerson(page, "Product ID", productId);
  await expect(page.getByText("All 20 digits are entered and pass the typing check.")).toBeVisible();
  await next(page);
  await expect(page.getByRole("heading", { level: 1, name: "Company information" })).toBeVisible();
  await page.getByLabel("Last name or surname").fill(company.last);
  await page.getByLabel("First name or given name").fill(company.first);
  await page.getByLabel("Company name").fill(company.company);
  await page.getByLabel("Country/region").selectOption({ label: company.country });
  await next(page);
  await expect(page.getByRole("heading", { level: 1, name: "Verify your information" })).toBeVisible();
  await next(page);
  await expect(page.getByRole("heading", { level: 1, name: "Result" })).toBeVisible();
  return shownId(page, "license-server-id");
}

/** The console wizard's Company Information page, filled in. */
export async function fillCompanyInformation(page: Page, c: { first: string; last: string; company: string; country: string }) {
  await page.getByLabel("First name", { exact: true }).fill(c.first);
  await page.getByLabel("Last name", { exact: true }).fill(c.last);
  await page.getByLabel("Company", { exact: true }).fill(c.company);
  await page.getByLabel("Country or Region", { exact: true }).selectOption({ label: c.country });
}
