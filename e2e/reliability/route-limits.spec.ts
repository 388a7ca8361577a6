// The web site's scripted routes are limited per client address like the forms that do the same thing
// (lib/clearinghouse/public-limits.ts, app/api/_lib/clearinghouse-route.ts): one counter per limit and address,
// shared by the form and the route, 429 with Retry-After past it. The address is the one the trusted proxy
// saw (scripts/e2e.ts: TRUST_PROXY=1): what a client writes in front of it, or a vouching header it made up,
// changes nothing. Each attack of issue 26 point 3 is a test here.
import type { APIRequestContext } from "@playwright/test";
import { expect, test, testAddress } from "../fixtures";
import { VOUCHED_ADDRESS_HEADER, vouchForAddress } from "@/lib/auth/vouched-address";
import { PUBLIC_LIMITS } from "@/lib/clearinghouse/public-limits";
import { STATUS_MESSAGES } from "@/lib/clearinghouse/schemas";
import { getKeyPackSecrets } from "@/lib/key-pack-secret";
import { generateProductId } from "@/lib/licensing/product-id";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { createRequestRecord } from "@/prisma/clearinghouse-factories";
import { createLicenseServer } from "@/prisma/factories";
import { expectWizardPage, fillCompanyInformation, lifecycleUrl, next } from "../lifecycle/support";
import { postAction } from "./support/server-actions";

const SERVER_LIMIT = PUBLIC_LIMITS["server-request"];
const activation = (productId = generateProductId()) => ({ productId, firstName: "Alex", lastName: "Morgan", company: "Contoso Ltd", countryRegion: "US" });

async function activate(request: APIRequestContext, from: string, extra: Record<string, string> = {}, productId?: string) {
  const response = await request.post("/api/clearinghouse/activation", { data: activation(productId), headers: { "X-Forwarded-For": from, ...extra }, failOnStatusCode: false });
  return { status: response.status(), retryAfter: response.headers()["retry-after"], body: (await response.json()) as { error?: string } };
}

function expectRefused(answer: { status: number; retryAfter?: string; body: { error?: string } }, windowMs: number, message: RegExp) {
  expect(answer.status).toBe(429);
  expect(Number(answer.retryAfter)).toBeGreaterThan(windowMs / 1000 - 120);
  expect(Number(answer.retryAfter)).toBeLessThanOrEqual(windowMs / 1000);
  expect(answer.body.error).toMatch(message);
}

const TOO_MANY_SERVER = /^Too many license server requests were made from this network\. Try again in 60 minutes\.$/;

test("the 31st activation through the scripted route answers 429 with Retry-After and issues nothing; spoofed prefixes and made-up vouching do not reset it", async ({ request, db }) => {
  const address = testAddress();
  for (let i = 0; i < SERVER_LIMIT.limit; i++) expect((await activate(request, address)).status).toBe(201);
  const productId = generateProductId();
  expectRefused(await activate(request, address, {}, productId), SERVER_LIMIT.windowMs, TOO_MANY_SERVER);
  expect(await db.clearinghouseLicenseServer.count({ where: { productId } })).toBe(0);
  // What an untrusted client writes in front of the proxy's entry is not its address.
  expect((await activate(request, `${testAddress()}, ${address}`)).status).toBe(429);
  // Nor can it name another address in the console's header without the installation's secret.
  const forged = vouchForAddress({ current: "x".repeat(40), accepted: ["x".repeat(40)] }, testAddress());
  expect((await activate(request, address, { [VOUCHED_ADDRESS_HEADER]: forged })).status).toBe(429);
  expect((await activate(request, address, { [VOUCHED_ADDRESS_HEADER]: `${testAddress()}.AAAA` })).status).toBe(429);
  // Another client is not affected.
  expect((await activate(request, testAddress())).status).toBe(201);
});

test("the web site's Activate a license server and the scripted routes share one counter", async ({ request, db }) => {
  const address = testAddress();
  const submitForm = async () => {
    const draft = await db.clearinghouseServerDraft.create({
      data: { flow: "activate", answers: { productId: generateProductId(), firstName: "Alex", lastName: "Morgan", companyName: "Contoso Ltd", countryRegion: "US" } },
    });
    return { draft, answer: await postAction(request, "/licensing/activate/verify", "submitServerFlow", ["activate"], `rdls_activate_draft=${draft.id}`, { "X-Forwarded-For": address }) };
  };
  // One through the form...
  const first = await submitForm();
  expect(first.answer.redirect).toMatch(/\/licensing\/activate\/result/);
  // ...leaves the routes (activation, reactivation, deactivation alike) one less.
  const reactivate = () =>
    request.post("/api/clearinghouse/reactivation", { data: { productId: generateProductId(), reason: "The license server has been redeployed" }, headers: { "X-Forwarded-For": address }, failOnStatusCode: false });
  const deactivate = () =>
    request.post("/api/clearinghouse/deactivation", {
      data: { productId: generateProductId(), licenseServerId: generateLicenseServerId(), contactName: "Alex Morgan", contactEmail: "it@contoso.example" },
      headers: { "X-Forwarded-For": address },
      failOnStatusCode: false,
    });
  expect((await reactivate()).status()).toBe(409);
  expect((await deactivate()).status()).toBe(409);
  for (let i = 3; i < SERVER_LIMIT.limit; i++) expect((await activate(request, address)).status).toBe(201);
  expectRefused(await activate(request, address), SERVER_LIMIT.windowMs, TOO_MANY_SERVER);
  expect((await reactivate()).status()).toBe(429);
  // And the form is refused now too, with the same words, nothing recorded.
  const last = await submitForm();
  expect(last.answer.redirect).toBeNull();
  expect(last.answer.body).toMatch(/Too many license server requests were made from this network\. Try again in 60 minutes\./);
  expect((await db.clearinghouseServerDraft.findUniqueOrThrow({ where: { id: last.draft.id } })).recordId).toBeNull();
});

test("guessed enrollment numbers through the installation route stop at the web site's limit for new requests", async ({ request }) => {
  const address = testAddress();
  const guess = (n: number) =>
    request.post("/api/clearinghouse/installation", {
      data: { licenseServerId: generateLicenseServerId(), licenseProgram: "ENTERPRISE_AGREEMENT", credentials: [{ agreementNumber: String(9_100_000 + n) }], calType: "WS2022_PER_USER", quantity: 1 },
      headers: { "X-Forwarded-For": address },
      failOnStatusCode: false,
    });
  const limit = PUBLIC_LIMITS["new-draft"];
  for (let i = 0; i < limit.limit; i++) expect((await guess(i)).status(), `guess ${i + 1}`).toBe(422);
  const refused = await guess(limit.limit);
  expectRefused({ status: refused.status(), retryAfter: refused.headers()["retry-after"], body: await refused.json() }, limit.windowMs, /^Too many new requests were started from this network\. Try again in 60 minutes\.$/);
  // The web site's own way to start one (Select Option → Next) is refused from there as well.
  const started = await postAction(request, "/licensing", "selectOption", [{ option: "install" }], undefined, { "X-Forwarded-For": address });
  expect(started.redirect).toBeNull();
  expect(started.body).toMatch(/Too many new requests were started from this network/);
});

test("POST /licensing/receipt refuses after Check request status's limit, even with the right contact; and counts for it", async ({ request, db }) => {
  const existing = await createRequestRecord(db, { status: "AWAITING_REVIEW" });
  const limit = PUBLIC_LIMITS["status-lookup"];
  const receipt = (from: string, contact: string) => request.post("/licensing/receipt", { form: { reference: existing.reference, contact }, headers: { "X-Forwarded-For": from }, failOnStatusCode: false });
  const lookup = (from: string) => postAction(request, "/licensing/status", "lookupRequestStatus", [{ reference: existing.reference, contact: "someone-else@contoso.example" }], undefined, { "X-Forwarded-For": from });

  // Guesses on the page first, then the receipt route.
  const a = testAddress();
  for (let i = 0; i < limit.limit; i++) expect((await lookup(a)).body).toContain(STATUS_MESSAGES.noMatch);
  const refused = await receipt(a, existing.email!);
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(limit.windowMs / 1000 - 120);
  expect(refused.headers()["content-disposition"]).toBeUndefined();
  expect(await refused.text()).toMatch(/^Too many status checks were made from this network\. Try again in 10 minutes\./);
  expect((await receipt(`${testAddress()}, ${a}`, existing.email!)).status()).toBe(429);

  // Guesses on the receipt route first, then the page.
  const b = testAddress();
  for (let i = 0; i < limit.limit; i++) expect((await receipt(b, `guess-${i}@contoso.example`)).status()).toBe(404);
  expect((await lookup(b)).body).toMatch(/Too many status checks were made from this network\. Try again in 10 minutes\./);
  // Another address still gets its receipt.
  expect((await receipt(testAddress(), existing.email!)).status()).toBe(200);
});

test("a request the console vouches for counts under its visitor's address, not the sender's", async ({ request, db }) => {
  const secrets = await getKeyPackSecrets(db);
  const visitor = testAddress();
  const vouched = { [VOUCHED_ADDRESS_HEADER]: vouchForAddress(secrets, visitor) };
  // Thirty senders, one visitor: one counter.
  for (let i = 0; i < SERVER_LIMIT.limit; i++) expect((await activate(request, testAddress(), vouched)).status).toBe(201);
  expect((await activate(request, testAddress(), vouched)).status).toBe(429);
  expect(await db.rateLimitCounter.findUnique({ where: { key: `server-request:${visitor}` } })).toMatchObject({ count: SERVER_LIMIT.limit + 1 });
  // A vouching that has expired counts for the sender.
  const stale = { [VOUCHED_ADDRESS_HEADER]: vouchForAddress(secrets, visitor, new Date(Date.now() - 120_000)) };
  expect((await activate(request, testAddress(), stale)).status).toBe(201);
});

test("the console's Automatic connection is counted under its visitor's address, and refused past the web site's limit", async ({ page, db }) => {
  const address = testAddress();
  await page.setExtraHTTPHeaders({ "x-forwarded-for": address });
  const activateInConsole = async () => {
    const server = await createLicenseServer(db, { activated: false, connectionMethod: "AUTOMATIC" });
    await page.goto(lifecycleUrl(server.id, "activate", "welcome"));
    await next(page);
    await next(page);
    await fillCompanyInformation(page, { first: "Jordan", last: "Lee", company: "Fabrikam Inc", country: "Canada" });
    await next(page);
    await next(page);
    return server;
  };
  await activateInConsole();
  await expectWizardPage(page, "activate", "completed", "Completing the Activate Server Wizard");
  // Counted for the person at the console, not for the app that sent the request.
  const key = `server-request:${address}`;
  expect(await db.rateLimitCounter.findUnique({ where: { key } })).toMatchObject({ count: 1 });
  // As if the rest of the hour's limit had gone on the web site's form.
  await db.rateLimitCounter.update({ where: { key }, data: { count: SERVER_LIMIT.limit } });
  const refused = await activateInConsole();
  await expect(page.getByText("The Microsoft Clearinghouse refused the request: Too many license server requests were made from this network. Try again in 60 minutes.").first()).toBeVisible();
  expect(await db.licenseServer.findUniqueOrThrow({ where: { id: refused.id } })).toMatchObject({ activated: false, licenseServerId: null });
});
