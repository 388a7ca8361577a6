import type { Request } from "@playwright/test";
import { expect, test } from "../fixtures";
import { RECENT_RECOVERY_LIMIT } from "@/lib/clearinghouse/entitlement-rules";
import { completeDraft, createPastRequests, createPurchase, uniqueCredential } from "@/prisma/clearinghouse-factories";
import { expectHeading, next, useDraft } from "./manage-cals";

test.describe("verify page and submission", () => {
  test("skipping ahead goes to the first incomplete page; no draft goes to the start page", async ({ page, context, db }) => {
    await page.goto("/licensing/manage-cals/purchase");
    await expect(page).toHaveURL(/\/licensing$/);
    const { targetLicenseServerId, reasonForRecovery, licenseProgram } = completeDraft();
    await useDraft(context, db, { targetLicenseServerId, reasonForRecovery, licenseProgram });
    await page.goto("/licensing/manage-cals/verify");
    await expect(page).toHaveURL(/\/licensing\/manage-cals\/company$/);
  });

  test("Change links return to their page and come back to verify", async ({ page, context, db }) => {
    const { credential } = await createPurchase(db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: 20 });
    await useDraft(context, db, completeDraft({ agreementNumber: credential.agreementNumber, companyName: "Contoso Ltd" }));
    await page.goto("/licensing/manage-cals/verify");

    await page.getByRole("link", { name: "Change company information" }).click();
    await expectHeading(page, "Company information");
    await expect(page.getByRole("link", { name: "Back" })).toHaveAttribute("href", "/licensing/manage-cals/verify");
    await page.getByLabel("Company name").fill("Contoso Pharmaceuticals");
    await next(page);
    await expectHeading(page, "Verify your information");
    await expect(page.getByRole("region", { name: "Company information" })).toContainText("Contoso Pharmaceuticals");

    // Changing the License Program to one with another credential asks for the purchase again.
    await page.getByRole("link", { name: "Change license server information" }).click();
    await expectHeading(page, "License server information");
    await page.getByLabel("License Program").selectOption({ label: "License Pack (Retail Purchase)" });
    await next(page);
    await expectHeading(page, "License program information");
    await expect(page.getByLabel("License code")).toBeVisible();

    await page.goto("/licensing/manage-cals/verify?x=1");
    await expect(page).toHaveURL(/\/licensing\/manage-cals\/purchase$/);
  });

  test("helpdesk path: an unknown credential gives a reference number and what happens next", async ({ page, context, db }) => {
    const draft = await useDraft(context, db, completeDraft({ licenseProgram: "SELECT_LICENSE", agreementNumber: uniqueCredential("SELECT_LICENSE").agreementNumber }));
    await page.goto("/licensing/manage-cals/verify");
    await next(page);
    await expectHeading(page, "Your request needs review");
    const request = await db.recoveryRequest.findUniqueOrThrow({ where: { draftId: draft.id } });
    expect(request).toMatchObject({ status: "AWAITING_REVIEW", issuedKeyPackId: null, entitlementId: null });
    expect(request.reviewReason).toBe("The enrollment number given does not match a purchase the Clearinghouse knows for Select License.");
    await expect(page.getByRole("region", { name: "Reference number" })).toContainText(request.reference);
    await expect(page.getByText(request.reviewReason!)).toBeVisible();
    await expect(page.getByRole("heading", { name: "What happens next" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Check request status" }).last()).toHaveAttribute("href", `/licensing/status?reference=${request.reference}`);
    expect(await db.issuedKeyPack.count({ where: { targetLicenseServerId: draft.targetLicenseServerId! } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: request.id } });
    expect(audit.action).toBe("request.filed_for_review");
  });

  test("a quantity above what the purchase still covers goes to review, saying so", async ({ page, context, db }) => {
    const { entitlement, credential } = await createPurchase(db, { licenseProgram: "CAMPUS_AGREEMENT", calType: "WS2016_PER_DEVICE", quantity: 30 });
    const draft = await useDraft(context, db, completeDraft({ licenseProgram: "CAMPUS_AGREEMENT", agreementNumber: credential.agreementNumber, calType: "WS2016_PER_DEVICE", quantity: 31 }));
    await page.goto("/licensing/manage-cals/verify");
    await next(page);
    await expectHeading(page, "Your request needs review");
    await expect(page.getByText("The quantity requested (31) is more than the purchase covers (30).")).toBeVisible();
    const request = await db.recoveryRequest.findUniqueOrThrow({ where: { draftId: draft.id } });
    expect(request).toMatchObject({ status: "AWAITING_REVIEW", entitlementId: entitlement.id, issuedKeyPackId: null });
  });

  test("answers saved as typed (not normalised) are still matched to their purchase and issued", async ({ page, context, db }) => {
    // The submit reads the purchases for the saved spelling with the draft; when the validated answers
    // spell the credential otherwise, it reads them again for the answers (lib/clearinghouse/submit.ts).
    const { entitlement, credential } = await createPurchase(db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: 20 });
    const typed = `${credential.agreementNumber!.slice(0, 3)} ${credential.agreementNumber!.slice(3)}`;
    const draft = await useDraft(context, db, completeDraft({ agreementNumber: typed, quantity: 5 }));
    await page.goto("/licensing/manage-cals/verify");
    await next(page);
    await expectHeading(page, "Your license key pack ID");
    const request = await db.recoveryRequest.findUniqueOrThrow({ where: { draftId: draft.id } });
    expect(request).toMatchObject({ status: "ISSUED", entitlementId: entitlement.id, agreementNumber: credential.agreementNumber });
  });

  test(`after ${RECENT_RECOVERY_LIMIT} recoveries for one server within 24 hours, the next goes to review`, async ({ page, context, db }) => {
    const { credential } = await createPurchase(db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: 50 });
    const values = completeDraft({ agreementNumber: credential.agreementNumber });
    await createPastRequests(db, values.targetLicenseServerId!, RECENT_RECOVERY_LIMIT);
    const draft = await useDraft(context, db, values);
    await page.goto("/licensing/manage-cals/verify");
    await next(page);
    await expectHeading(page, "Your request needs review");
    await expect(page.getByText(/recoveries were already requested for this Target License Server ID within 24 hours/)).toBeVisible();
    expect((await db.recoveryRequest.findUniqueOrThrow({ where: { draftId: draft.id } })).status).toBe("AWAITING_REVIEW");
  });

  test("a double click on Next submits one request and issues one license key pack ID", async ({ page, context, db }) => {
    const { credential } = await createPurchase(db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: 10 });
    const draft = await useDraft(context, db, completeDraft({ agreementNumber: credential.agreementNumber }));
    await page.goto("/licensing/manage-cals/verify");
    await page.getByRole("button", { name: "Next" }).dblclick();
    await expectHeading(page, "Your license key pack ID");
    await page.reload();
    await expectHeading(page, "Your license key pack ID");
    expect(await db.recoveryRequest.count({ where: { draftId: draft.id } })).toBe(1);
    expect(await db.issuedKeyPack.count({ where: { targetLicenseServerId: draft.targetLicenseServerId! } })).toBe(1);
  });

  test("two parallel posts of the same submission give one request, and both answer with it", async ({ page, context, db }) => {
    const { credential } = await createPurchase(db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: 10 });
    const draft = await useDraft(context, db, completeDraft({ agreementNumber: credential.agreementNumber }));
    await page.goto("/licensing/manage-cals/verify");
    // Hold the browser's own post, then send it twice at once from outside the page.
    let captured: Request | undefined;
    await page.route("**/licensing/manage-cals/verify", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      captured = route.request();
      await route.abort();
    });
    await page.getByRole("button", { name: "Next" }).click();
    await expect.poll(() => captured).toBeTruthy();
    const responses = await Promise.all([page.request.fetch(captured!), page.request.fetch(captured!)]);
    for (const response of responses) expect(response.status()).toBeLessThan(400);
    expect(await db.recoveryRequest.count({ where: { draftId: draft.id } })).toBe(1);
    expect(await db.issuedKeyPack.count({ where: { targetLicenseServerId: draft.targetLicenseServerId! } })).toBe(1);
    await page.unroute("**/licensing/manage-cals/verify");
    await page.goto("/licensing/manage-cals/result");
    await expectHeading(page, "Your license key pack ID");
  });
});
