import { describe, expect, it } from "vitest";
import { practiceProgress, type RunFacts } from "./progress";

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
