import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { completeDraft, createPurchase } from "@/prisma/clearinghouse-factories";
import { expectHeading, next, useDraft, useFlowDraft } from "./manage-cals";

async function expectAxeClean(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("every Manage CALs page is free of WCAG 2 A/AA violations, errors shown", async ({ page, context, db }) => {
  test.slow();
  await page.goto("/licensing");
  await next(page);
  await expectAxeClean(page);

  const { credential } = await createPurchase(db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: 10 });
  const { agreementNumber, calType, quantity, ...firstPages } = completeDraft({ agreementNumber: credential.agreementNumber });
  const { targetLicenseServerId, reasonForRecovery, licenseProgram } = firstPages;
  const withErrors = async (step: string) => {
    await page.goto(`/licensing/manage-cals/${step}`);
    await next(page);
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
    await expectAxeClean(page);
  };
  await useDraft(context, db, {});
  await withErrors("license-server");
  await useDraft(context, db, { targetLicenseServerId, reasonForRecovery, licenseProgram });
  await withErrors("company");
  await useDraft(context, db, firstPages);
  await withErrors("purchase");

  await useDraft(context, db, { ...firstPages, agreementNumber, calType, quantity });
  await page.goto("/licensing/manage-cals/verify");
  await expectAxeClean(page);
  await next(page);
  await expectHeading(page, "Your license key pack ID");
  await expectAxeClean(page);

  await page.goto("/licensing/status");
  await page.getByRole("button", { name: "Check status" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  await expectAxeClean(page);
});

test("Activate / Reactivate / Deactivate a license server pages are free of WCAG 2 A/AA violations, errors shown", async ({ page, context, db }) => {
  const withErrors = async (path: string) => {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await next(page);
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
    await expectAxeClean(page);
  };
  for (const flow of ["activate", "reactivate", "deactivate"] as const) await withErrors(`/licensing/${flow}`);
  await useFlowDraft(context, db, "activate", { productId: "12345678901234567894" });
  await withErrors("/licensing/activate/company");
  await useFlowDraft(context, db, "deactivate", { productId: "12345678901234567894", licenseServerId: "1".repeat(35) });
  await withErrors("/licensing/deactivate/contact");
});
