// Helpers for the Install Licenses specs: the wizard's addresses and pages, and typing like a person.
import type { Locator, Page } from "@playwright/test";
import { expect } from "../fixtures";

export const TYPING_DELAY = 30;

export function installUrl(serverId: string, slug: string): string {
  return `/console/servers/${serverId}/install-licenses/${slug}`;
}

export async function expectInstallPage(page: Page, slug: string, title: string) {
  await expect(page).toHaveURL(new RegExp(`/install-licenses/${slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

/** Types `text` into `box` key by key, after emptying it. */
export async function typeInto(box: Locator, text: string) {
  await box.click();
  await box.press("ControlOrMeta+A");
  await box.press("Backspace");
  await box.pressSequentially(text, { delay: TYPING_DELAY });
}

/** Types a license key pack ID group by group into the seven boxes (a full box hands on to the next). */
export async function typeKeyPackId(page: Page, licenseKeyPackId: string) {
  const groups = licenseKeyPackId.replace(/-/g, "").match(/.{5}/g)!;
  const box = (n: number) => page.getByLabel(`License key pack ID, group ${n} of 7`);
  // Empty the boxes first (a correction after an error): select all in the first box and delete.
  for (let n = 7; n >= 1; n--) await box(n).fill("");
  await box(1).click();
  for (const [i, group] of groups.entries()) {
    await expect(box(i + 1)).toBeFocused();
    await page.keyboard.type(group, { delay: TYPING_DELAY });
    await expect(box(i + 1)).toHaveValue(group);
  }
}

/** No page wider than the window. */
export async function expectNoSidewaysScroll(page: Page) {
  const wide = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  expect(wide, "the page scrolls sideways").toBe(false);
}

/** An error message, by its text, wherever it shows (field and summary; Next's announcer is an alert too). */
export function errorText(page: Page, text: string | RegExp) {
  return page.getByText(text).first();
}
