import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { chosenScenarios, createClassSchema, describeRefusal, joinClassSchema, JOIN_CODE_MESSAGE, newJoinCode, normalizeJoinCode, scoreRun } from "./classroom";
import { stepTimes } from "./classroom-store";
import { goalReachedAt, SCENARIOS, type ScenarioFacts } from "./scenarios";
import { PROCEDURE_IDS } from "@/lib/procedure/catalog";

describe("join codes", () => {
  it("are 8 symbols of the Crockford alphabet, read back however they are typed", () => {
    const code = newJoinCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(normalizeJoinCode(` ${code.slice(0, 4).toLowerCase()}-${code.slice(4)} `)).toBe(code);
    expect(normalizeJoinCode("o1lI-abcd")).toBe("0111ABCD");
  });
  it("the join form refuses a code of the wrong shape and an empty name, with their messages", () => {
    const parsed = joinClassSchema.safeParse({ code: "ABC", displayName: "  " });
    expect(parsed.success).toBe(false);
    const messages = Object.fromEntries(parsed.error!.issues.map((i) => [i.path[0], i.message]));
    expect(messages).toEqual({ code: JOIN_CODE_MESSAGE, displayName: "Enter the name to show your trainer" });
    expect(joinClassSchema.parse({ code: "abcd efgh", displayName: " Ana " })).toEqual({ code: "ABCDEFGH", displayName: "Ana" });
  });
  it("the class form needs a name and at least one scenario", () => {
    const none = createClassSchema.safeParse({ requestId: randomUUID(), name: "Monday" });
    expect(none.error?.issues[0]).toMatchObject({ path: ["rebuild-database"], message: "Choose at least one scenario" });
    const some = createClassSchema.parse({ requestId: randomUUID(), name: "Monday", "install-agreement": "on" });
    expect(chosenScenarios(some)).toEqual(["install-agreement"]);
  });
});

describe("scenarios", () => {
  it("each names a procedure of the library and has a hint", () => {
    for (const s of Object.values(SCENARIOS)) {
      expect(PROCEDURE_IDS).toContain(s.procedure);
      expect(s.hints.length).toBeGreaterThan(0);
    }
  });
  const at = new Date("2026-12-07T10:00:00Z");
  const base: ScenarioFacts = { activated: true, connectionMethod: "WEB_BROWSER", rebuildFinishedAt: null, packs: [], activatedAt: at, migrations: [], failedSourceId: null, firstRevokedAt: null, firstConvertedAt: null };
  it("the rebuild is reached when a finished rebuild reinstalled all three programs", () => {
    const packs = ["LICENSE_PACK", "ENTERPRISE_AGREEMENT", "OPEN_LICENSE"].map((p) => ({ licenseProgram: p, totalLicenses: 10, installedAt: at }));
    expect(goalReachedAt("rebuild-database", { ...base, packs })).toBeNull();
    expect(goalReachedAt("rebuild-database", { ...base, packs: packs.slice(0, 2), rebuildFinishedAt: at })).toBeNull();
    expect(goalReachedAt("rebuild-database", { ...base, packs, rebuildFinishedAt: at })).toEqual(at);
  });
  it("the telephone activation needs the Telephone method; the install needs the agreement's 100 CALs", () => {
    expect(goalReachedAt("activate-telephone", base)).toBeNull();
    expect(goalReachedAt("activate-telephone", { ...base, connectionMethod: "TELEPHONE" })).toEqual(at);
    expect(goalReachedAt("install-agreement", { ...base, packs: [{ licenseProgram: "ENTERPRISE_AGREEMENT", totalLicenses: 50, installedAt: at }] })).toBeNull();
    expect(goalReachedAt("install-agreement", { ...base, packs: [{ licenseProgram: "ENTERPRISE_AGREEMENT", totalLicenses: 100, installedAt: at }] })).toEqual(at);
  });
  it("the migration is reached when migrations from the failed source, named not available, brought all three programs", () => {
    const source = "1".repeat(35);
    const later = new Date(at.getTime() + 60_000);
    const run = (programs: string[], finishedAt = at, sourceAvailable = false, sourceLicenseServerId = source) => ({ finishedAt, sourceAvailable, sourceLicenseServerId, programs });
    const facts = { ...base, failedSourceId: source };
    expect(goalReachedAt("migrate-failed-server", { ...facts, migrations: [run(["LICENSE_PACK", "OPEN_LICENSE"]), run(["ENTERPRISE_AGREEMENT"], later)] })).toEqual(later);
    // Named available (the console would have removed them from a server it cannot reach), or from another source: not this goal.
    expect(goalReachedAt("migrate-failed-server", { ...facts, migrations: [run(["LICENSE_PACK", "OPEN_LICENSE"]), run(["ENTERPRISE_AGREEMENT"], later, true)] })).toBeNull();
    expect(goalReachedAt("migrate-failed-server", { ...facts, migrations: [run(["LICENSE_PACK", "OPEN_LICENSE"]), run(["ENTERPRISE_AGREEMENT"], later, false, "2".repeat(35))] })).toBeNull();
    expect(goalReachedAt("migrate-failed-server", { ...base, migrations: [run(["LICENSE_PACK", "OPEN_LICENSE", "ENTERPRISE_AGREEMENT"])] })).toBeNull();
  });
  it("Revoke License and Convert RDS CALs are reached by their first revocation and first finished conversion, each only its own", () => {
    expect(goalReachedAt("revoke-per-device", base)).toBeNull();
    expect(goalReachedAt("revoke-per-device", { ...base, firstRevokedAt: at })).toEqual(at);
    expect(goalReachedAt("revoke-per-device", { ...base, firstConvertedAt: at })).toBeNull();
    expect(goalReachedAt("convert-cals", base)).toBeNull();
    expect(goalReachedAt("convert-cals", { ...base, firstConvertedAt: at })).toEqual(at);
    expect(goalReachedAt("convert-cals", { ...base, firstRevokedAt: at, rebuildFinishedAt: at })).toBeNull();
  });
  it("not an administrator is the rebuild's goal (nothing changes before Connect as an administrator)", () => {
    const packs = ["LICENSE_PACK", "ENTERPRISE_AGREEMENT", "OPEN_LICENSE"].map((p) => ({ licenseProgram: p, totalLicenses: 10, installedAt: at }));
    expect(goalReachedAt("not-administrator", { ...base, packs })).toBeNull();
    expect(goalReachedAt("not-administrator", { ...base, packs, rebuildFinishedAt: at })).toEqual(at);
  });
});

describe("the score", () => {
  const startedAt = new Date("2026-12-07T10:00:00Z");
  it("is 0 until the goal, then 100 less 5 a mistake and 3 a hint, never below 10", () => {
    expect(scoreRun({ startedAt, reachedAt: null, mistakes: 0, hints: 0 })).toEqual({ finished: false, score: 0, minutes: null });
    expect(scoreRun({ startedAt, reachedAt: new Date("2026-12-07T10:25:20Z"), mistakes: 2, hints: 1 })).toEqual({ finished: true, score: 87, minutes: 25 });
    expect(scoreRun({ startedAt, reachedAt: startedAt, mistakes: 40, hints: 0 }).score).toBe(10);
  });
  it("times each step to the next one's mark", () => {
    const t = (s: number) => new Date(startedAt.getTime() + s * 1000);
    expect(stepTimes([{ step: 3, detail: "Step 3 of 19", createdAt: t(0) }, { step: 4, detail: "Step 4 of 19", createdAt: t(42) }], t(50))).toEqual([
      { step: 3, label: "Step 3 of 19", seconds: 42 },
      { step: 4, label: "Step 4 of 19", seconds: 8 },
    ]);
  });
});

describe("a refusal on the trainee's record", () => {
  it("keeps what the trainee was told, each message once", () => {
    expect(describeRefusal({ licenseKeyPackId: ["This license key pack ID looks mistyped", "second"], quantity: ["Enter the quantity"] })).toBe("This license key pack ID looks mistyped · Enter the quantity");
    expect(describeRefusal({ _form: ["Check the answers"] }, "Check the answers")).toBe("Check the answers");
  });
});
