import { describe, expect, it } from "vitest";
import {
  backLifecycleStep,
  canShowLifecycle,
  finalStep,
  lifecycleLandingAfterReplay,
  lifecyclePage,
  lifecyclePath,
  LIFECYCLE_KINDS,
  LIFECYCLE_STEPS,
  nextLifecycleStep,
  resumeLifecycleStep,
} from "./lifecycle-steps";

describe("lifecycle wizards' pages", () => {
  it("show License Server Activation only for Web Browser and Telephone", () => {
    expect(lifecyclePath("ACTIVATE_SERVER", "AUTOMATIC")).toEqual(["ACTIVATE_WELCOME", "ACTIVATE_CONNECTION_METHOD", "ACTIVATE_COMPANY", "ACTIVATE_OPTIONAL", "ACTIVATE_COMPLETED"]);
    expect(lifecyclePath("ACTIVATE_SERVER", "WEB_BROWSER")).toContain("ACTIVATE_LICENSE_SERVER");
    expect(lifecyclePath("DEACTIVATE_SERVER", "TELEPHONE")).toContain("DEACTIVATE_CONFIRMATION");
    expect(finalStep("ACTIVATE_SERVER", "AUTOMATIC")).toBe("ACTIVATE_OPTIONAL");
    expect(finalStep("ACTIVATE_SERVER", "WEB_BROWSER")).toBe("ACTIVATE_LICENSE_SERVER");
    expect(finalStep("REACTIVATE_SERVER", "AUTOMATIC")).toBe("REACTIVATE_REASON");
  });

  it("have unique slugs and one page kind per step in every wizard", () => {
    for (const kind of LIFECYCLE_KINDS) {
      const slugs = LIFECYCLE_STEPS[kind].map((s) => s.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
      expect(LIFECYCLE_STEPS[kind].map((s) => lifecyclePage(s.step))[0]).toBe("welcome");
    }
  });

  it("let a run show the pages reached, never beyond or the completing page", () => {
    const run = { step: "ACTIVATE_COMPANY", method: "WEB_BROWSER" } as const;
    expect(canShowLifecycle("ACTIVATE_SERVER", run, "ACTIVATE_WELCOME")).toBe(true);
    expect(canShowLifecycle("ACTIVATE_SERVER", run, "ACTIVATE_COMPANY")).toBe(true);
    expect(canShowLifecycle("ACTIVATE_SERVER", run, "ACTIVATE_OPTIONAL")).toBe(false);
    expect(canShowLifecycle("ACTIVATE_SERVER", run, "ACTIVATE_COMPLETED")).toBe(false);
    expect(canShowLifecycle("ACTIVATE_SERVER", null, "ACTIVATE_WELCOME")).toBe(true);
    expect(canShowLifecycle("ACTIVATE_SERVER", null, "ACTIVATE_CONNECTION_METHOD")).toBe(false);
    expect(canShowLifecycle("ACTIVATE_SERVER", run, "REACTIVATE_REASON")).toBe(false);
  });

  it("resume on the final page when Automatic was chosen after License Server Activation was reached", () => {
    expect(resumeLifecycleStep("ACTIVATE_SERVER", { step: "ACTIVATE_LICENSE_SERVER", method: "AUTOMATIC" })).toBe("ACTIVATE_OPTIONAL");
    expect(resumeLifecycleStep("ACTIVATE_SERVER", null)).toBe("ACTIVATE_WELCOME");
  });

  it("go forward and back along the method's path", () => {
    expect(nextLifecycleStep("ACTIVATE_SERVER", "AUTOMATIC", "ACTIVATE_OPTIONAL")).toBe("ACTIVATE_COMPLETED");
    expect(nextLifecycleStep("ACTIVATE_SERVER", "TELEPHONE", "ACTIVATE_OPTIONAL")).toBe("ACTIVATE_LICENSE_SERVER");
    expect(backLifecycleStep("ACTIVATE_SERVER", "TELEPHONE", "ACTIVATE_LICENSE_SERVER")).toBe("ACTIVATE_OPTIONAL");
    expect(backLifecycleStep("ACTIVATE_SERVER", "TELEPHONE", "ACTIVATE_WELCOME")).toBeNull();
    expect(backLifecycleStep("ACTIVATE_SERVER", "TELEPHONE", "ACTIVATE_COMPLETED")).toBeNull();
  });

  it("land a replayed Next where the run is, or on the completing page once it finished", () => {
    const run = { step: "ACTIVATE_OPTIONAL", method: "WEB_BROWSER" } as const;
    expect(lifecycleLandingAfterReplay("ACTIVATE_SERVER", run, "ACTIVATE_COMPANY", false)).toBe("ACTIVATE_OPTIONAL");
    expect(lifecycleLandingAfterReplay("ACTIVATE_SERVER", run, "ACTIVATE_OPTIONAL", false)).toBe("ACTIVATE_OPTIONAL");
    expect(lifecycleLandingAfterReplay("ACTIVATE_SERVER", null, "ACTIVATE_LICENSE_SERVER", true)).toBe("ACTIVATE_COMPLETED");
    expect(lifecycleLandingAfterReplay("ACTIVATE_SERVER", null, "ACTIVATE_LICENSE_SERVER", false)).toBe("ACTIVATE_WELCOME");
  });
});
