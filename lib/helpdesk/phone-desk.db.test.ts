// The phone desk on both databases: a call becomes a request by telephone, decided by the web site's rules,
// held by the agent who took it, audited with their name; a double submit or a retry of one call makes one
// request; a call form of another agent, or a web site visitor's draft id, submits nothing.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeDraft, createDraft, createPurchase } from "@/prisma/clearinghouse-factories";
import { createStaffUser } from "@/prisma/factories";
import { TEST_DATABASES, type TestDatabase } from "@/prisma/test-databases";
import { CALL_HELD_ELSEWHERE, parseRebuildCall, takeRebuildCall } from "./phone-desk";

/** What an agent types for a call, as the form sends it (strings). */
function typed(overrides: Record<string, string> = {}) {
  const answers = completeDraft();
  const strings = Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, v === null ? "" : String(v)]));
  return { ...strings, ...overrides };
}

describe.each(TEST_DATABASES)("the phone desk on $label", ({ open }) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await open();
  });
  afterAll(() => database?.drop());

  const agent = async (name: string) => {
    const user = await createStaffUser(database.opened.db, { name, password: "a long enough password 1", role: "AGENT" });
    return { id: user.id, email: user.email };
  };

  it("checks every field at once with the web site's rules", () => {
    const result = parseRebuildCall({ ...typed(), targetLicenseServerId: "12345", lastName: "", licenseProgram: "" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual(["lastName", "licenseProgram", "targetLicenseServerId"]);
    const program = parseRebuildCall({ ...typed(), agreementNumber: "12" });
    expect(program.ok ? null : Object.keys(program.fieldErrors)).toEqual(["agreementNumber"]);
  });

  it("issues at once within the purchase: a request by telephone, held by the agent, audited with their name", async () => {
    const { db, sql } = database.opened;
    const taker = await agent("Pat Phone");
    const { entitlement, credential } = await createPurchase(db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: 50 });
    const parsed = parseRebuildCall(typed({ agreementNumber: credential.agreementNumber!, calType: entitlement.calType, quantity: "20" }));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
    const callId = randomUUID();
    const outcome = await takeRebuildCall(sql, taker, callId, parsed.value);
    expect(outcome).toMatchObject({ kind: "issued", licenseKeyPackId: expect.stringMatching(/^[0-9A-Z]{35}$/) });
    const request = await db.recoveryRequest.findUniqueOrThrow({ where: { draftId: callId }, include: { issuedKeyPack: true } });
    expect(request).toMatchObject({ channel: "TELEPHONE", takenById: taker.id, assignedToId: taker.id, status: "ISSUED", entitlementId: entitlement.id });
    expect(request.issuedKeyPack?.quantity).toBe(20);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: request.id } });
    expect(audit).toMatchObject({ action: "call.issued_at_once", actorId: taker.id, actorLabel: taker.email });

    // The agent's double click, or a retry after a lost answer: the same request, nothing more issued.
    expect(await takeRebuildCall(sql, taker, callId, parsed.value)).toEqual(outcome);
    expect(await db.recoveryRequest.count({ where: { draftId: callId } })).toBe(1);
    expect(await db.issuedKeyPack.count({ where: { entitlementId: entitlement.id } })).toBe(1);
  });

  it("two agents on one call's form: the second submits nothing", async () => {
    const { db, sql } = database.opened;
    const [first, second] = [await agent("First Agent"), await agent("Second Agent")];
    const parsed = parseRebuildCall(typed({ quantity: "5" }));
    if (!parsed.ok) throw new Error("invalid");
    const callId = randomUUID();
    const taken = await takeRebuildCall(sql, first, callId, parsed.value);
    expect(taken.kind).not.toBe("refused");
    expect(await takeRebuildCall(sql, second, callId, parsed.value)).toEqual({ kind: "refused", message: CALL_HELD_ELSEWHERE });
    // Even before the first agent submits, the form is theirs.
    const early = randomUUID();
    const [a, b] = await Promise.all([takeRebuildCall(sql, first, early, parsed.value), takeRebuildCall(sql, second, early, parsed.value)]);
    expect([a.kind, b.kind].filter((k) => k === "refused")).toHaveLength(1);
    expect(await db.recoveryRequest.count({ where: { draftId: early } })).toBe(1);
  });

  it("a web site visitor's draft id is not a call form: nothing of theirs is submitted or changed", async () => {
    const { db, sql } = database.opened;
    const taker = await agent("Curious Agent");
    const visitor = await createDraft(db, completeDraft({ quantity: 3 }));
    const parsed = parseRebuildCall(typed({ quantity: "9" }));
    if (!parsed.ok) throw new Error("invalid");
    expect(await takeRebuildCall(sql, taker, visitor.id, parsed.value)).toMatchObject({ kind: "refused" });
    expect(await db.recoveryRequest.count({ where: { draftId: visitor.id } })).toBe(0);
    expect((await db.manageCalsDraft.findUniqueOrThrow({ where: { id: visitor.id } })).quantity).toBe(3);
    expect(await takeRebuildCall(sql, taker, "not-a-uuid", parsed.value)).toMatchObject({ kind: "refused" });
  });

  it("an unknown credential is filed for review, held by the agent for their decision", async () => {
    const { db, sql } = database.opened;
    const taker = await agent("Review Agent");
    const parsed = parseRebuildCall(typed());
    if (!parsed.ok) throw new Error("invalid");
    const callId = randomUUID();
    const outcome = await takeRebuildCall(sql, taker, callId, parsed.value);
    expect(outcome).toMatchObject({ kind: "review", reviewReason: expect.any(String) });
    expect(await db.recoveryRequest.findUniqueOrThrow({ where: { draftId: callId } })).toMatchObject({ status: "AWAITING_REVIEW", assignedToId: taker.id, channel: "TELEPHONE" });
  });
});
