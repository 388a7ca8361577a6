// The web site's per-address limits (lib/clearinghouse/public-limits.ts): Check request status and new
// Manage CALs drafts. Past the limit the form says when to try again; a spoofed X-Forwarded-For in front of
// the address the trusted proxy saw (scripts/e2e.ts: TRUST_PROXY=1) counts for that address all the same.
import { expect, test, testAddress } from "../fixtures";
import { PUBLIC_LIMITS } from "@/lib/clearinghouse/public-limits";
import { STATUS_MESSAGES } from "@/lib/clearinghouse/schemas";
import { createRequestRecord } from "@/prisma/clearinghouse-factories";
import { useDraft } from "./manage-cals";
import { postAction } from "../reliability/support/server-actions";

const TRY_AGAIN = /Try again in \d+ minutes?\./;

test("Check request status: past the limit per address, a form error with a retry time; spoofed prefixes do not reset it", async ({ page, request, db }) => {
  const existing = await createRequestRecord(db, { status: "AWAITING_REVIEW" });
  const address = testAddress();
  const lookup = (from: string) =>
    postAction(request, "/licensing/status", "lookupRequestStatus", [{ reference: existing.reference, contact: "someone-else@contoso.example" }], undefined, { "X-Forwarded-For": from });
  for (let i = 0; i < PUBLIC_LIMITS["status-lookup"].limit; i++) {
    const answer = await lookup(address);
    expect(answer.body).toContain(STATUS_MESSAGES.noMatch);
  }
  const refused = await lookup(address);
  expect(refused.status).toBe(200);
  expect(refused.body).toMatch(/Too many status checks were made from this network\. Try again in 10 minutes\./);
  expect(refused.body).not.toContain(STATUS_MESSAGES.noMatch);
  // A new value in front of the proxy's own entry: still the same client.
  expect((await lookup(`${testAddress()}, ${address}`)).body).toMatch(TRY_AGAIN);
  // Another address is not affected.
  expect((await lookup(testAddress())).body).toContain(STATUS_MESSAGES.noMatch);

  // In the browser: the error summary says it, even with the right contact.
  await page.setExtraHTTPHeaders({ "x-forwarded-for": address });
  await page.goto(`/licensing/status?reference=${existing.reference}`);
  await page.getByLabel("E-mail address or Target License Server ID").fill(existing.email!);
  await page.getByRole("button", { name: "Check status" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText(TRY_AGAIN);
  await expect(page.getByRole("heading", { name: `Request ${existing.reference}` })).toHaveCount(0);
});

test("new Manage CALs drafts: past the limit per address, a form error with a retry time and no draft; spoofed prefixes do not reset it", async ({ page, playwright, baseURL, db }) => {
  const address = testAddress();
  // A new client each time (no draft cookie kept), as a script clearing its cookies would be.
  const start = async (from: string) => {
    const fresh = await playwright.request.newContext({ baseURL });
    try {
      return await postAction(fresh, "/licensing", "selectOption", [{ option: "manage-cals" }], undefined, { "X-Forwarded-For": from });
    } finally {
      await fresh.dispose();
    }
  };
  for (let i = 0; i < PUBLIC_LIMITS["new-draft"].limit; i++) expect((await start(address)).redirect).toMatch(/\/licensing\/manage-cals\/license-server/);
  const refused = await start(address);
  expect(refused.redirect).toBeNull();
  expect(refused.body).toMatch(/Too many new requests were started from this network\. Try again in 60 minutes\./);
  expect((await start(`${testAddress()}, ${address}`)).body).toMatch(TRY_AGAIN);
  expect(refused.setCookie ?? "").not.toContain("rdls");

  // In the browser, Select Option → Next shows it.
  await page.setExtraHTTPHeaders({ "x-forwarded-for": address });
  await page.goto("/licensing");
  await page.getByRole("radio", { name: "Manage CALs" }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText(TRY_AGAIN);

  // "Request another license key pack" on a result page: the same limit, shown on the result page.
  const draft = await useDraft(page.context(), db, {});
  const submitted = await createRequestRecord(db);
  await db.recoveryRequest.update({ where: { id: submitted.id }, data: { draftId: draft.id } });
  await page.goto("/licensing/manage-cals/result");
  await page.getByRole("button", { name: "Request another license key pack for this license server" }).click();
  await expect(page).toHaveURL(/\/licensing\/manage-cals\/result\?limitedUntil=\d+/);
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText(/Too many new requests were started from this network\. Try again in \d+ minutes?\./);
  // Still this visitor's draft: no new one was made.
  await expect(page.getByText(submitted.reference).first()).toBeVisible();
});
