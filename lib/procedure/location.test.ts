import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { WIZARD_STEPS } from "@/lib/console/manage-cals/steps";
import { MANAGE_CALS_STEPS } from "@/lib/clearinghouse/steps";
import { procedureStep } from "./steps";
import { isFinished, positionLabel, procedurePosition, stepState, STEP_COUNT, wizardPosition, type ProcedurePosition } from "./location";

const SERVER = "/console/servers/0b7e6c1e-5f0c-4f5b-9a43-2f1c8f0e9d11";
const current = (p: ProcedurePosition | null) => (p ? [p.current, p.through] : null);

describe("the console", () => {
  it("opening it puts step 1 behind: step 2 (Properties) comes next", () => {
    expect(procedurePosition("/console")).toMatchObject({ site: "console", current: 2, through: 2 });
  });

  it("with a server selected, the Action menu (step 3) unless its connection method is not Web Browser", () => {
    expect(current(procedurePosition("/console", { server: "LS-1" }))).toEqual([3, 3]);
    expect(current(procedurePosition("/console", { server: "LS-1" }, { connectionMethod: "WEB_BROWSER" }))).toEqual([3, 3]);
    expect(current(procedurePosition("/console", { server: "LS-1" }, { connectionMethod: "AUTOMATIC" }))).toEqual([2, 2]);
    expect(current(procedurePosition("/console", { server: "LS-1" }, { connectionMethod: "TELEPHONE" }))).toEqual([2, 2]);
  });

  it("back on the server after the rebuild finished: every step done, no longer step 3", () => {
    const after = procedurePosition("/console", { server: "LS-1" }, { connectionMethod: "WEB_BROWSER", rebuildFinished: true })!;
    expect(isFinished(after)).toBe(true);
    expect(positionLabel(after)).toBe(`All ${STEP_COUNT} steps done`);
    for (let step = 1; step <= STEP_COUNT; step++) expect(stepState(after, step)).toBe("done");
    // Not finished: the Action menu again.
    expect(current(procedurePosition("/console", { server: "LS-1" }, { rebuildFinished: false }))).toEqual([3, 3]);
  });

  it("Properties and Review Configuration are step 2", () => {
    expect(current(procedurePosition(`${SERVER}/properties`))).toEqual([2, 2]);
    expect(current(procedurePosition(`${SERVER}/review-configuration`))).toEqual([2, 2]);
  });
});

describe("the Manage RDS CALs Wizard", () => {
  it("maps every page of the wizard to the step that names it, in the wizard's order", () => {
    const steps = WIZARD_STEPS.map((s) => procedurePosition(`${SERVER}/manage-cals/${s.slug}`)?.current);
    WIZARD_STEPS.forEach((page, i) => {
      // The completing page is the last step's "click Finish"; every other page is named by its step.
      if (page.slug === "completed") return expect(steps[i]).toBe(STEP_COUNT);
      expect(procedureStep(steps[i]!).text.toLowerCase(), page.slug).toContain(page.title.toLowerCase());
    });
    expect([...steps].sort((a, b) => a! - b!)).toEqual(steps);
    expect(current(procedurePosition(`${SERVER}/manage-cals`))).toEqual([4, 4]);
  });

  it("Obtain Client License Key Pack is step 9 before a key pack ID is entered, 18 once one is", () => {
    const page = `${SERVER}/manage-cals/obtain-key-pack`;
    expect(current(procedurePosition(page, {}, { keyPackIdEntered: false }))).toEqual([9, 9]);
    expect(current(procedurePosition(page, {}, { keyPackIdEntered: true }))).toEqual([18, 18]);
    // Back at the boxes, before the first character: already 18, as the demo's caption says.
    expect(current(procedurePosition(page, {}, { keyPackIdFocused: true }))).toEqual([18, 18]);
    expect(current(procedurePosition(page, {}, { keyPackIdFocused: false, keyPackIdEntered: false }))).toEqual([9, 9]);
  });

  it("a later pass of Obtain Client License Key Pack is the next set (repeat steps 9 through 18)", () => {
    expect(wizardPosition("obtain-key-pack", { installedInRun: 0 })).toMatchObject({ current: 9, pass: 1 });
    expect(wizardPosition("obtain-key-pack", { installedInRun: 2, keyPackIdEntered: true })).toMatchObject({ current: 18, pass: 3 });
  });

  it("knows nothing of unknown pages", () => {
    expect(procedurePosition(`${SERVER}/manage-cals/nowhere`)).toBeNull();
    expect(procedurePosition(`${SERVER}/properties/extra`)).toBeNull();
    expect(wizardPosition("constructor")).toBeNull();
  });
});

describe("the web site", () => {
  it("Select Option is step 10; each Manage CALs page covers its two steps; verify and the result are 17", () => {
    expect(current(procedurePosition("/licensing"))).toEqual([10, 10]);
    const pages = MANAGE_CALS_STEPS.map((s) => current(procedurePosition(`/licensing/manage-cals/${s.slug}`)));
    expect(pages).toEqual([
      [11, 12],
      [13, 14],
      [15, 16],
      [17, 17],
    ]);
    expect(procedurePosition("/licensing/manage-cals/result")).toMatchObject({ site: "licensing", current: 17 });
    expect(current(procedurePosition("/licensing/status"))).toEqual([17, 17]);
  });

  it("ignores trailing slashes and refuses pages outside the procedure", () => {
    expect(current(procedurePosition("/licensing/manage-cals/company/"))).toEqual([13, 14]);
    expect(procedurePosition("/licensing/manage-cals/select-option")).toBeNull();
    expect(procedurePosition("/licensing/manage-cals/status")).toBeNull();
    expect(procedurePosition("/helpdesk/requests")).toBeNull();
    expect(procedurePosition("/")).toBeNull();
  });
});

describe("ticks and labels", () => {
  it("steps before the current one are done, the page's steps current, the rest to do", () => {
    const position = procedurePosition("/licensing/manage-cals/license-server")!;
    expect([10, 11, 12, 13].map((n) => stepState(position, n))).toEqual(["done", "current", "current", "todo"]);
    expect(stepState(null, 1)).toBe("todo");
  });

  it("every position is within the 19 steps and ticks exactly the steps before it", () => {
    const paths = fc.oneof(
      fc.constantFrom(...WIZARD_STEPS.map((s) => `${SERVER}/manage-cals/${s.slug}`)),
      fc.constantFrom("/console", "/licensing", "/licensing/status", ...MANAGE_CALS_STEPS.map((s) => `/licensing/manage-cals/${s.slug}`), "/licensing/manage-cals/result"),
    );
    fc.assert(
      fc.property(paths, fc.boolean(), fc.nat(5), (path, entered, installed) => {
        const position = procedurePosition(path, { server: "LS" }, { keyPackIdEntered: entered, installedInRun: installed })!;
        expect(position.current).toBeGreaterThanOrEqual(1);
        expect(position.through).toBeLessThanOrEqual(STEP_COUNT);
        const done = Array.from({ length: STEP_COUNT }, (_, i) => stepState(position, i + 1)).filter((s) => s === "done");
        expect(done).toHaveLength(position.current - 1);
      }),
    );
  });

  it("says which steps the page covers", () => {
    expect(positionLabel(procedurePosition("/licensing/manage-cals/purchase")!)).toBe("Steps 15 and 16 of 19");
    expect(positionLabel(procedurePosition("/licensing")!)).toBe("Step 10 of 19");
  });
});
