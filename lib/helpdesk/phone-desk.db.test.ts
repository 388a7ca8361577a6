// The phone desk on both databases: a call of each kind is decided by the web site's own submit of that kind,
// by telephone, held by the agent who took it, audited with their name; a double submit or a retry of one
// call makes one request or record and answers with the first result; a call form of another agent, a web
// site visitor's draft id, or a call id answered as another kind submits nothing.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { completeDraft, createDraft, createPurchase } from "@/prisma/clearinghouse-factories";
import { createStaffUser } from "@/prisma/factories";
import { TEST_DATABASES } from "@/prisma/test-databases";
import { databaseForSuite } from "@/prisma/test-database-suite";
import { activateProductId, deactivateProductId } from "@/lib/clearinghouse/server-records";
import { NOT_ACTIVE, WRONG_LICENSE_SERVER_ID } from "@/lib/clearinghouse/server-flow-submit";
import { generateProductId } from "@/lib/licensing/product-id";
import { CALL_ANSWERED_AS_OTHER_KIND, CALL_HELD_ELSEWHERE, CALL_KIND_MESSAGE, parseCall, takeCall, type Call } from "./phone-desk";

/** What an agent types for a Manage CALs call, as the form sends it (strings). */
function typed(overrides: Record<string, string> = {}) {
  const answers = completeDraft();
  const strings = Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, v === null ? "" : String(v)]));
  return { callKind: "manage-cals", ...strings, ...overrides };
}

/** An activation call as typed: the Product ID and the company information. */
function activation(productId: string, overrides: Record<string, string> = {}) {
  return { callKind: "activate", productId, lastName: "Okafor", firstName: "Chidi", companyName: "Fabrikam Inc", countryRegion: "GB", companyAddress: "", email: "", phone: "", organizationalUnit: "", ...overrides };
}

function parsed(input: unknown): Call {
  const result = parseCall(input);
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.value;
}

/** A Product ID with one digit changed: the Luhn check digit catches it. */
function mistyped(productId: string): string {
  return `${productId.slice(0, 7)}${(Number(productId[7]) + 1) % 10}${productId.slice(8)}`;
}

describe.each(TEST_DATABASES)("the phone desk on $label", ({ open }) => {
  const database = databaseForSuite(open);

  const agent = async (name: string) => {
    const user = await createStaffUser(database.opened.db, { name, password: "a long enough password 1", role: "AGENT" });
    return { id: user.id, email: user.email };
  };
  const take = (who: { id: string; email: string }, callId: string, call: Call) => takeCall(database.opened.db, database.opened.sql, who, callId, call);

  it("checks every field of the chosen kind at once with the web site's rules", () => {
    expect(parseCall({ ...typed(), callKind: "" })).toEqual({ ok: false, fieldErrors: { callKind: [CALL_KIND_MESSAGE] } });
    const result = parseCall({ ...typed(), targetLicenseServerId: "12345", lastName: "", licenseProgram: "" });
    expect(result.ok ? null : Object.keys(result.fieldErrors).sort()).toEqual(["lastName", "licenseProgram", "targetLicenseServerId"]);
    const program = parseCall({ ...typed(), agreementNumber: "12" });
    expect(program.ok ? null : Object.keys(program.fieldErrors)).toEqual(["agreementNumber"]);
    // An installation has no reason for recovery: none is asked, whatever the form still holds.
    expect(parseCall({ ...typed({ reasonForRecovery: "" }), callKind: "install" }).ok).toBe(true);
    // Activation: a misheard Product ID digit and a forgotten last name, together.
    const productId = generateProductId();
    const wrong = parseCall(activation(mistyped(productId), { lastName: "" }));
    expect(wrong.ok ? null : wrong.fieldErrors).toEqual({ productId: [expect.stringContaining("looks mistyped")], lastName: [expect.any(String)] });
    const reactivation = parseCall({ callKind: "reactivate", productId, reason: "" });
    expect(reactivation.ok ? null : Object.keys(reactivation.fieldErrors)).toEqual(["reason"]);
    const deactivation = parseCall({ callKind: "deactivate", productId, licenseServerId: "1", contactName: "", contactEmail: "x" });
    expect(deactivation.ok ? null : Object.keys(deactivation.fieldErrors).sort()).toEqual(["contactEmail", "contactName", "licenseServerId"]);
  });

  it("a rebuild call issues at once within the purchase: a request by telephone, held by the agent, audited with their name", async () => {
    const { db } = database.opened;
    const taker = await agent("Pat Phone");
    const { entitlement, credential } = await createPurchase(db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: 50 });
    const call = parsed(typed({ agreementNumber: credential.agreementNumber!, calType: entitlement.calType, quantity: "20" }));
    const callId = randomUUID();
    const outcome = await take(taker, callId, call);
    expect(outcome).toMatchObject({ kind: "issued", licenseKeyPackId: expect.stringMatching(/^[0-9A-Z]{35}$/) });
    const request = await db.recoveryRequest.findUniqueOrThrow({ where: { draftId: callId }, include: { issuedKeyPack: true } });
    expect(request).toMatchObject({ channel: "TELEPHONE", takenById: taker.id, assignedToId: taker.id, status: "ISSUED", entitlementId: entitlement.id, option: "MANAGE_CALS" });
    expect(request.issuedKeyPack?.quantity).toBe(20);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: request.id } });
    expect(audit).toMatchObject({ action: "call.issued_at_once", actorId: taker.id, actorLabel: taker.email });

    // The agent's double click, or a retry after a lost answer: the same request, nothing more issued.
    expect(await take(taker, callId, call)).toEqual(outcome);
    expect(await db.recoveryRequest.count({ where: { draftId: callId } })).toBe(1);
    expect(await db.issuedKeyPack.count({ where: { entitlementId: entitlement.id } })).toBe(1);
  });

  it("an installation call goes through the web site's Install client access licenses submit: at once within the purchase, else for review", async () => {
    const { db } = database.opened;
    const taker = await agent("Ines Install");
    const { entitlement, credential } = await createPurchase(db, { licenseProgram: "SELECT_LICENSE", calType: "WS2022_PER_DEVICE", quantity: 60 });
    const call = parsed({ ...typed({ licenseProgram: "SELECT_LICENSE", agreementNumber: credential.agreementNumber!, calType: "WS2022_PER_DEVICE", quantity: "60" }), callKind: "install" });
    const callId = randomUUID();
    const [outcome, twin] = await Promise.all([take(taker, callId, call), take(taker, callId, call)]);
    expect(outcome).toMatchObject({ kind: "issued" });
    expect(twin).toEqual(outcome);
    const request = await db.recoveryRequest.findUniqueOrThrow({ where: { draftId: callId } });
    expect(request).toMatchObject({ option: "INSTALL_CALS", reasonForRecovery: null, channel: "TELEPHONE", takenById: taker.id, status: "ISSUED", entitlementId: entitlement.id });
    expect(await db.auditLog.findFirstOrThrow({ where: { entityId: request.id } })).toMatchObject({ action: "call.issued_at_once", actorId: taker.id, after: expect.objectContaining({ option: "INSTALL_CALS" }) });
    expect(await db.issuedKeyPack.count({ where: { entitlementId: entitlement.id } })).toBe(1);

    // The purchase is used up: another server's installation waits for review, held by the agent.
    const beyond = parsed({ ...typed({ licenseProgram: "SELECT_LICENSE", agreementNumber: credential.agreementNumber!, calType: "WS2022_PER_DEVICE", quantity: "5" }), callKind: "install" });
    const second = randomUUID();
    expect(await take(taker, second, beyond)).toMatchObject({ kind: "review", reviewReason: expect.any(String) });
    expect(await db.recoveryRequest.findUniqueOrThrow({ where: { draftId: second } })).toMatchObject({ option: "INSTALL_CALS", status: "AWAITING_REVIEW", assignedToId: taker.id });
  });

  it("two agents on one call's form: the second submits nothing", async () => {
    const { db } = database.opened;
    const [first, second] = [await agent("First Agent"), await agent("Second Agent")];
    const call = parsed(typed({ quantity: "5" }));
    const callId = randomUUID();
    const taken = await take(first, callId, call);
    expect(taken.kind).not.toBe("refused");
    expect(await take(second, callId, call)).toEqual({ kind: "refused", message: CALL_HELD_ELSEWHERE });
    // Even before the first agent submits, the form is theirs.
    const early = randomUUID();
    const [a, b] = await Promise.all([take(first, early, call), take(second, early, call)]);
    expect([a.kind, b.kind].filter((k) => k === "refused")).toHaveLength(1);
    expect(await db.recoveryRequest.count({ where: { draftId: early } })).toBe(1);
    // The same for an activation call.
    const productId = generateProductId();
    const activationId = randomUUID();
    expect(await take(first, activationId, parsed(activation(productId)))).toMatchObject({ kind: "license-server-id" });
    expect(await take(second, activationId, parsed(activation(productId)))).toEqual({ kind: "refused", message: CALL_HELD_ELSEWHERE });
  });

  it("a web site visitor's draft id is not a call form: nothing of theirs is submitted or changed", async () => {
    const { db } = database.opened;
    const taker = await agent("Curious Agent");
    const visitor = await createDraft(db, completeDraft({ quantity: 3 }));
    const call = parsed(typed({ quantity: "9" }));
    expect(await take(taker, visitor.id, call)).toMatchObject({ kind: "refused" });
    expect(await db.recoveryRequest.count({ where: { draftId: visitor.id } })).toBe(0);
    expect((await db.manageCalsDraft.findUniqueOrThrow({ where: { id: visitor.id } })).quantity).toBe(3);
    expect(await take(taker, "not-a-uuid", call)).toMatchObject({ kind: "refused" });
    // A visitor's Activate a license server draft, likewise.
    const productId = generateProductId();
    const flowDraft = await db.clearinghouseServerDraft.create({ data: { flow: "activate", answers: { productId } } });
    expect(await take(taker, flowDraft.id, parsed(activation(productId)))).toEqual({ kind: "refused", message: CALL_HELD_ELSEWHERE });
    const untouched = await db.clearinghouseServerDraft.findUniqueOrThrow({ where: { id: flowDraft.id } });
    expect(untouched).toMatchObject({ takenById: null, recordId: null });
    expect(untouched.answers).toEqual({ productId });
    expect(await db.clearinghouseLicenseServer.count({ where: { productId } })).toBe(0);
  });

  it("an unknown credential is filed for review, held by the agent for their decision", async () => {
    const { db } = database.opened;
    const taker = await agent("Review Agent");
    const callId = randomUUID();
    const outcome = await take(taker, callId, parsed(typed()));
    expect(outcome).toMatchObject({ kind: "review", reviewReason: expect.any(String) });
    expect(await db.recoveryRequest.findUniqueOrThrow({ where: { draftId: callId } })).toMatchObject({ status: "AWAITING_REVIEW", assignedToId: taker.id, channel: "TELEPHONE" });
  });

  it("an activation call gives the License Server ID, recorded by telephone and audited as the agent's call, once per call", async () => {
    const { db } = database.opened;
    const taker = await agent("Ava Activate");
    const productId = generateProductId();
    const call = parsed(activation(productId));
    const callId = randomUUID();
    const [outcome, twin] = await Promise.all([take(taker, callId, call), take(taker, callId, call)]);
    expect(outcome).toMatchObject({ kind: "license-server-id", flow: "activate", licenseServerId: expect.stringMatching(/^\d{35}$/), alreadyActive: false });
    expect(twin).toEqual(outcome);
    const record = await db.clearinghouseLicenseServer.findUniqueOrThrow({ where: { productId } });
    expect(record).toMatchObject({ method: "TELEPHONE", status: "ACTIVE", company: "Fabrikam Inc", lastName: "Okafor", countryRegion: "GB" });
    if (outcome.kind !== "license-server-id") throw new Error("not activated");
    expect(record.licenseServerId).toBe(outcome.licenseServerId);
    const audits = await db.auditLog.findMany({ where: { entityId: record.id } });
    expect(audits).toEqual([expect.objectContaining({ action: "call.activated", actorId: taker.id, actorLabel: taker.email })]);
    expect(await db.clearinghouseServerDraft.findUniqueOrThrow({ where: { id: callId } })).toMatchObject({ takenById: taker.id, recordId: productId, flow: "activate" });
    // A retry with other answers: the first answer, nothing changed.
    expect(await take(taker, callId, parsed(activation(productId, { companyName: "Other Ltd" })))).toEqual(outcome);
    expect((await db.clearinghouseLicenseServer.findUniqueOrThrow({ where: { productId } })).company).toBe("Fabrikam Inc");
    // Even after the server was deactivated since, a retry of the call changes nothing: its first answer.
    await deactivateProductId(db, { productId, licenseServerId: record.licenseServerId, contactName: "X", contactEmail: "x@example.com", contactPhone: null, method: "WEB_BROWSER" }, "test");
    expect(await take(taker, callId, call)).toEqual(outcome);
    expect(await db.clearinghouseLicenseServer.findUniqueOrThrow({ where: { productId } })).toMatchObject({ status: "DEACTIVATED", licenseServerId: record.licenseServerId });
    // One call id is one call: it is not submitted again as a rebuild.
    expect(await take(taker, callId, parsed(typed()))).toEqual({ kind: "refused", message: CALL_ANSWERED_AS_OTHER_KIND });
    expect(await db.recoveryRequest.count({ where: { draftId: callId } })).toBe(0);

    // A Product ID already active (by the web site) gets its License Server ID back, as on the site.
    const active = generateProductId();
    const before = await activateProductId(db, { productId: active, method: "WEB_BROWSER", firstName: "A", lastName: "B", company: "C", countryRegion: "US" }, "test");
    expect(await take(taker, randomUUID(), parsed(activation(active)))).toEqual({ kind: "license-server-id", flow: "activate", licenseServerId: before.licenseServerId, alreadyActive: true });
  });

  it("a reactivation call gives a new License Server ID once per call; a Product ID not active is refused against its field", async () => {
    const { db } = database.opened;
    const taker = await agent("Rory Reactivate");
    const productId = generateProductId();
    const first = await take(taker, randomUUID(), parsed(activation(productId)));
    const reason = "The license server has been upgraded";
    const callId = randomUUID();
    const call = parsed({ callKind: "reactivate", productId, reason });
    const outcome = await take(taker, callId, call);
    expect(outcome).toMatchObject({ kind: "license-server-id", flow: "reactivate" });
    expect(outcome).not.toEqual(expect.objectContaining({ licenseServerId: (first as { licenseServerId: string }).licenseServerId }));
    expect(await take(taker, callId, call)).toEqual(outcome);
    const record = await db.clearinghouseLicenseServer.findUniqueOrThrow({ where: { productId } });
    expect(record).toMatchObject({ licenseServerId: (outcome as { licenseServerId: string }).licenseServerId, reactivationReason: reason, method: "TELEPHONE" });
    expect(await db.auditLog.count({ where: { entityId: record.id, action: "call.reactivated", actorId: taker.id } })).toBe(1);

    const unknown = generateProductId();
    const refusedId = randomUUID();
    expect(await take(taker, refusedId, parsed({ callKind: "reactivate", productId: unknown, reason }))).toEqual({ kind: "refused", fieldErrors: { productId: [NOT_ACTIVE] } });
    // Nothing was submitted: the same call, corrected, goes through.
    expect(await take(taker, refusedId, call)).toMatchObject({ kind: "license-server-id", flow: "reactivate" });
  });

  it("a deactivation call gives the confirmation code; a wrong License Server ID is refused against its field and can be corrected", async () => {
    const { db } = database.opened;
    const taker = await agent("Dana Deactivate");
    const productId = generateProductId();
    const activated = await take(taker, randomUUID(), parsed(activation(productId)));
    if (activated.kind !== "license-server-id") throw new Error("not activated");
    const other = await take(taker, randomUUID(), parsed(activation(generateProductId())));
    const contact = { contactName: "Dana Lee", contactEmail: "dana@fabrikam.example", contactPhone: "" };
    const callId = randomUUID();
    const wrong = await take(taker, callId, parsed({ callKind: "deactivate", productId, licenseServerId: (other as { licenseServerId: string }).licenseServerId, ...contact }));
    expect(wrong).toEqual({ kind: "refused", fieldErrors: { licenseServerId: [WRONG_LICENSE_SERVER_ID] } });
    const call = parsed({ callKind: "deactivate", productId, licenseServerId: activated.licenseServerId, ...contact });
    const outcome = await take(taker, callId, call);
    expect(outcome).toMatchObject({ kind: "confirmation-code", confirmationCode: expect.stringMatching(/^\d{10}$/) });
    expect(await take(taker, callId, call)).toEqual(outcome);
    const record = await db.clearinghouseLicenseServer.findUniqueOrThrow({ where: { productId } });
    expect(record).toMatchObject({ status: "DEACTIVATED", method: "TELEPHONE", deactivatedByName: "Dana Lee", confirmationCode: (outcome as { confirmationCode: string }).confirmationCode });
    expect(await db.auditLog.count({ where: { entityId: record.id, action: "call.deactivated", actorId: taker.id } })).toBe(1);
  });
});
