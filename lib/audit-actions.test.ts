// The audit log's actions and their labels (lib/audit-actions.ts). That every action written has a label is
// checked by `tsc`: recordAudit and auditInsertSql take only the list's names (the type tests below).
import { describe, expect, expectTypeOf, it } from "vitest";
import type { AuditEntry } from "./audit";
import { actionLabel, AUDIT_ACTIONS, type AuditAction } from "./audit-actions";

describe("audit actions", () => {
  it("each has its own label, in words", () => {
    const labels = Object.values(AUDIT_ACTIONS);
    for (const label of labels) expect(label).toMatch(/^[A-Z][^.]*[a-z]$/);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("shows the label of a known action and an older row's unknown one as written", () => {
    for (const [action, label] of Object.entries(AUDIT_ACTIONS)) expect(actionLabel(action)).toBe(label);
    expect(actionLabel("something.else")).toBe("something.else");
    expect(actionLabel("toString")).toBe("toString");
  });

  it("an entry takes only a listed action (typecheck)", () => {
    expectTypeOf<AuditEntry["action"]>().toEqualTypeOf<AuditAction>();
    const entry = { actorLabel: "Test", entityType: "StaffUser", entityId: "x" };
    // @ts-expect-error an action that is not in AUDIT_ACTIONS (so it has no label) does not typecheck
    const unknown: AuditEntry = { ...entry, action: "staff.renamed" };
    const known: AuditEntry = { ...entry, action: "staff.created" };
    expect([unknown.action, known.action]).toHaveLength(2);
  });
});
