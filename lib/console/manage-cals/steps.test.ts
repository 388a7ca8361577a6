import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  CONVERT_STEPS,
  WIZARD_STEPS,
  backStep,
  canFinish,
  canShow,
  cancelEffect,
  furthest,
  isPreDeletion,
  landingAfterReplay,
  nextWizardStep,
  resumeStep,
  slugOf,
  stepFromSlug,
  type RunState,
  type WizardStep,
  wizardPath,
} from "./steps";
import { convertKeyPackSchema } from "../convert-schemas";
import { CONVERT_MESSAGES } from "../convert-labels";
import { convertedCalType } from "@/lib/licensing/catalog";

const run = (step: WizardStep, deleted = false, installedInRun = 0): RunState => ({ step, deleted, installedInRun });
const ALL = WIZARD_STEPS.map((s) => s.step);

describe("WIZARD_STEPS table", () => {
  it("maps every slug to its step and back", () => {
    for (const s of WIZARD_STEPS) {
      expect(stepFromSlug(s.slug)).toBe(s.step);
      expect(slugOf(s.step)).toBe(s.slug);
    }
    expect(stepFromSlug("nope")).toBeNull();
  });

  it("uses the procedure's page titles", () => {
    expect(WIZARD_STEPS.map((s) => s.title)).toContain("Confirm Deletion of RDS CALs");
    expect(WIZARD_STEPS.map((s) => s.title)).toContain("Obtain Client License Key Pack");
    expect(WIZARD_STEPS.map((s) => s.title)).toContain("Reinstalling Additional RDS CALs");
  });
});

describe("nextWizardStep", () => {
  it("walks the pages in the procedure's order", () => {
    const walk: WizardStep[] = ["WELCOME"];
    for (let s = nextWizardStep("WELCOME"); s && walk.length < 10; s = nextWizardStep(s, "finish")) walk.push(s);
    expect(walk).toEqual(["WELCOME", "ACTION_SELECTION", "REASON", "CONFIRM_DELETION", "REINSTALLING", "OBTAIN_KEY_PACK", "REINSTALL_ADDITIONAL", "COMPLETED"]);
  });

  it("returns to Obtain Client License Key Pack when continuing", () => {
    expect(nextWizardStep("REINSTALL_ADDITIONAL", "continue")).toBe("OBTAIN_KEY_PACK");
    expect(nextWizardStep("REINSTALL_ADDITIONAL", "finish")).toBe("COMPLETED");
  });
});

describe("resumeStep", () => {
  it("starts at Welcome without an open run", () => {
    expect(resumeStep(null)).toBe("WELCOME");
  });

  it("resumes at the furthest page reached before the deletion", () => {
    expect(resumeStep(run("REASON"))).toBe("REASON");
    expect(resumeStep(run("CONFIRM_DELETION"))).toBe("CONFIRM_DELETION");
  });

  it("resumes at Obtain Client License Key Pack right after the deletion", () => {
    expect(resumeStep(run("REINSTALLING", true))).toBe("OBTAIN_KEY_PACK");
    expect(resumeStep(run("OBTAIN_KEY_PACK", true, 1))).toBe("OBTAIN_KEY_PACK");
  });

  it("resumes at the choice after an install", () => {
    expect(resumeStep(run("REINSTALL_ADDITIONAL", true, 1))).toBe("REINSTALL_ADDITIONAL");
  });

  it("never resumes before the deletion once it happened (any stored step)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL), fc.nat(3), (step, installed) => {
        expect(isPreDeletion(resumeStep(run(step, true, installed)))).toBe(false);
      }),
    );
  });
});

describe("backStep", () => {
  it("goes back freely before the deletion", () => {
    expect(backStep(run("CONFIRM_DELETION"), "CONFIRM_DELETION")).toBe("REASON");
    expect(backStep(run("REASON"), "REASON")).toBe("ACTION_SELECTION");
    expect(backStep(run("REASON"), "ACTION_SELECTION")).toBe("WELCOME");
    expect(backStep(null, "WELCOME")).toBeNull();
  });

  it("never goes back before the deletion", () => {
    expect(backStep(run("REINSTALLING", true), "REINSTALLING")).toBeNull();
    expect(backStep(run("OBTAIN_KEY_PACK", true), "OBTAIN_KEY_PACK")).toBe("REINSTALLING");
    for (const step of ALL.filter((s) => !isPreDeletion(s))) {
      const back = backStep(run(step, true), step);
      expect(back === null || !isPreDeletion(back)).toBe(true);
    }
  });

  it("lets a person who chose to continue go back and finish instead", () => {
    expect(backStep(run("OBTAIN_KEY_PACK", true, 1), "OBTAIN_KEY_PACK")).toBe("REINSTALL_ADDITIONAL");
    expect(backStep(run("REINSTALL_ADDITIONAL", true, 1), "REINSTALL_ADDITIONAL")).toBeNull();
  });
});

describe("canShow", () => {
  it("shows only Welcome without a run", () => {
    expect(ALL.filter((s) => canShow(null, s))).toEqual(["WELCOME"]);
  });

  it("shows the pages reached so far before the deletion, never skipping ahead", () => {
    expect(ALL.filter((s) => canShow(run("REASON"), s))).toEqual(["WELCOME", "ACTION_SELECTION", "REASON"]);
    expect(canShow(run("CONFIRM_DELETION"), "REINSTALLING")).toBe(false);
  });

  it("after the deletion shows the current page and where Back leads, nothing before the deletion", () => {
    expect(ALL.filter((s) => canShow(run("REINSTALLING", true), s))).toEqual(["REINSTALLING", "OBTAIN_KEY_PACK"]);
    expect(ALL.filter((s) => canShow(run("OBTAIN_KEY_PACK", true, 1), s))).toEqual(["OBTAIN_KEY_PACK", "REINSTALL_ADDITIONAL"]);
    expect(ALL.filter((s) => canShow(run("REINSTALL_ADDITIONAL", true, 1), s))).toEqual(["REINSTALL_ADDITIONAL"]);
    expect(ALL.filter((s) => canShow(run("COMPLETED", true, 2), s))).toEqual(["COMPLETED"]);
  });

  it("always shows the resume page, and Back always leads to a page it shows", () => {
    const states = fc.record({ step: fc.constantFrom(...ALL), deleted: fc.boolean(), installedInRun: fc.nat(3) });
    fc.assert(
      fc.property(states, (state) => {
        // Unreachable combinations: before the deletion nothing is installed and nothing is past it.
        fc.pre(state.deleted ? !isPreDeletion(state.step) : isPreDeletion(state.step) && state.installedInRun === 0);
        const current = resumeStep(state);
        expect(canShow(state, current)).toBe(true);
        const back = backStep(state, current);
        if (back) expect(canShow(state, back)).toBe(true);
      }),
    );
  });
});

describe("replays and progress", () => {
  it("sends a second Next at the deletion to the page after it", () => {
    expect(landingAfterReplay(run("REINSTALLING", true), "CONFIRM_DELETION")).toBe("REINSTALLING");
  });

  it("sends a second Next at the install to Reinstalling Additional RDS CALs", () => {
    expect(landingAfterReplay(run("REINSTALL_ADDITIONAL", true, 1), "OBTAIN_KEY_PACK")).toBe("REINSTALL_ADDITIONAL");
  });

  it("sends anything else to the resume page", () => {
    expect(landingAfterReplay(run("REINSTALL_ADDITIONAL", true, 1), "REASON")).toBe("REINSTALL_ADDITIONAL");
    expect(landingAfterReplay(null, "REINSTALL_ADDITIONAL")).toBe("WELCOME");
  });

  it("keeps the furthest step", () => {
    expect(furthest("CONFIRM_DELETION", "REASON")).toBe("CONFIRM_DELETION");
    expect(furthest("ACTION_SELECTION", "REASON")).toBe("REASON");
  });
});

describe("cancel and finish", () => {
  it("cancels a run only before the deletion", () => {
    expect(cancelEffect(null)).toBe("nothing");
    expect(cancelEffect(run("CONFIRM_DELETION"))).toBe("cancel-run");
    expect(cancelEffect(run("OBTAIN_KEY_PACK", true))).toBe("leave-open");
  });

  it("finishes only after the deletion and at least one reinstalled key pack", () => {
    expect(canFinish(run("REINSTALL_ADDITIONAL", true, 1))).toBe(true);
    expect(canFinish(run("OBTAIN_KEY_PACK", true, 2))).toBe(true);
    expect(canFinish(run("OBTAIN_KEY_PACK", true, 0))).toBe(false);
    expect(canFinish(run("CONFIRM_DELETION"))).toBe(false);
  });
});

describe("Convert RDS CALs (the CONVERT route)", () => {
  const convertRun = (step: WizardStep): RunState => ({ step, deleted: false, installedInRun: 0 });

  it("branches off Action Selection and walks its table to the completing page", () => {
    const walk: WizardStep[] = ["ACTION_SELECTION"];
    for (let s = nextWizardStep("ACTION_SELECTION", "CONVERT"); s; s = nextWizardStep(s)) walk.push(s);
    expect(walk).toEqual(["ACTION_SELECTION", "CONVERT_KEY_PACK", "CONVERT_OBTAIN_KEY_PACK", "CONVERT_COMPLETED"]);
    expect(nextWizardStep("ACTION_SELECTION", "MIGRATE")).toBe("MIGRATE_REASON");
    expect(nextWizardStep("ACTION_SELECTION", "REBUILD")).toBe("REASON");
    for (const s of CONVERT_STEPS) {
      expect(stepFromSlug(s.slug)).toBe(s.step);
      expect(slugOf(s.step)).toBe(s.slug);
    }
    expect(wizardPath("CONVERT_KEY_PACK", null).map((s) => s.step)).toEqual(["WELCOME", "ACTION_SELECTION", ...CONVERT_STEPS.map((s) => s.step)]);
    expect(wizardPath("WELCOME", "CONVERT")).toHaveLength(5);
  });

  it("shows the pages reached on its own route only, goes back one page at a time, and cancels outright", () => {
    const at = convertRun("CONVERT_OBTAIN_KEY_PACK");
    for (const s of ["WELCOME", "ACTION_SELECTION", "CONVERT_KEY_PACK", "CONVERT_OBTAIN_KEY_PACK"] as const) expect(canShow(at, s)).toBe(true);
    for (const s of ["CONVERT_COMPLETED", "REASON", "MIGRATE_REASON", "OBTAIN_KEY_PACK"] as const) expect(canShow(at, s)).toBe(false);
    expect(canShow(convertRun("CONVERT_KEY_PACK"), "CONVERT_OBTAIN_KEY_PACK")).toBe(false);
    expect(canShow(convertRun("CONFIRM_DELETION"), "CONVERT_KEY_PACK")).toBe(false);
    expect(backStep(at, "CONVERT_OBTAIN_KEY_PACK")).toBe("CONVERT_KEY_PACK");
    expect(backStep(at, "CONVERT_KEY_PACK")).toBe("ACTION_SELECTION");
    expect(resumeStep(at)).toBe("CONVERT_OBTAIN_KEY_PACK");
    expect(cancelEffect(at)).toBe("cancel-run");
  });

  it("choosing another action starts that route afresh; a replayed install lands on the completing page", () => {
    expect(furthest("CONVERT_OBTAIN_KEY_PACK", "MIGRATE_REASON")).toBe("MIGRATE_REASON");
    expect(furthest("MIGRATE_REMINDER", "CONVERT_KEY_PACK")).toBe("CONVERT_KEY_PACK");
    expect(furthest("CONFIRM_DELETION", "CONVERT_KEY_PACK")).toBe("CONVERT_KEY_PACK");
    expect(furthest("CONVERT_OBTAIN_KEY_PACK", "CONVERT_KEY_PACK")).toBe("CONVERT_OBTAIN_KEY_PACK");
    expect(landingAfterReplay(null, "CONVERT_OBTAIN_KEY_PACK")).toBe("CONVERT_COMPLETED");
    expect(landingAfterReplay(convertRun("CONVERT_OBTAIN_KEY_PACK"), "CONVERT_KEY_PACK")).toBe("CONVERT_OBTAIN_KEY_PACK");
  });

  it("the page's schema: a pack and a whole count of 1 or more (the limit is the server's)", () => {
    expect(convertKeyPackSchema.parse({ keypackId: "3", count: " 12 " })).toEqual({ keypackId: 3, count: 12 });
    for (const count of ["", "0", "-1", "1.5", "ten", "1234567"]) {
      expect(convertKeyPackSchema.safeParse({ keypackId: "3", count }).error?.issues.map((i) => i.message)).toEqual([CONVERT_MESSAGES.count]);
    }
    expect(convertKeyPackSchema.safeParse({ count: "2" }).error?.issues[0]?.message).toBe(CONVERT_MESSAGES.keypackId);
    expect(convertedCalType("WS2022_PER_USER")).toBe("WS2022_PER_DEVICE");
    expect(convertedCalType("WS2012_PER_DEVICE")).toBe("WS2012_PER_USER");
  });
});
