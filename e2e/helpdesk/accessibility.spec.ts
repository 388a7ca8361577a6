import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../fixtures";
import { createEntitlement, uniqueSuffix } from "@/prisma/factories";
import { createRecoveryRequest } from "@/prisma/helpdesk-factories";
import { randomDigits } from "@/lib/licensing/random";
import { signedIn } from "./support";

// Every helpdesk page is checked with axe where its layout is, in one visit (e2e/layout/every-page.spec.ts);
// here, the states a page reaches only by acting on it.
test("a request's Reject form, with its errors shown, has no WCAG 2 A/AA violations axe can find", async ({ page, db, context }) => {
  const credential = randomDigits(7);
  await createEntitlement(db, { licenseProgram: "SELECT_LICENSE", credential, calType: "WS2016_PER_USER", quantity: 10, customerName: `Axe ${uniqueSuffix()}` });
  const request = await createRecoveryRequest(db, { licenseProgram: "SELECT_LICENSE", credential: { agreementNumber: credential }, calType: "WS2016_PER_USER" });
  await signedIn(context, db, "SUPERVISOR");
  await page.goto(`/helpdesk/requests/${request.reference}`);
  await page.getByRole("button", { name: "Reject…" }).click();
  await page.getByRole("button", { name: "Confirm: reject" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

test("the sign-in page, with its errors, has no WCAG 2 A/AA violations axe can find", async ({ page }) => {
  await page.goto("/helpdesk/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});
