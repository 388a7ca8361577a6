import { describe, expect, it } from "vitest";
import type { ConnectionMethod } from "@/lib/licensing/catalog";
import { LIFECYCLE_KINDS, LIFECYCLE_STEPS, LIFECYCLE_WIZARDS, type LifecycleStep } from "./steps";

const activate = LIFECYCLE_WIZARDS.ACTIVATE_SERVER;
/** Back reads only the route of the run (its connection method). */
const on = (method: ConnectionMethod, step: LifecycleStep = "ACTIVATE_WELCOME") => ({ step, method });

describe("lifecycle wizards' pages", () => {
  it("show License Server Activation only for Web Browser and Telephone", () => {
    expect(activate.path("AUTOMATIC")).toEqual(["ACTIVATE_WELCOME", "ACTIVATE_CONNECTION_METHOD", "ACTIVATE_COMPANY", "ACTIVATE_OPTIONAL", "ACTIVATE_COMPLETED"]);
    expect(activate.path("WEB_BROWSER")).toContain("ACTIVATE_LICENSE_SERVER");
    expect(LIFECYCLE_WIZARDS.DEACTIVATE_SERVER.path("TELEPHONE")).toContain("DEACTIVATE_CONFIRMATION");
    expect(activate.final("AUTOMATIC")).toBe("ACTIVATE_OPTIONAL");
    expect(activate.final("WEB_BROWSER")).toBe("ACTIVATE_LICENSE_SERVER");
    expect(LIFECYCLE_WIZARDS.REACTIVATE_SERVER.final("AUTOMATIC")).toBe("REACTIVATE_REASON");
  });

  it("have unique slugs and one page kind per step in every wizard", () => {
    for (const kind of LIFECYCLE_KINDS) {
      const slugs = LIFECYCLE_STEPS[kind].map((s) => s.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
      expect(LIFECYCLE_STEPS[kind].map((s) => LIFECYCLE_WIZARDS[kind].info(s.step).page)[0]).toBe("welcome");
    }
  });

  it("let a run show the pages reached, never beyond or the completing page", () => {
    const run = { step: "ACTIVATE_COMPANY", method: "WEB_BROWSER" } as const;
    expect(activate.canShow(run, "ACTIVATE_WELCOME")).toBe(true);
    expect(activate.canShow(run, "ACTIVATE_COMPANY")).toBe(true);
    expect(activate.canShow(run, "ACTIVATE_OPTIONAL")).toBe(false);
    expect(activate.canShow(run, "ACTIVATE_COMPLETED")).toBe(false);
    expect(activate.canShow(null, "ACTIVATE_WELCOME")).toBe(true);
    expect(activate.canShow(null, "ACTIVATE_CONNECTION_METHOD")).toBe(false);
    expect(activate.canShow(run, "REACTIVATE_REASON")).toBe(false);
  });

  it("resume on the final page when Automatic was chosen after License Server Activation was reached", () => {
    expect(activate.resume({ step: "ACTIVATE_LICENSE_SERVER", method: "AUTOMATIC" })).toBe("ACTIVATE_OPTIONAL");
    expect(activate.resume(null)).toBe("ACTIVATE_WELCOME");
  });

  it("go forward and back along the method's path", () => {
    expect(activate.next("AUTOMATIC", "ACTIVATE_OPTIONAL")).toBe("ACTIVATE_COMPLETED");
    expect(activate.next("TELEPHONE", "ACTIVATE_OPTIONAL")).toBe("ACTIVATE_LICENSE_SERVER");
    expect(activate.back(on("TELEPHONE"), "ACTIVATE_LICENSE_SERVER")).toBe("ACTIVATE_OPTIONAL");
    expect(activate.back(on("TELEPHONE"), "ACTIVATE_WELCOME")).toBeNull();
    expect(activate.back(on("TELEPHONE"), "ACTIVATE_COMPLETED")).toBeNull();
  });

  it("land a replayed Next where the run is, or on the completing page once it finished", () => {
    const run = { step: "ACTIVATE_OPTIONAL", method: "WEB_BROWSER" } as const;
    expect(activate.landing(run, "ACTIVATE_COMPANY", undefined, false)).toBe("ACTIVATE_OPTIONAL");
    expect(activate.landing(run, "ACTIVATE_OPTIONAL", undefined, false)).toBe("ACTIVATE_OPTIONAL");
    expect(activate.landing(null, "ACTIVATE_LICENSE_SERVER", undefined, true)).toBe("ACTIVATE_COMPLETED");
    expect(activate.landing(null, "ACTIVATE_LICENSE_SERVER", undefined, false)).toBe("ACTIVATE_WELCOME");
  });
});
