import { expect, test } from "../fixtures";
import { createEntitlement, uniqueSuffix } from "@/prisma/factories";
import { createRecoveryRequest } from "@/prisma/helpdesk-factories";
import { randomDigits } from "@/lib/licensing/random";
import { formatKeyPackId } from "@/lib/licensing/key-pack-id-format";
import { signedIn } from "./support";

test.describe("deciding a recovery request", () => {
  test("Approve and issue issues one license key pack ID against the purchase, with its audit entry", async ({ page, db, context }) => {
    const agent = await signedIn(context, db, "AGENT");
    const agreementNumber = randomDigits(7);
    const entitlement = await createEntitlement(db, { licenseProgram: "ENTERPRISE_AGREEMENT", credential: agreementNumber, calType: "WS2022_PER_USER", quantity: 40, customerName: `Approve ${uniqueSuffix()}` });
    const request = await createRecoveryRequest(db, { licenseProgram: "ENTERPRISE_AGREEMENT", credential: { agreementNumber }, calType: "WS2022_PER_USER", quantity: 60, reviewReason: "Quantity 60 is more than the 40 the purchase covers" });

    await page.goto(`/helpdesk/requests/${request.reference}`);
    await expect(page.getByText("Quantity 60 is more than the 40 the purchase covers")).toBeVisible();
    await expect(page.getByText("The 60 CALs requested are more than the 40 the purchase still covers.")).toBeVisible();
    await page.getByRole("button", { name: "Approve and issue" }).click();
    await expect(page.getByText(/^Approved\. License key pack ID/)).toBeVisible();

    const row = await db.recoveryRequest.findUniqueOrThrow({ where: { id: request.id }, include: { issuedKeyPack: true } });
    expect(row).toMatchObject({ status: "APPROVED", decidedById: agent.id, entitlementId: entitlement.id });
    expect(row.issuedKeyPack).toMatchObject({ quantity: 60, targetLicenseServerId: request.targetLicenseServerId, entitlementId: entitlement.id, supersededAt: null });
    await expect(page.getByRole("region", { name: "Outcome" })).toContainText(formatKeyPackId(row.issuedKeyPack!.licenseKeyPackId));

    const audit = await db.auditLog.findMany({ where: { entityType: "RecoveryRequest", entityId: request.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: agent.id,
      actorLabel: agent.email,
      action: "request.approved",
      before: { status: "AWAITING_REVIEW", issuedKeyPackId: null },
      after: { status: "APPROVED", issuedKeyPackId: row.issuedKeyPackId, licenseKeyPackId: row.issuedKeyPack!.licenseKeyPackId },
    });
    await expect(page.getByRole("region", { name: "Timeline" })).toContainText("Approved and issued");
    await expect(page.getByRole("button", { name: "Approve and issue" })).toHaveCount(0);
  });

  test("Reject needs a reason, which is stored for the customer and audited", async ({ page, db, context }) => {
    const agent = await signedIn(context, db, "AGENT");
    const request = await createRecoveryRequest(db);
    await page.goto(`/helpdesk/requests/${request.reference}`);
    await page.getByRole("button", { name: "Reject" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Enter the reason for rejecting");
    expect((await db.recoveryRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("AWAITING_REVIEW");

    const reason = `No purchase found for this agreement number (${uniqueSuffix()}).`;
    await page.getByLabel("Reason for rejecting").fill(reason);
    await page.getByRole("button", { name: "Reject" }).click();
    await expect(page.getByRole("region", { name: "Outcome" })).toContainText(reason);

    const row = await db.recoveryRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(row).toMatchObject({ status: "REJECTED", rejectionReason: reason, decidedById: agent.id, issuedKeyPackId: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "RecoveryRequest", entityId: request.id, action: "request.rejected" } });
    expect(audit).toMatchObject({ actorId: agent.id, before: { status: "AWAITING_REVIEW", rejectionReason: null }, after: { status: "REJECTED", rejectionReason: reason } });
  });

  test("internal notes appear on the timeline and in the audit log", async ({ page, db, context }) => {
    const agent = await signedIn(context, db, "AGENT", { name: `Note Taker ${uniqueSuffix()}` });
    const request = await createRecoveryRequest(db);
    await page.goto(`/helpdesk/requests/${request.reference}`);
    const body = `Called the customer; purchase papers on the way (${uniqueSuffix()})`;
    await page.getByLabel("Internal note").fill(body);
    await page.getByRole("button", { name: "Add note" }).click();
    await expect(page.getByRole("region", { name: "Timeline" })).toContainText(body);
    await expect(page.getByRole("region", { name: "Timeline" })).toContainText(agent.name);
    await expect(page.getByLabel("Internal note")).toHaveValue("");
    expect(await db.requestNote.count({ where: { requestId: request.id, authorId: agent.id, body } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: request.id, action: "request.note_added", actorId: agent.id } })).toBe(1);
  });

  test("two staff approving at the same moment issue exactly one license key pack ID", async ({ browser, db }) => {
    const request = await createRecoveryRequest(db, { quantity: 12 });
    const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
    const pages = await Promise.all(
      contexts.map(async (context) => {
        await signedIn(context, db, "AGENT");
        const page = await context.newPage();
        await page.goto(`/helpdesk/requests/${request.reference}`);
        await expect(page.getByRole("button", { name: "Approve and issue" })).toBeEnabled();
        return page;
      }),
    );
    await Promise.all(pages.map((page) => page.getByRole("button", { name: "Approve and issue" }).click()));

    const outcomes = await Promise.all(
      pages.map(async (page) => {
        const won = page.getByText(/^Approved\. License key pack ID/);
        const lost = page.getByRole("alert").filter({ hasText: "already decided" });
        await expect(won.or(lost)).toBeVisible();
        return (await won.isVisible()) ? "won" : "lost";
      }),
    );
    expect(outcomes.sort()).toEqual(["lost", "won"]);
    expect(await db.issuedKeyPack.count({ where: { targetLicenseServerId: request.targetLicenseServerId } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: request.id, action: "request.approved" } })).toBe(1);
    await Promise.all(contexts.map((c) => c.close()));
  });
});
