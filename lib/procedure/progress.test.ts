import { describe, expect, it } from "vitest";
import { practiceProgress, procedureProgress, runFollows, type AnyRunFacts, type RunFacts } from "./progress";

const t0 = new Date("2026-11-28T09:00:00Z");
const later = new Date("2026-11-28T09:05:00Z");
const earlier = new Date("2026-11-28T08:55:00Z");

function run(step: RunFacts["step"], extra: Partial<RunFacts> = {}): RunFacts {
  return { status: "IN_PROGRESS", step, installedInRun: 0, updatedAt: t0, ...extra };
}

describe("a trainee's progress", () => {
  it("before the wizard, or after cancelling it: no step", () => {
    expect(practiceProgress(null, null)).toMatchObject({ position: null, finished: false, summary: "Has not started the Manage RDS CALs Wizard" });
    expect(practiceProgress(run("REASON", { status: "CANCELLED" }), null).position).toBeNull();
  });

  it("in the wizard: the step of its page", () => {
    expect(practiceProgress(run("CONFIRM_DELETION"), null)).toMatchObject({ position: { current: 7 }, summary: "In the wizard: Confirm Deletion of RDS CALs" });
    expect(practiceProgress(run("OBTAIN_KEY_PACK"), null).position?.current).toBe(9);
    expect(practiceProgress(run("REINSTALL_ADDITIONAL", { installedInRun: 1 }), null)).toMatchObject({ position: { current: 19 }, summary: expect.stringContaining("1 set of RDS CALs") });
  });

  it("while the wizard waits for a key pack ID, the web site's latest page", () => {
    expect(practiceProgress(run("OBTAIN_KEY_PACK"), { page: "company", at: later })).toMatchObject({ position: { current: 13, through: 14 }, summary: "On the Web site: Company information" });
    expect(practiceProgress(run("OBTAIN_KEY_PACK"), { page: "result", at: later, outcome: "review" })).toMatchObject({ position: { current: 17 }, summary: expect.stringContaining("awaiting review") });
    expect(practiceProgress(run("OBTAIN_KEY_PACK"), { page: "result", at: later, outcome: "issued" })).toMatchObject({ position: { current: 18 }, summary: expect.stringContaining("license key pack ID") });
  });

  it("ignores web site activity older than the wizard's last move (an earlier set)", () => {
    expect(practiceProgress(run("OBTAIN_KEY_PACK", { installedInRun: 1 }), { page: "result", at: earlier, outcome: "issued" })).toMatchObject({ position: { current: 9, pass: 2 } });
    expect(practiceProgress(run("REASON"), { page: "verify", at: later }).position?.current).toBe(6);
  });

  it("a finished rebuild is step 19, finished", () => {
    expect(practiceProgress(run("COMPLETED", { status: "FINISHED", installedInRun: 2 }), { page: "result", at: later, outcome: "issued" })).toMatchObject({
      position: { current: 19 },
      finished: true,
      summary: "Finished the rebuild: 2 sets of RDS CALs reinstalled",
    });
  });
});

describe("a trainee's position in the other procedures (issue 31: time per step for every scenario)", () => {
  const any = (kind: AnyRunFacts["kind"], step: string, extra: Partial<AnyRunFacts> = {}): AnyRunFacts => ({ kind, action: null, status: "IN_PROGRESS", step, updatedAt: t0, ...extra });
  const at = (...args: Parameters<typeof procedureProgress>) => procedureProgress(...args)?.current ?? null;

  it("follows each procedure's own wizard (and for Manage RDS CALs, its action)", () => {
    const migration = any("MANAGE_CALS", "MIGRATE_SOURCE", { action: "MIGRATE" });
    expect(runFollows("migrate-web", migration)).toBe(true);
    expect(runFollows("rebuild-web", migration)).toBe(false);
    expect(runFollows("activate-telephone", any("ACTIVATE_SERVER", "ACTIVATE_WELCOME"))).toBe(true);
    expect(runFollows("install-web", any("ACTIVATE_SERVER", "ACTIVATE_WELCOME"))).toBe(false);
    const conversion = any("MANAGE_CALS", "CONVERT_OBTAIN_KEY_PACK", { action: "CONVERT" });
    expect(runFollows("convert", conversion)).toBe(true);
    expect(runFollows("rebuild-web", conversion)).toBe(false);
    expect(at("convert", "s1", conversion, { at: new Date(t0.getTime() + 1000), page: "license-server" })).toBe(6);
  });

  it("places the wizard's page with the Procedure panel's rules", () => {
    expect(at("activate-telephone", "s1", any("ACTIVATE_SERVER", "ACTIVATE_CONNECTION_METHOD"), null)).toBe(4);
    expect(at("activate-telephone", "s1", any("ACTIVATE_SERVER", "ACTIVATE_COMPLETED", { status: "FINISHED" }), null)).toBe(7);
    expect(at("migrate-web", "s1", any("MANAGE_CALS", "MIGRATE_SOURCE", { action: "MIGRATE" }), null, "WEB_BROWSER")).toBe(7);
    expect(at("install-web", "s1", any("INSTALL_LICENSES", "INSTALL_WELCOME"), null, "WEB_BROWSER")).toBe(4);
    expect(at("migrate-web", "s1", null, null)).toBeNull();
    expect(at("migrate-web", "s1", any("MANAGE_CALS", "MIGRATE_SOURCE", { action: "MIGRATE", status: "CANCELLED" }), null)).toBeNull();
  });

  it("waiting on Obtain Client License Key Pack: the Web site's page when it moved since, the ID's entry once issued", () => {
    const migrating = any("MANAGE_CALS", "MIGRATE_OBTAIN_KEY_PACK", { action: "MIGRATE" });
    expect(at("migrate-web", "s1", migrating, null)).toBe(9);
    expect(at("migrate-web", "s1", migrating, { page: "purchase", at: later })).toBe(13);
    expect(at("migrate-web", "s1", migrating, { page: "purchase", at: earlier })).toBe(9);
    expect(at("migrate-web", "s1", migrating, { page: "result", at: later, outcome: "issued" })).toBe(15);
    const installing = any("INSTALL_LICENSES", "INSTALL_OBTAIN_KEY_PACK");
    expect(at("install-web", "s1", installing, { page: "license-server", at: later }, "WEB_BROWSER")).toBe(7);
  });
});
