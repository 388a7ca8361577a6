// The helpdesk's server actions posted with hostile values by signed-in staff (and without a session):
// never a 500, and every request is in exactly one consistent state (awaiting review with nothing issued,
// approved with one license key pack ID and its audit entry, or rejected with a reason), every purchase's
// quantity in range, every staff account intact.
import fc from "fast-check";
import { expect, test } from "../fixtures";
import type { Database } from "@/lib/prisma-client";
import { assignSchema, createStaffSchema, decisionSchema, entitlementQuantitySchema, entitlementSchema, noteSchema, rejectSchema, resetPasswordSchema, signInSchema, staffStatusSchema } from "@/lib/helpdesk/schemas";
import { CAL_TYPE_VALUES, LICENSE_PROGRAM_VALUES, REACTIVATION_REASONS } from "@/lib/licensing/catalog";
import { SESSION_COOKIE_NAME } from "@/lib/auth/session-token";
import { createEntitlement, uniqueSuffix } from "@/prisma/factories";
import { createRecoveryRequest, createStaffSession } from "@/prisma/helpdesk-factories";
import { completeDraft, createPurchase } from "@/prisma/clearinghouse-factories";
import { DRAFT_FIELDS } from "@/lib/clearinghouse/steps";
import { SELECT_OPTIONS } from "@/lib/clearinghouse/select-options";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { generateProductId } from "@/lib/licensing/product-id";
import { newStaff, uniqueAddress } from "../helpdesk/support";
import { expectHandled, postAction, postFormAction } from "./support/server-actions";
import { edgeCases, hostileString, hostileValue, inputFor, runs, FUZZ_TIMEOUT } from "./support/hostile";

async function signedInCookie(db: Database, role: "AGENT" | "SUPERVISOR") {
  const user = await newStaff(db, role);
  return { user, cookie: `${SESSION_COOKIE_NAME}=${await createStaffSession(db, user.id)}` };
}

async function expectConsistentRequest(db: Database, requestId: string) {
  const row = await db.recoveryRequest.findUniqueOrThrow({ where: { id: requestId }, include: { issuedKeyPack: true, notes: true } });
  const packs = await db.issuedKeyPack.count({ where: { targetLicenseServerId: row.targetLicenseServerId } });
  const approvals = await db.auditLog.count({ where: { entityId: requestId, action: "request.approved" } });
  if (row.status === "AWAITING_REVIEW") expect({ packs, approvals, decidedAt: row.decidedAt }).toEqual({ packs: 0, approvals: 0, decidedAt: null });
  if (row.status === "APPROVED") expect({ packs, approvals, hasPack: Boolean(row.issuedKeyPack) }).toEqual({ packs: 1, approvals: 1, hasPack: true });
  if (row.status === "REJECTED") {
    expect(packs).toBe(0);
    expect(row.rejectionReason?.trim()).toBeTruthy();
  }
  for (const note of row.notes) expect(note.body.trim()).toBe(note.body);
}

test.describe("helpdesk server actions with hostile input", () => {
  test.describe.configure({ timeout: FUZZ_TIMEOUT });

  test("Approve and issue, Reject, internal notes, Assign to me and Release", async ({ request, db }) => {
    const { cookie } = await signedInCookie(db, "AGENT");
    const requests = await Promise.all([createRecoveryRequest(db, { quantity: 5 }), createRecoveryRequest(db, { quantity: 6 })]);
    const requestId = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...requests.map((r) => r.id)) }, { weight: 1, arbitrary: hostileString });
    const valid = { requestId, rejectionReason: fc.constant("No such purchase"), body: fc.constant("Called the customer") };
    const call = fc.oneof(
      fc.tuple(fc.constant("approveRequest"), inputFor(decisionSchema, valid)),
      fc.tuple(fc.constant("rejectRequest"), inputFor(rejectSchema, valid)),
      fc.tuple(fc.constant("addNote"), inputFor(noteSchema, valid)),
      fc.tuple(fc.constant("assignRequest"), inputFor(assignSchema, valid)),
      fc.tuple(fc.constant("releaseRequest"), inputFor(assignSchema, valid)),
    );
    const page = `/helpdesk/requests/${requests[0]!.reference}`;
    const examples = [
      ...edgeCases(rejectSchema, valid).map((input): [[string, unknown]] => [["rejectRequest", input]]),
      ...edgeCases(noteSchema, valid).map((input): [[string, unknown]] => [["addNote", input]]),
      ...edgeCases(decisionSchema, valid).map((input): [[string, unknown]] => [["approveRequest", input]]),
      ...edgeCases(assignSchema, valid).map((input): [[string, unknown]] => [["assignRequest", input]]),
      ...edgeCases(assignSchema, valid).map((input): [[string, unknown]] => [["releaseRequest", input]]),
    ];
    await fc.assert(
      fc.asyncProperty(call, async ([name, input]) => {
        expectHandled(await postAction(request, page, name, [input], cookie), name);
        for (const r of requests) await expectConsistentRequest(db, r.id);
      }),
      runs(examples, 2),
    );
    // The posts reach the actions: a valid one takes effect.
    const note = `Reached ${uniqueSuffix()}`;
    expectHandled(await postAction(request, page, "addNote", [{ requestId: requests[0]!.id, body: note }], cookie), "addNote");
    expect(await db.requestNote.count({ where: { requestId: requests[0]!.id, body: note } })).toBe(1);
  });

  test("the phone desk's Submit the request, for every kind of call", async ({ request, db }) => {
    const { user: agent, cookie } = await signedInCookie(db, "AGENT");
    const { entitlement, credential } = await createPurchase(db, { licenseProgram: "SELECT_LICENSE", calType: "WS2019_PER_DEVICE", quantity: 30 });
    const answers = completeDraft({ licenseProgram: "SELECT_LICENSE", agreementNumber: credential.agreementNumber, calType: "WS2019_PER_DEVICE", quantity: 2 });
    const productId = generateProductId();
    const valid: Record<string, fc.Arbitrary<unknown>> = Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, fc.constant(v === null ? "" : String(v))]));
    Object.assign(valid, {
      callId: fc.uuid(),
      callKind: fc.constantFrom(...SELECT_OPTIONS.map((o) => o.value)),
      productId: fc.constant(productId),
      reason: fc.constantFrom(...REACTIVATION_REASONS),
      licenseServerId: fc.constant(generateLicenseServerId()),
      contactName: fc.constant("Dana Lee"),
      contactEmail: fc.constant("dana@fabrikam.example"),
      contactPhone: fc.constant(""),
    });
    const keys = ["callId", "callKind", "productId", "reason", "licenseServerId", ...DRAFT_FIELDS, "contactName", "contactEmail", "contactPhone"];
    const examples = edgeCases(keys, valid).map((input): [unknown] => [input]);
    await fc.assert(
      fc.asyncProperty(inputFor(keys, valid), async (input) => {
        expectHandled(await postAction(request, "/helpdesk/phone", "takeCall", [input], cookie), "takeCall");
        // Every call's request is the agent's, by telephone, and the purchase never covers more than it has.
        const calls = await db.recoveryRequest.findMany({ where: { entitlementId: entitlement.id } });
        for (const call of calls) expect(call).toMatchObject({ channel: "TELEPHONE", takenById: agent.id, assignedToId: agent.id });
        const counted = await db.issuedKeyPack.aggregate({ where: { entitlementId: entitlement.id, supersededAt: null }, _sum: { countedQuantity: true } });
        expect(counted._sum.countedQuantity ?? 0).toBeLessThanOrEqual(30);
        // The Product ID's record, if any, was made by telephone, each change audited as this agent's call.
        const record = await db.clearinghouseLicenseServer.findUnique({ where: { productId } });
        if (record) {
          expect(record.method).toBe("TELEPHONE");
          const audits = await db.auditLog.findMany({ where: { entityId: record.id } });
          for (const audit of audits) expect(audit).toMatchObject({ actorId: agent.id, action: expect.stringMatching(/^call\.(activated|reactivated|deactivated)$/) });
        }
        const drafts = await db.clearinghouseServerDraft.findMany({ where: { recordId: productId } });
        for (const draft of drafts) expect(draft.takenById).toBe(agent.id);
      }),
      runs(examples, 2),
    );
    // Valid calls reach the action and are taken: a rebuild and an activation.
    const typed = Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, v === null ? "" : String(v)]));
    const callId = crypto.randomUUID();
    expectHandled(await postAction(request, "/helpdesk/phone", "takeCall", [{ ...typed, callKind: "manage-cals", callId }], cookie), "takeCall");
    expect(await db.recoveryRequest.count({ where: { draftId: callId, channel: "TELEPHONE" } })).toBe(1);
    const activation = generateProductId();
    const activationCall = crypto.randomUUID();
    expectHandled(await postAction(request, "/helpdesk/phone", "takeCall", [{ ...typed, callKind: "activate", productId: activation, callId: activationCall }], cookie), "takeCall");
    expect(await db.clearinghouseServerDraft.findUniqueOrThrow({ where: { id: activationCall } })).toMatchObject({ takenById: agent.id, recordId: activation });
  });

  test("entitlements: add, change quantity, import", async ({ request, db }) => {
    const { cookie } = await signedInCookie(db, "SUPERVISOR");
    const entitlement = await createEntitlement(db, { licenseProgram: "SELECT_LICENSE", credential: `9${Date.now() % 1_000_000}`.padStart(7, "0").slice(-7), calType: "WS2019_PER_USER", quantity: 20, customerName: `Fuzz ${uniqueSuffix()}` });
    const valid = {
      licenseProgram: fc.constantFrom(...LICENSE_PROGRAM_VALUES),
      credential: fc.constantFrom("1234567", "ABCDE-12345-FGHJK-67890-MNPQR", "12345678/ABCDEFGHJK12345"),
      calType: fc.constantFrom(...CAL_TYPE_VALUES),
      quantity: fc.constantFrom("10", 10, "9999"),
      customerName: fc.constant("Contoso Ltd"),
      entitlementId: fc.constant(entitlement.id),
    };
    const csvCell = fc.oneof(hostileString, fc.constantFrom("Select License", "1234567", "Windows Server 2019 - RDS Per User CAL", "10"));
    const csv = fc.array(fc.array(csvCell, { minLength: 5, maxLength: 6 }), { minLength: 1, maxLength: 4 }).map(
      (rows) => ["license_program,credential,cal_type,quantity,customer_name", ...rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(","))].join("\n"),
    );
    const call = fc.oneof(
      fc.tuple(fc.constant("addEntitlement"), inputFor(entitlementSchema, valid)),
      fc.tuple(fc.constant("changeEntitlementQuantity"), inputFor(entitlementQuantitySchema, valid)),
      fc.tuple(fc.constant("importEntitlements"), fc.oneof(csv, hostileValue)),
    );
    const examples = [
      ...edgeCases(entitlementSchema, valid).map((input): [[string, unknown]] => [["addEntitlement", input]]),
      ...edgeCases(entitlementQuantitySchema, valid).map((input): [[string, unknown]] => [["changeEntitlementQuantity", input]]),
      [["importEntitlements", "license_program,credential,cal_type,quantity,customer_name\nSelect License,7654321,Windows Server 2019 - RDS Per User CAL,10,\"a\u0000b\""]] as [[string, unknown]],
      [["importEntitlements", { not: "a form" }]] as [[string, unknown]],
    ];
    await fc.assert(
      fc.asyncProperty(call, async ([name, input]) => {
        const result =
          name === "importEntitlements"
            ? typeof input === "string"
              ? await postFormAction(request, "/helpdesk/entitlements/import", name, { status: "idle" }, { file: { name: "fuzz.csv", mimeType: "text/csv", buffer: Buffer.from(input) } }, cookie)
              : await postAction(request, "/helpdesk/entitlements/import", name, [{ status: "idle" }, input], cookie)
            : await postAction(request, name === "addEntitlement" ? "/helpdesk/entitlements/new" : `/helpdesk/entitlements/${entitlement.id}`, name, [input], cookie);
        expectHandled(result, name);
        const row = await db.entitlement.findUniqueOrThrow({ where: { id: entitlement.id } });
        expect(row.quantity).toBeGreaterThanOrEqual(1);
        expect(row.quantity).toBeLessThanOrEqual(9999);
      }),
      runs(examples, 2),
    );
    expectHandled(await postAction(request, `/helpdesk/entitlements/${entitlement.id}`, "changeEntitlementQuantity", [{ entitlementId: entitlement.id, quantity: "4242" }], cookie), "changeEntitlementQuantity");
    expect((await db.entitlement.findUniqueOrThrow({ where: { id: entitlement.id } })).quantity).toBe(4242);
    const credential = String(1_000_000 + Math.floor(Math.random() * 8_999_999));
    const file = `license_program,credential,cal_type,quantity,customer_name\nSelect License,${credential},Windows Server 2016 - RDS Per Device CAL,7,Imported ${uniqueSuffix()}`;
    const imported = await postFormAction(request, "/helpdesk/entitlements/import", "importEntitlements", { status: "idle" }, { file: { name: "ok.csv", mimeType: "text/csv", buffer: Buffer.from(file) } }, cookie);
    expectHandled(imported, "importEntitlements");
    expect(await db.entitlement.count({ where: { licenseProgram: "SELECT_LICENSE", credential, calType: "WS2016_PER_DEVICE" } })).toBe(1);
  });

  test("staff accounts, sign-in and sign-out", async ({ request, db }) => {
    const { user: supervisor, cookie } = await signedInCookie(db, "SUPERVISOR");
    const target = await newStaff(db, "AGENT");
    const valid = {
      name: fc.constant("Fuzz Agent"),
      email: fc.constant(`fuzz-${uniqueSuffix().toLowerCase()}@clearinghouse.example`),
      role: fc.constantFrom("AGENT", "SUPERVISOR"),
      password: fc.constant("Correct-horse-battery-9"),
      // Not the supervisor's own id: resetting one's own password ends one's sessions, and the rest of the
      // run would post signed out.
      userId: fc.constant(target.id),
      returnTo: fc.constantFrom("/helpdesk/requests", "https://evil.example/"),
    };
    const call = fc.oneof(
      fc.tuple(fc.constant("createStaff"), fc.constant("/helpdesk/staff/new"), inputFor(createStaffSchema, valid)),
      fc.tuple(fc.constant("deactivateStaff"), fc.constant(`/helpdesk/staff/${target.id}`), inputFor(staffStatusSchema, valid)),
      fc.tuple(fc.constant("reactivateStaff"), fc.constant(`/helpdesk/staff/${target.id}`), inputFor(staffStatusSchema, valid)),
      fc.tuple(fc.constant("resetStaffPassword"), fc.constant(`/helpdesk/staff/${target.id}`), inputFor(resetPasswordSchema, valid)),
      fc.tuple(fc.constant("signIn"), fc.constant("/helpdesk/sign-in"), inputFor(signInSchema, valid)),
    );
    const examples = [
      ...edgeCases(createStaffSchema, valid).map((input): [[string, string, unknown]] => [["createStaff", "/helpdesk/staff/new", input]]),
      ...edgeCases(resetPasswordSchema, valid).map((input): [[string, string, unknown]] => [["resetStaffPassword", `/helpdesk/staff/${target.id}`, input]]),
      ...edgeCases(signInSchema, valid).map((input): [[string, string, unknown]] => [["signIn", "/helpdesk/sign-in", input]]),
    ];
    await fc.assert(
      fc.asyncProperty(call, async ([name, page, input]) => {
        // Sign-in attempts from an address of their own: the per-address limit is shared with other tests.
        const signingIn = name === "signIn";
        expectHandled(await postAction(request, page, name, [input], signingIn ? undefined : cookie, signingIn ? { "X-Forwarded-For": uniqueAddress() } : {}), name);
        // A supervisor cannot lock themselves out; every account keeps a password hash.
        const accounts = await db.staffUser.findMany({ where: { id: { in: [supervisor.id, target.id] } } });
        expect(accounts.find((a) => a.id === supervisor.id)?.active).toBe(true);
        for (const account of accounts) expect(account.passwordHash).toMatch(/^\$argon2/);
      }),
      runs(examples, 2),
    );
    const before = (await db.staffUser.findUniqueOrThrow({ where: { id: target.id } })).passwordHash;
    expectHandled(await postAction(request, `/helpdesk/staff/${target.id}`, "resetStaffPassword", [{ userId: target.id, password: "Another-horse-battery-7" }], cookie), "resetStaffPassword");
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: target.id } })).passwordHash).not.toBe(before);
    // Sign out last, with junk arguments: the session is gone and the answer is a redirect, not an error.
    expectHandled(await postAction(request, "/helpdesk/requests", "signOut", [{ $: 1 }, "x"], cookie), "signOut");
    expect(await db.staffSession.count({ where: { userId: supervisor.id } })).toBe(0);
  });
});
