// Page helpers for the Manage CALs specs: fill each page by its labels (the document's words), or jump
// straight to a page with a draft made in the database and its cookie.
import type { BrowserContext, Page } from "@playwright/test";
import { expect } from "../fixtures";
import type { Database } from "@/lib/prisma-client";
import { DRAFT_COOKIE, type DraftColumns, type SiteOption } from "@/lib/clearinghouse/steps";
import { createDraft, type TypedCredential } from "@/prisma/clearinghouse-factories";

export const next = (page: Page) => page.getByRole("button", { name: "Next" }).click();

export function expectHeading(page: Page, name: string) {
  return expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

export function idBoxes(page: Page) {
  return page.getByRole("group", { name: "Target License Server ID" }).getByRole("textbox");
}

export async function fillLicenseServerPage(page: Page, answers: { id?: string; reason?: string; program?: string }) {
  if (answers.id !== undefined) await idBoxes(page).first().fill(answers.id);
  await page.getByLabel("Reason for recovery").selectOption(answers.reason ?? "The license server database was rebuilt");
  if (answers.program) await page.getByLabel("License Program").selectOption({ label: answers.program });
}

export interface CompanyAnswers {
  lastName: string;
  firstName: string;
  companyName: string;
  country: string;
  email?: string;
  phone?: string;
}

export async function fillCompanyPage(page: Page, answers: CompanyAnswers) {
  await page.getByLabel("Last name or surname").fill(answers.lastName);
  await page.getByLabel("First name or given name").fill(answers.firstName);
  await page.getByLabel("Company name").fill(answers.companyName);
  await page.getByLabel("Country/region").selectOption({ label: answers.country });
  if (answers.email !== undefined) await page.getByLabel("E-mail address").fill(answers.email);
  if (answers.phone !== undefined) await page.getByLabel("Phone number").fill(answers.phone);
}

export async function fillPurchasePage(page: Page, credential: Omit<TypedCredential, "stored">, calType: string, quantity: string) {
  if (credential.licenseCode !== undefined) await page.getByLabel("License code").fill(credential.licenseCode);
  if (credential.licenseNumber !== undefined) await page.getByLabel("License number").fill(credential.licenseNumber);
  if (credential.authorizationNumber !== undefined) await page.getByLabel("Authorization number").fill(credential.authorizationNumber);
  if (credential.agreementNumber !== undefined) await page.getByRole("textbox", { name: /^(Agreement|Enrollment) number/ }).fill(credential.agreementNumber);
  await page.getByLabel("Type of RDS CAL").selectOption({ label: calType });
  await page.getByLabel("Quantity").fill(quantity);
}

/** A draft made in the database and handed to this browser, as if the visitor had got that far. */
export async function useDraft(context: BrowserContext, db: Database, values: Partial<DraftColumns> & { option?: SiteOption }) {
  const draft = await createDraft(db, values);
  // playwright.config.ts serves the app on 127.0.0.1.
  await context.addCookies([{ name: DRAFT_COOKIE, value: draft.id, domain: "127.0.0.1", path: "/licensing", httpOnly: true, sameSite: "Lax" }]);
  return draft;
}

/** The license key pack ID shown on the result or status page, without separators. */
export async function shownKeyPackId(page: Page): Promise<string> {
  const panel = page.getByRole("region", { name: "License key pack ID" });
  const text = (await panel.getByText(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){6}$/).textContent()) ?? "";
  return text.replace(/-/g, "");
}

/** The error summary at the top, and each message linked from it. */
export async function expectSummary(page: Page, messages: string[]) {
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link")).toHaveText(messages);
}

/** An Activate / Reactivate / Deactivate a license server draft handed to this browser (submitted: with its result). */
export async function useFlowDraft(context: BrowserContext, db: Database, flow: "activate" | "reactivate" | "deactivate", answers: Record<string, unknown>, submitted = false) {
  const draft = await db.clearinghouseServerDraft.create({ data: { flow, answers: answers as object, recordId: submitted ? String(answers.productId ?? "x") : null } });
  await context.addCookies([{ name: `rdls_${flow}_draft`, value: draft.id, domain: "127.0.0.1", path: "/licensing", httpOnly: true, sameSite: "Lax" }]);
  return draft;
}
