// The e-mail each decision sends, read where a person reads it: Helpdesk → Mailbox shows what the local
// mailbox (no SMTP_URL in the e2e runs) received over SMTP from the job queue (lib/jobs/queue.ts).
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import type { Database } from "@/lib/prisma-client";
import { createEntitlement, uniqueSuffix } from "@/prisma/factories";
import { createRecoveryRequest } from "@/prisma/helpdesk-factories";
import { randomDigits } from "@/lib/licensing/random";
import { formatKeyPackId } from "@/lib/licensing/key-pack-id-format";
import { formatLicenseServerId } from "@/lib/licensing/license-server-id";
import { signedIn } from "./support";

/**
 * Waits for the mail job (lib/jobs/queue.ts) to have sent the decision's message: its outbox row marked sent,
 * which happens after the local mailbox stored it (lib/mail/sink.ts answers the SMTP client once the row is
 * written). Then the mailbox shows both, on one load. Awaiting the row, not the page, makes the test as
 * fast as the job and never races it; the only limit is the test's own timeout.
 */
async function sentMessage(page: Page, db: Database, request: { id: string }, kind: "approved" | "rejected", address: string, subject: string) {
  const where = { requestId_kind: { requestId: request.id, kind } };
  await expect
    .poll(async () => {
      const row = await db.outboxMessage.findUnique({ where, select: { sentAt: true, attempts: true, lastError: true } });
      return row?.sentAt ? "sent" : `not sent yet (${row ? `${row.attempts} attempts${row.lastError ? `, last error: ${row.lastError}` : ""}` : "no outbox row"})`;
    }, { timeout: 0, intervals: [100, 250, 500] })
    .toBe("sent");
  await page.goto(`/helpdesk/mailbox?to=${encodeURIComponent(address)}`);
  const message = page.getByRole("article", { name: subject });
  await expect(message).toBeVisible();
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

    const message = await sentMessage(page, db, request, "approved", email, `Request ${request.reference} approved: your license key pack ID`);
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

    const message = await sentMessage(page, db, request, "rejected", email, `Request ${request.reference} could not be approved`);
    await expect(message).toContainText(reason);
    await expect(message).toContainText(request.reference);
    const stored = await db.receivedMail.findMany({ where: { toAddress: email } });
    expect(stored.map((m) => m.subject)).toEqual([`Request ${request.reference} could not be approved`]);
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { requestId_kind: { requestId: request.id, kind: "rejected" } } })).sentAt).not.toBeNull();
  });
});
