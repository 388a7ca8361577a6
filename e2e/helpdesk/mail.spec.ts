// The e-mail each decision sends, read where a person reads it: Helpdesk → Mailbox shows what the local
// mailbox (no SMTP_URL in the e2e runs) received over SMTP from the job queue (lib/jobs/queue.ts).
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { createEntitlement, uniqueSuffix } from "@/prisma/factories";
import { createRecoveryRequest } from "@/prisma/helpdesk-factories";
import { randomDigits } from "@/lib/licensing/random";
import { formatKeyPackId } from "@/lib/licensing/key-pack-id-format";
import { formatLicenseServerId } from "@/lib/licensing/license-server-id";
import { signedIn } from "./support";

/** The message with `subject` as the mailbox shows it for `address`, reloading until it has arrived. */
async function receivedMessage(page: Page, address: string, subject: string) {
  const message = page.getByRole("article", { name: subject });
  await expect(async () => {
    await page.goto(`/helpdesk/mailbox?to=${encodeURIComponent(address)}`);
    await expect(message).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  return message;
}

test.describe("customers' e-mail", () => {
  test("approving sends the license key pack ID and what to do with it; the mailbox shows it received and sent", async ({ page, db, context }) => {
    await signedIn(context, db, "SUPERVISOR");
    const agreementNumber = randomDigits(7);
    const customer = `Mail ${uniqueSuffix()} Ltd`;
    await createEntitlement(db, { licenseProgram: "ENTERPRISE_AGREEMENT", credential: agreementNumber, calType: "WS2022_PER_USER", quantity: 20, customerName: customer });
    const email = `mail-${uniqueSuffix().toLowerCase()}@contoso.example`;
    const request = await createRecoveryRequest(db, { licenseProgram: "ENTERPRISE_AGREEMENT", credential: { agreementNumber }, calType: "WS2022_PER_USER", quantity: 10, companyName: customer, email, reviewReason: "Many recoveries for this license server" });

    await page.goto(`/helpdesk/requests/${request.reference}`);
    await page.getByRole("button", { name: "Approve and issue…" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Confirm: approve and issue" }).click();
    await expect.poll(async () => (await db.recoveryRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("APPROVED");
    const { issuedKeyPack } = await db.recoveryRequest.findUniqueOrThrow({ where: { id: request.id }, include: { issuedKeyPack: true } });

    const message = await receivedMessage(page, email, `Request ${request.reference} approved: your license key pack ID`);
    await expect(message).toContainText(email);
    await expect(message).toContainText(formatKeyPackId(issuedKeyPack!.licenseKeyPackId));
    await expect(message).toContainText(formatLicenseServerId(request.targetLicenseServerId));
    await expect(message).toContainText("Obtain Client License Key Pack");
    await expect(message).toContainText("Manage RDS CALs");
    const row = page.getByRole("row").filter({ hasText: request.reference });
    await expect(row).toContainText("Approved");
    await expect(row).toContainText(/Sent \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
  });

  test("rejecting sends the reason", async ({ page, db, context }) => {
    await signedIn(context, db, "SUPERVISOR");
    const email = `mail-${uniqueSuffix().toLowerCase()}@fabrikam.example`;
    const request = await createRecoveryRequest(db, { email, reviewReason: "No purchase matches" });
    const reason = `We found no purchase with this agreement number (${uniqueSuffix()}).`;

    await page.goto(`/helpdesk/requests/${request.reference}`);
    await page.getByRole("button", { name: "Reject…" }).click();
    await page.getByLabel("Reason for rejecting").pressSequentially(reason, { delay: 5 });
    await expect(page.getByLabel("Reason for rejecting")).toHaveValue(reason);
    await page.getByRole("button", { name: "Confirm: reject" }).click();
    await expect.poll(async () => (await db.recoveryRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("REJECTED");

    const message = await receivedMessage(page, email, `Request ${request.reference} could not be approved`);
    await expect(message).toContainText(reason);
    await expect(message).toContainText(request.reference);
    const stored = await db.receivedMail.findMany({ where: { toAddress: email } });
    expect(stored.map((m) => m.subject)).toEqual([`Request ${request.reference} could not be approved`]);
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { requestId_kind: { requestId: request.id, kind: "rejected" } } })).sentAt).not.toBeNull();
  });
});
