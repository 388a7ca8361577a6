import { readFile } from "node:fs/promises";
import { expect, test } from "../fixtures";
import { formatLicenseServerId } from "@/lib/licensing/license-server-id";
import { formatKeyPackId } from "@/lib/licensing/key-pack-id-format";
import { STATUS_MESSAGES } from "@/lib/clearinghouse/schemas";
import { issueKeyPack } from "@/prisma/factories";
import { createRequestRecord } from "@/prisma/clearinghouse-factories";
import { expectSummary, shownKeyPackId } from "./manage-cals";

test.describe("Check request status", () => {
  test("needs the reference with the right e-mail address or Target License Server ID, and shows the ID once approved", async ({ page, db }) => {
    const request = await createRequestRecord(db, { status: "AWAITING_REVIEW" });
    const lookUp = async (reference: string, contact: string) => {
      await page.getByLabel("Reference number").fill(reference);
      await page.getByLabel("E-mail address or Target License Server ID").fill(contact);
      await page.getByRole("button", { name: "Check status" }).click();
    };
    const noMatch = page.getByRole("alert").filter({ hasText: STATUS_MESSAGES.noMatch });

    await page.goto(`/licensing/status?reference=${request.reference}`);
    await expect(page.getByLabel("Reference number")).toHaveValue(request.reference);
    await page.getByRole("button", { name: "Check status" }).click();
    await expectSummary(page, [STATUS_MESSAGES.contactEmpty]);

    await lookUp(request.reference, "someone-else@contoso.example");
    await expect(noMatch).toBeVisible();
    await expect(page.getByText("Awaiting review by the Microsoft Clearinghouse")).toHaveCount(0);

    await lookUp(request.reference.toLowerCase(), request.email!.toUpperCase());
    await expect(page.getByRole("heading", { name: `Request ${request.reference}` })).toBeVisible();
    await expect(page.getByText("Awaiting review by the Microsoft Clearinghouse")).toBeVisible();
    await expect(page.getByRole("region", { name: "License key pack ID" })).toHaveCount(0);

    // The helpdesk approves it: a key pack issued for the request's server (what the back office writes).
    const pack = await issueKeyPack(db, { targetLicenseServerId: request.targetLicenseServerId, calType: request.calType, licenseProgram: request.licenseProgram, quantity: request.quantity });
    await db.recoveryRequest.update({ where: { id: request.id }, data: { status: "APPROVED", issuedKeyPackId: pack.id } });

    await lookUp(request.reference, formatLicenseServerId(request.targetLicenseServerId));
    await expect(page.getByText("Approved", { exact: true })).toBeVisible();
    expect(await shownKeyPackId(page)).toBe(pack.licenseKeyPackId);

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download receipt (text file)" }).click();
    const text = await readFile((await (await download).path())!, "utf8");
    expect(text).toContain(`License key pack ID:        ${formatKeyPackId(pack.licenseKeyPackId)}`);
  });

  test("a rejected request shows the reason", async ({ page, db }) => {
    const request = await createRequestRecord(db, { status: "REJECTED", rejectionReason: "The purchase was refunded." });
    await page.goto("/licensing/status");
    await page.getByLabel("Reference number").fill(request.reference);
    await page.getByLabel("E-mail address or Target License Server ID").fill(request.targetLicenseServerId);
    await page.getByRole("button", { name: "Check status" }).click();
    await expect(page.getByText("Rejected", { exact: true })).toBeVisible();
    await expect(page.getByText("The purchase was refunded.")).toBeVisible();
  });

  test("the result page and the receipt belong to the visitor who submitted", async ({ browser, db }) => {
    // Another visitor (no draft cookie) gets neither.
    const stranger = await browser.newContext();
    const page = await stranger.newPage();
    const receipt = await page.request.get("/licensing/receipt");
    expect(receipt.status()).toBe(404);
    await page.goto("/licensing/manage-cals/result");
    await expect(page).toHaveURL(/\/licensing$/);
    // Nor does a wrong pair posted to the receipt.
    const request = await createRequestRecord(db, { status: "AWAITING_REVIEW" });
    const posted = await page.request.post("/licensing/receipt", { form: { reference: request.reference, contact: "x@y.example" } });
    expect(posted.status()).toBe(404);
    const right = await page.request.post("/licensing/receipt", { form: { reference: request.reference, contact: request.email! } });
    expect(right.status()).toBe(200);
    expect(right.headers()["content-disposition"]).toBe(`attachment; filename="license-key-pack-${request.reference}.txt"`);
    await stranger.close();
  });
});
