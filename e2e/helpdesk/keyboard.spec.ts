// The helpdesk by keyboard alone (issue 14, point 3): in the queue j/k and the arrows move between rows and
// Enter opens one; on a request, n goes to the note box (and letters typed there stay text), r and a open
// their confirmations, which are confirmed from the keyboard; after a decision the next waiting request
// opens; ? lists the shortcuts and Escape closes the list.
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { createEntitlement, uniqueSuffix } from "@/prisma/factories";
import { createRecoveryRequest } from "@/prisma/helpdesk-factories";
import { randomDigits } from "@/lib/licensing/random";
import { signedIn } from "./support";

/** Tab forward until the control named `name` has the focus (at most 15 presses). */
async function tabTo(page: Page, name: string) {
  for (let i = 0; i < 15; i++) {
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    if (focused === name) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached "${name}"`);
}

test.describe("the helpdesk by keyboard", () => {
  test("moves through the queue, opens a request, notes, rejects and approves without a mouse", async ({ page, db, context }) => {
    await signedIn(context, db, "AGENT");
    const company = `Keys${uniqueSuffix()}`;
    const agreementNumber = randomDigits(7);
    await createEntitlement(db, { licenseProgram: "ENTERPRISE_AGREEMENT", credential: agreementNumber, calType: "WS2022_PER_USER", quantity: 100, customerName: `${company} Ltd` });
    const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
    const first = await createRecoveryRequest(db, { companyName: `${company} Ltd`, createdAt: minutesAgo(30) });
    const second = await createRecoveryRequest(db, { companyName: `${company} Ltd`, licenseProgram: "ENTERPRISE_AGREEMENT", credential: { agreementNumber }, quantity: 10, createdAt: minutesAgo(20) });
    const third = await createRecoveryRequest(db, { companyName: `${company} Ltd`, createdAt: minutesAgo(10) });

    await page.goto(`/helpdesk/requests?q=${company.toLowerCase()}&sort=oldest`);
    const rows = page.locator("[data-queue-row]");
    await expect(rows).toHaveCount(3);
    await page.locator("body").focus();

    await page.keyboard.press("?");
    const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(help).toBeVisible();
    await expect(help).toContainText("Next request");
    await page.keyboard.press("Escape");
    await expect(help).toBeHidden();

    await page.keyboard.press("j");
    await expect(rows.nth(0).getByRole("link", { name: first.reference })).toBeFocused();
    await page.keyboard.press("j");
    await page.keyboard.press("ArrowDown");
    await expect(rows.nth(2).getByRole("link", { name: third.reference })).toBeFocused();
    await page.keyboard.press("k");
    await page.keyboard.press("ArrowUp");
    await expect(rows.nth(0)).toHaveAttribute("data-current", "true");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(first.reference);

    // n: to the note box, where a, r and n are letters, not shortcuts.
    await page.keyboard.press("n");
    const note = page.getByLabel("Internal note");
    await expect(note).toBeFocused();
    const text = `ran a check, rang the customer (${uniqueSuffix()})`;
    await note.pressSequentially(text, { delay: 10 });
    await expect(note).toHaveValue(text);
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await tabTo(page, "Add note");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("region", { name: "Timeline" })).toContainText(text);

    // r: the reject dialog, focus in the reason; confirmed from the keyboard.
    await page.locator("body").focus();
    await page.keyboard.press("r");
    const reject = page.getByRole("dialog", { name: `Reject request ${first.reference}?` });
    await expect(reject).toBeVisible();
    const reason = page.getByLabel("Reason for rejecting");
    await expect(reason).toBeFocused();
    await reason.pressSequentially("No purchase found for this agreement.", { delay: 10 });
    await tabTo(page, "Confirm: reject");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: `Request ${first.reference}:` })).toBeVisible();
    expect(await db.recoveryRequest.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: "REJECTED", rejectionReason: "No purchase found for this agreement." });
    // Straight to the next waiting request (the oldest left; other tests' requests may be older).
    await expect(page.getByRole("heading", { level: 1 })).not.toContainText(first.reference);

    // a: approve the second, covered by its purchase, so no justification: the confirmation only.
    await page.goto(`/helpdesk/requests/${second.reference}`);
    await page.locator("body").focus();
    await page.keyboard.press("a");
    const approve = page.getByRole("dialog", { name: "Approve and issue 10 RDS CALs?" });
    await expect(approve).toBeVisible();
    await expect(approve.getByLabel("Justification")).toHaveCount(0);
    await page.keyboard.press("Escape");
    await expect(approve).toBeHidden();
    expect((await db.recoveryRequest.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("AWAITING_REVIEW");
    await page.keyboard.press("a");
    await expect(approve).toBeVisible();
    await tabTo(page, "Confirm: approve and issue");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: `Request ${second.reference}:` })).toBeVisible();
    expect(await db.recoveryRequest.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ status: "APPROVED" });
  });
});
