// Small helpers for the console specs: wizard addresses, the key pack ID boxes, database reads.
import type { Page } from "@playwright/test";
import type { Database } from "@/lib/prisma-client";
import { expect } from "../fixtures";

export const CONFIRM_LABEL = "Confirm deletion of RDS CALs currently installed on this license server";

export function wizardUrl(serverId: string, slug: string): string {
  return `/console/servers/${serverId}/manage-cals/${slug}`;
}

export async function next(page: Page) {
  await page.getByRole("button", { name: "Next" }).click();
}

export async function expectPage(page: Page, slug: string, title: string) {
  await expect(page).toHaveURL(new RegExp(`/manage-cals/${slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

/** Fills the whole ID into the first box; the input spreads it over the seven boxes. */
export async function enterKeyPackId(page: Page, licenseKeyPackId: string) {
  await page.getByLabel("License key pack ID, group 1 of 7").fill(licenseKeyPackId);
}

/** An error next to a field or in the summary, by its text (Next's route announcer is also an alert). */
export function errorText(page: Page, text: string | RegExp) {
  return page.getByText(text).first();
}

export async function serverState(db: Database, serverId: string) {
  const [keyPacks, cals, runs, events] = await Promise.all([
    db.installedKeyPack.findMany({ where: { serverId }, orderBy: { keypackId: "asc" } }),
    db.issuedCal.count({ where: { serverId } }),
    db.wizardRun.findMany({ where: { serverId }, orderBy: { startedAt: "asc" } }),
    db.serverEvent.findMany({ where: { serverId }, orderBy: { createdAt: "asc" } }),
  ]);
  return { keyPacks, cals, runs, events, eventIds: events.map((e) => e.eventId) };
}
