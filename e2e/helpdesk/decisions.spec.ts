import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { createEntitlement, uniqueSuffix } from "@/prisma/factories";
import { createRecoveryRequest } from "@/prisma/helpdesk-factories";
import { randomDigits } from "@/lib/licensing/random";
import { signedIn } from "./support";

/** After a decision the next waiting request opens with a notice naming this one; with none left, the page stays. */
async function expectDecided(page: Page, reference: string) {
  const notice = page.getByRole("status").filter({ hasText: `Request ${reference}:` });
  const outcome = page.getByRole("region", { name: "Outcome" });
  await expect(notice.or(outcome).first()).toBeVisible();
}

async function typeSlowly(page: Page, label: string, text: string) {
  const box = page.getByLabel(label);
  await box.pressSequentially(text, { delay: 15 });
  await expect(box).toHaveValue(text);
}

test.describe("deciding a recovery request", () => {
  test("Approve and issue shows the effect on the purchase, asks to confirm, and issues one license key pack ID with its e-mail", async ({ page, db, context }) => {
    const agent = await signedIn(context, db, "AGENT");
    const agreementNumber = randomDigits(7);
    const customer = `Approve ${uniqueSuffix()} Ltd`;
    const entitlement = await createEntitlement(db, { licenseProgram: "ENTERPRISE_AGREEMENT", credential: agreementNumber, calType: "WS2022_PER_USER", quantity: 40, customerName: customer });
    const request = await createRecoveryRequest(db, { licenseProgram: "ENTERPRISE_AGREEMENT", credential: { agreementNumber }, calType: "WS2022_PER_USER", quantity: 30, companyName: customer.replace(" Ltd", ", Ltd."), email: `buyer-${uniqueSuffix().toLowerCase()}@contoso.example`, reviewReason: "Many recoveries for this license server" });

    await page.goto(`/helpdesk/requests/${request.reference}`);
    await expect(page.getByText("Available on the purchase for this license server: 40 now, 10 after issuing 30.").first()).toBeVisible();
    await page.getByRole("button", { name: "Approve and issue…" }).click();
    const dialog = page.getByRole("dialog", { name: "Approve and issue 30 RDS CALs?" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel("Justification")).toHaveCount(0); // covered, same company: no override
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect((await db.recoveryRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("AWAITING_REVIEW");

    await page.getByRole("button", { name: "Approve and issue…" }).click();
    await dialog.getByRole("button", { name: "Confirm: approve and issue" }).click();
    await expectDecided(page, request.reference);

    const row = await db.recoveryRequest.findUniqueOrThrow({ where: { id: request.id }, include: { issuedKeyPack: true } });
    expect(row).toMatchObject({ status: "APPROVED", decidedById: agent.id, entitlementId: entitlement.id });
    expect(row.issuedKeyPack).toMatchObject({ quantity: 30, targetLicenseServerId: request.targetLicenseServerId, entitlementId: entitlement.id, supersededAt: null });
    const audit = await db.auditLog.findMany({ where: { entityType: "RecoveryRequest", entityId: request.id } });
    expect(audit.map((a) => a.action)).toEqual(["request.approved"]);
    expect(audit[0]).toMatchObject({ actorId: agent.id, before: { status: "AWAITING_REVIEW", availableOnPurchase: 40 }, after: { status: "APPROVED", licenseKeyPackId: row.issuedKeyPack!.licenseKeyPackId, availableOnPurchase: 10 } });

    // The customer's e-mail, written with the decision: the license key pack ID and what to do with it.
    const mail = await db.outboxMessage.findUniqueOrThrow({ where: { requestId_kind: { requestId: request.id, kind: "approved" } } });
    expect(mail.toAddress).toBe(request.email);
    expect(mail.subject).toContain(`${request.reference} approved`);
    expect(mail.body.replace(/-/g, "")).toContain(row.issuedKeyPack!.licenseKeyPackId);
    expect(mail.body).toContain("Obtain Client License Key Pack");
  });

  test("an override (beyond the purchase, another company) needs a written justification, recorded and flagged", async ({ page, db, context }) => {
    const agent = await signedIn(context, db, "AGENT");
    const agreementNumber = randomDigits(7);
    await createEntitlement(db, { licenseProgram: "ENTERPRISE_AGREEMENT", credential: agreementNumber, calType: "WS2022_PER_USER", quantity: 40, customerName: `Contoso ${uniqueSuffix()} Ltd` });
    const request = await createRecoveryRequest(db, { licenseProgram: "ENTERPRISE_AGREEMENT", credential: { agreementNumber }, calType: "WS2022_PER_USER", quantity: 60, companyName: `Fabrikam ${uniqueSuffix()}, Inc.`, reviewReason: "Quantity 60 is more than the 40 the purchase covers" });

    await page.goto(`/helpdesk/requests/${request.reference}`);
    await expect(page.getByText("The company is not the purchase's customer: approving needs a written justification.").first()).toBeVisible();
    await page.getByRole("button", { name: "Approve and issue…" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText("The quantity is more than the purchase still covers");
    await expect(dialog).toContainText("-20 (over by 20)");
    await dialog.getByRole("button", { name: "Confirm: approve and issue" }).click();
    await expect(dialog.getByText(/Write why you approve anyway/).first()).toBeVisible();
    expect(await db.issuedKeyPack.count({ where: { targetLicenseServerId: request.targetLicenseServerId } })).toBe(0);
    expect((await db.recoveryRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("AWAITING_REVIEW");

    const why = `Fabrikam bought Contoso; papers seen (${uniqueSuffix()})`;
    // Typed key by key after the refusal, as a person corrects it: every character must land.
    await page.getByLabel("Justification").click();
    await page.getByLabel("Justification").pressSequentially(why, { delay: 20 });
    await expect(page.getByLabel("Justification")).toHaveValue(why);
    await dialog.getByRole("button", { name: "Confirm: approve and issue" }).click();
    await expectDecided(page, request.reference);
    const override = await db.auditLog.findFirstOrThrow({ where: { entityId: request.id, action: "request.override" } });
    expect(override).toMatchObject({ actorId: agent.id, after: { reasons: ["beyond_purchase", "other_company"], justification: why } });
    expect(await db.issuedKeyPack.count({ where: { targetLicenseServerId: request.targetLicenseServerId } })).toBe(1);
  });

  test("Reject asks for a reason and a confirmation; the reason is stored, audited and e-mailed", async ({ page, db, context }) => {
    const agent = await signedIn(context, db, "AGENT");
    const request = await createRecoveryRequest(db, { email: `r-${uniqueSuffix().toLowerCase()}@fabrikam.example` });
    await page.goto(`/helpdesk/requests/${request.reference}`);
    await page.getByRole("button", { name: "Reject…" }).click();
    await page.getByRole("button", { name: "Confirm: reject" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Enter the reason for rejecting");
    expect((await db.recoveryRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("AWAITING_REVIEW");

    const reason = `No purchase found for this agreement number (${uniqueSuffix()}).`;
    await typeSlowly(page, "Reason for rejecting", reason);
    await page.getByRole("button", { name: "Confirm: reject" }).click();
    await expectDecided(page, request.reference);

    const row = await db.recoveryRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(row).toMatchObject({ status: "REJECTED", rejectionReason: reason, decidedById: agent.id, issuedKeyPackId: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "RecoveryRequest", entityId: request.id, action: "request.rejected" } });
    expect(audit).toMatchObject({ actorId: agent.id, after: { status: "REJECTED", rejectionReason: reason } });
    const mail = await db.outboxMessage.findUniqueOrThrow({ where: { requestId_kind: { requestId: request.id, kind: "rejected" } } });
    expect(mail.body).toContain(reason);
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
  });

  test("claiming: a second agent sees who holds a request, is refused without taking over, and decides only once", async ({ browser, db }) => {
    const request = await createRecoveryRequest(db, { quantity: 12 });
    const [first, second] = await Promise.all([browser.newContext(), browser.newContext()]);
    const alice = await signedIn(first!, db, "AGENT", { name: `Alice ${uniqueSuffix()}` });
    await signedIn(second!, db, "AGENT", { name: `Bob ${uniqueSuffix()}` });
    const a = await first!.newPage();
    const b = await second!.newPage();
    await b.goto(`/helpdesk/requests/${request.reference}`); // Bob opens it before Alice claims it
    await a.goto(`/helpdesk/requests/${request.reference}`);
    await a.getByRole("button", { name: "Assign to me" }).click();
    await expect(a.getByTestId("assignee")).toContainText("You are working on this request.");
    expect((await db.recoveryRequest.findUniqueOrThrow({ where: { id: request.id } })).assignedToId).toBe(alice.id);

    // Bob's page is stale: his Reject is refused, nothing changes.
    await b.getByRole("button", { name: "Reject…" }).click();
    await typeSlowly(b, "Reason for rejecting", "Not ours");
    await b.getByRole("button", { name: "Confirm: reject" }).click();
    await expect(b.getByRole("alert").filter({ hasText: `${alice.name} is working on this request now` }).first()).toBeVisible();
    expect((await db.recoveryRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("AWAITING_REVIEW");

    // Reloaded, Bob sees the holder in the queue's words and a warning before deciding over Alice.
    await b.reload();
    await expect(b.getByTestId("assignee")).toContainText(`${alice.name} is working on this request.`);
    await expect(b.getByText(`${alice.name} is working on this request. Deciding here decides it instead of them.`).first()).toBeVisible();
    await Promise.all([a, b].map((p) => p.getByRole("button", { name: "Approve and issue…" }).click()));
    // No purchase matches this request: approving is an override either way.
    await Promise.all([a, b].map((p) => p.getByLabel("Justification").pressSequentially("Purchase confirmed by phone", { delay: 10 })));
    await Promise.all([a, b].map((p) => p.getByRole("button", { name: "Confirm: approve and issue" }).click()));
    await expect.poll(async () => (await db.recoveryRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("APPROVED");
    expect(await db.issuedKeyPack.count({ where: { targetLicenseServerId: request.targetLicenseServerId } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: request.id, action: "request.approved" } })).toBe(1);
    await Promise.all([first!.close(), second!.close()]);
  });
});
