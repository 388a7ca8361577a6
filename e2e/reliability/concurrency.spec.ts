// Exactly once under concurrency, with the requests split over two app servers on the one database (how a
// growing Clearinghouse scales out): 100 identical submissions file one request (issued at once, and filed
// for review), submissions for many servers take no more than the purchase covers, 50 installs of one license
// key pack ID install one key pack, ten approvals of one request issue one license key pack ID; and the
// visitor's draft, the staff session, the sign-in rate limit and the wizard's progress follow the visitor
// from one server to the other, so no state lives in one process's memory.
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "../fixtures";
import { SESSION_COOKIE_NAME } from "@/lib/auth/session-token";
import { ACCOUNT_ADDRESS_RULE } from "@/lib/auth/sign-in";
import { DRAFT_COOKIE } from "@/lib/clearinghouse/steps";
import { completeDraft, createDraft, createPurchase } from "@/prisma/clearinghouse-factories";
import { createServerWithPacks, issueKeyPackFor, openRebuildRun } from "@/prisma/console-factories";
import { createRecoveryRequest, createStaffSession } from "@/prisma/helpdesk-factories";
import { uniqueSuffix } from "@/prisma/factories";
import { newStaff, PASSWORD, uniqueAddress } from "../helpdesk/support";
import { expectHandled, postAction } from "./support/server-actions";
import { startSecondServer, type SecondServer } from "./support/second-server";

test.describe.configure({ mode: "serial" });

let second: SecondServer;
let servers: string[];

test.beforeAll(async ({ baseURL }) => {
  second = await startSecondServer();
  servers = [baseURL!, second.url];
});

test.afterAll(async () => {
  await second?.stop();
});

async function submitJson(request: APIRequestContext, server: string, draftId: string) {
  const response = await request.post(`${server}/api/licensing/submissions`, { data: { draftId }, failOnStatusCode: false });
  return { status: response.status(), reference: response.ok() ? ((await response.json()) as { reference: string }).reference : null };
}

test.describe("exactly once, across two app servers", () => {
  test("100 identical submissions at once file exactly one request and issue one license key pack ID", async ({ request, db }) => {
    const { credential } = await createPurchase(db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: 10 });
    const draft = await createDraft(db, completeDraft({ agreementNumber: credential.agreementNumber }));
    const cookie = `${DRAFT_COOKIE}=${draft.id}`;
    // Half through the JSON route, half as the verify page's server action; alternating servers.
    const answers = await Promise.all(
      Array.from({ length: 100 }, async (_, i) => {
        const server = servers[i % 2]!;
        if (i % 4 < 2) return submitJson(request, server, draft.id);
        const result = await postAction(request, `${server}/licensing/manage-cals/verify`, "submitManageCals", [], cookie);
        expectHandled(result, "submitManageCals");
        expect(result.redirect).toMatch(/\/licensing\/manage-cals\/result/);
        return { status: 200, reference: null };
      }),
    );
    const requests = await db.recoveryRequest.findMany({ where: { draftId: draft.id } });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.status).toBe("ISSUED");
    for (const answer of answers.filter((a) => a.reference !== null || a.status >= 300)) {
      expect(answer.status).toBeLessThan(300);
      expect(answer.reference).toBe(requests[0]!.reference);
    }
    expect(await db.issuedKeyPack.count({ where: { targetLicenseServerId: draft.targetLicenseServerId! } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: requests[0]!.id } })).toBe(1);
  });

  test("100 identical submissions of a request that goes to review file exactly one request", async ({ request, db }) => {
    // Nothing is issued, so no purchase version is bumped: only the unique draftId stands between the
    // parallel posts and a second request.
    const { credential } = await createPurchase(db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: 5 });
    const draft = await createDraft(db, completeDraft({ agreementNumber: credential.agreementNumber, quantity: 50 }));
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => submitJson(request, servers[i % 2]!, draft.id)));
    const requests = await db.recoveryRequest.findMany({ where: { draftId: draft.id } });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.status).toBe("AWAITING_REVIEW");
    for (const answer of answers) expect(answer).toEqual({ status: expect.any(Number), reference: requests[0]!.reference });
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(await db.auditLog.count({ where: { entityId: requests[0]!.id } })).toBe(1);
  });

  test("30 submissions for different license servers at once take exactly what the purchase covers", async ({ request, db }) => {
    // 30 CALs bought; 30 servers each ask for 10. The submit checks the purchase's version instead of locking
    // it (docs/decisions/011): exactly three may be issued at once, the rest go to the helpdesk.
    const { entitlement, credential } = await createPurchase(db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: 30 });
    const drafts = await Promise.all(Array.from({ length: 30 }, () => createDraft(db, completeDraft({ agreementNumber: credential.agreementNumber, quantity: 10 }))));
    const answers = await Promise.all(drafts.map((draft, i) => submitJson(request, servers[i % 2]!, draft.id)));
    expect(answers.map((a) => a.status)).toEqual(drafts.map(() => 201));
    const requests = await db.recoveryRequest.findMany({ where: { draftId: { in: drafts.map((d) => d.id) } } });
    expect(requests).toHaveLength(30);
    expect(requests.filter((r) => r.status === "ISSUED")).toHaveLength(3);
    for (const review of requests.filter((r) => r.status !== "ISSUED")) expect(review.reviewReason).toContain("still covers: 0 of its 30");
    const packs = await db.issuedKeyPack.findMany({ where: { entitlementId: entitlement.id, supersededAt: null } });
    expect(packs.reduce((sum, p) => sum + p.quantity, 0)).toBe(30);
    expect(await db.entitlement.findUniqueOrThrow({ where: { id: entitlement.id } })).toMatchObject({ version: 3 });
  });

  test("60 submissions for different license servers at once on a purchase that covers them all: all issued", async ({ request, db }) => {
    // Every one of them races for the same purchase's version: each round has one winner, the others decide again.
    const { entitlement, credential } = await createPurchase(db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: 60 });
    const drafts = await Promise.all(Array.from({ length: 60 }, () => createDraft(db, completeDraft({ agreementNumber: credential.agreementNumber, quantity: 1 }))));
    const answers = await Promise.all(drafts.map((draft, i) => submitJson(request, servers[i % 2]!, draft.id)));
    expect(answers.map((a) => a.status)).toEqual(drafts.map(() => 201));
    expect(await db.recoveryRequest.count({ where: { draftId: { in: drafts.map((d) => d.id) }, status: "ISSUED" } })).toBe(60);
    expect(await db.issuedKeyPack.count({ where: { entitlementId: entitlement.id, supersededAt: null } })).toBe(60);
  });

  test("50 installs of one license key pack ID at once install exactly one key pack", async ({ request, db }) => {
    const server = await createServerWithPacks(db, { packs: [] });
    await openRebuildRun(db, server, "OBTAIN_KEY_PACK", { deleted: true });
    const id = await issueKeyPackFor(db, server, { calType: "WS2022_PER_USER", licenseProgram: "ENTERPRISE_AGREEMENT", quantity: 20 });
    await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const result = await postAction(request, `${servers[i % 2]}/console/servers/${server.id}/manage-cals/obtain-key-pack`, "installKeyPack", [server.id, { licenseKeyPackId: id }]);
        expectHandled(result, "installKeyPack");
      }),
    );
    expect(await db.installedKeyPack.count({ where: { serverId: server.id } })).toBe(1);
    expect(await db.serverEvent.count({ where: { serverId: server.id, eventId: 87 } })).toBe(1);
    expect((await db.wizardRun.findFirstOrThrow({ where: { serverId: server.id } })).step).toBe("REINSTALL_ADDITIONAL");
  });

  test("ten approvals of one request at once, by five staff on both servers, issue one license key pack ID", async ({ request, db }) => {
    const target = await createRecoveryRequest(db, { quantity: 12 });
    const cookies = await Promise.all(
      Array.from({ length: 5 }, async () => `${SESSION_COOKIE_NAME}=${await createStaffSession(db, (await newStaff(db, "AGENT")).id)}`),
    );
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        postAction(request, `${servers[i % 2]}/helpdesk/requests/${target.reference}`, "approveRequest", [{ requestId: target.id, justification: "Purchase confirmed by phone" }], cookies[i % 5]),
      ),
    );
    for (const result of results) expectHandled(result, "approveRequest");
    expect(results.filter((r) => r.body.includes("Approved. License key pack ID"))).toHaveLength(1);
    expect(results.filter((r) => r.body.includes("already decided"))).toHaveLength(9);
    expect(await db.issuedKeyPack.count({ where: { targetLicenseServerId: target.targetLicenseServerId } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: target.id, action: "request.approved" } })).toBe(1);
  });

  test("draft, staff session, sign-in limit and wizard progress follow the visitor between servers", async ({ request, db, page }) => {
    const [a, b] = servers as [string, string];
    // Manage CALs: started on one server in a browser, as a person starts it (Select Option posts its form),
    // continued and submitted on the other.
    const { credential } = await createPurchase(db, { licenseProgram: "SELECT_LICENSE", calType: "WS2019_PER_USER", quantity: 30 });
    await page.goto(`${a}/licensing`);
    await page.getByLabel("Manage CALs").check();
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page).toHaveURL(/\/licensing\/manage-cals\/license-server/);
    const draft = (await page.context().cookies(`${a}/licensing`)).find((c) => c.name === DRAFT_COOKIE);
    expect(draft, "the draft cookie").toBeDefined();
    const draftCookie = `${DRAFT_COOKIE}=${draft!.value}`;
    const answers = completeDraft({ licenseProgram: "SELECT_LICENSE", agreementNumber: credential.agreementNumber, calType: "WS2019_PER_USER", quantity: 30 });
    const steps: [string, string, string, object][] = [
      [b, "license-server", "saveLicenseServerStep", { targetLicenseServerId: answers.targetLicenseServerId, reasonForRecovery: answers.reasonForRecovery, licenseProgram: "SELECT_LICENSE" }],
      [a, "company", "saveCompanyStep", { lastName: "Morgan", firstName: "Alex", companyName: answers.companyName, countryRegion: "US" }],
      [b, "purchase", "savePurchaseStep", { agreementNumber: credential.agreementNumber, calType: "WS2019_PER_USER", quantity: "30" }],
    ];
    for (const [server, page, action, input] of steps) {
      const result = await postAction(request, `${server}/licensing/manage-cals/${page}`, action, [input, false], draftCookie);
      expect(result.redirect, action).toMatch(/\/licensing\/manage-cals\/(company|purchase|verify)/);
    }
    expect((await postAction(request, `${a}/licensing/manage-cals/verify`, "submitManageCals", [], draftCookie)).redirect).toMatch(/result/);
    const draftId = draftCookie.split("=")[1]!;
    expect(await db.recoveryRequest.findUniqueOrThrow({ where: { draftId } })).toMatchObject({ status: "ISSUED", companyName: answers.companyName });

    // A staff session made on one server is valid on the other.
    const staff = await newStaff(db, "AGENT");
    await page.goto(`${a}/helpdesk/sign-in`);
    await page.getByLabel("E-mail address").fill(staff.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).not.toHaveURL(/sign-in/);
    const sessionCookie = (await page.context().cookies(`${a}/helpdesk`)).find((c) => c.name === SESSION_COOKIE_NAME);
    expect(sessionCookie, "the session cookie").toBeDefined();
    const session = `${SESSION_COOKIE_NAME}=${sessionCookie!.value}`;
    const queue = await request.get(`${b}/helpdesk/requests`, { headers: { Cookie: session }, maxRedirects: 0 });
    expect(queue.status()).toBe(200);

    // The sign-in limit of one account from one address counts attempts on both servers together.
    const victim = await newStaff(db, "AGENT");
    const attacker = uniqueAddress();
    for (let i = 0; i < ACCOUNT_ADDRESS_RULE.limit; i++) {
      const attempt = await postAction(request, `${servers[i % 2]}/helpdesk/sign-in`, "signIn", [{ email: victim.email, password: `wrong-${i}` }], undefined, { "X-Forwarded-For": attacker });
      expect(attempt.body).toContain("is not right");
    }
    const blocked = await postAction(request, `${b}/helpdesk/sign-in`, "signIn", [{ email: victim.email, password: PASSWORD }], undefined, { "X-Forwarded-For": attacker });
    expect(blocked.body).toContain("Too many sign-in attempts");

    // The Manage RDS CALs wizard: each Next on the other server.
    const server = await createServerWithPacks(db, { name: `LS-TWO-${uniqueSuffix()}` });
    const wizard = (host: string, step: string) => `${host}/console/servers/${server.id}/manage-cals/${step}`;
    expect((await postAction(request, wizard(a, "welcome"), "startRebuild", [server.id])).redirect).toMatch(/action-selection/);
    expect((await postAction(request, wizard(b, "action-selection"), "selectAction", [server.id, { action: "REBUILD" }])).redirect).toMatch(/reason/);
    expect((await postAction(request, wizard(a, "reason"), "selectReason", [server.id, { reason: "The license server database is corrupt" }])).redirect).toMatch(/confirm-deletion/);
    expect(await db.wizardRun.findFirstOrThrow({ where: { serverId: server.id } })).toMatchObject({ step: "CONFIRM_DELETION", status: "IN_PROGRESS" });
  });
});
