import { describe, expect, it } from "vitest";
import type { ConnectionMethod } from "@/lib/licensing/catalog";
import { LIFECYCLE_KINDS, LIFECYCLE_STEPS, LIFECYCLE_WIZARDS, type LifecycleStep } from "./steps";

const activate = LIFECYCLE_WIZARDS.ACTIVATE_SERVER;
/** Back reads only the route of the run (its connection method). */
const on = (method: ConnectionMethod, step: LifecycleStep = "ACTIVATE_WELCOME") => ({ step, method });

describe("lifecycle wizards' pages", () => {
  it("walk each method's path: only Automatic asks the company information in the console", () => {
    expect(activate.path("AUTOMATIC")).toEqual(["ACTIVATE_WELCOME", "ACTIVATE_CONNECTION_METHOD", "ACTIVATE_COMPANY", "ACTIVATE_OPTIONAL", "ACTIVATE_COMPLETED"]);
    // Web Browser: the company information is given on the web site; Telephone: to the agent.
    expect(activate.path("WEB_BROWSER")).toEqual(["ACTIVATE_WELCOME", "ACTIVATE_CONNECTION_METHOD", "ACTIVATE_LICENSE_SERVER", "ACTIVATE_COMPLETED"]);
    expect(activate.path("TELEPHONE")).toEqual(activate.path("WEB_BROWSER"));
    expect(activate.final("AUTOMATIC")).toBe("ACTIVATE_OPTIONAL");
    expect(activate.final("WEB_BROWSER")).toBe("ACTIVATE_LICENSE_SERVER");
    expect(activate.final("TELEPHONE")).toBe("ACTIVATE_LICENSE_SERVER");
    for (const method of ["WEB_BROWSER", "TELEPHONE"] as const) {
      expect(activate.next(method, "ACTIVATE_CONNECTION_METHOD")).toBe("ACTIVATE_LICENSE_SERVER");
      expect(activate.next(method, "ACTIVATE_LICENSE_SERVER")).toBe("ACTIVATE_COMPLETED");
      expect(activate.back(on(method), "ACTIVATE_LICENSE_SERVER")).toBe("ACTIVATE_CONNECTION_METHOD");
    }
    expect(activate.next("AUTOMATIC", "ACTIVATE_CONNECTION_METHOD")).toBe("ACTIVATE_COMPANY");
  });

  it("keep the Reactivation Reason and Contact Information pages on every method (the real wizards ask them in the console)", () => {
    const reactivate = LIFECYCLE_WIZARDS.REACTIVATE_SERVER;
    expect(reactivate.path("AUTOMATIC")).toEqual(["REACTIVATE_WELCOME", "REACTIVATE_CONNECTION_METHOD", "REACTIVATE_REASON", "REACTIVATE_COMPLETED"]);
    expect(reactivate.path("WEB_BROWSER")).toEqual(["REACTIVATE_WELCOME", "REACTIVATE_CONNECTION_METHOD", "REACTIVATE_REASON", "REACTIVATE_LICENSE_SERVER", "REACTIVATE_COMPLETED"]);
    expect(reactivate.final("AUTOMATIC")).toBe("REACTIVATE_REASON");
    const deactivate = LIFECYCLE_WIZARDS.DEACTIVATE_SERVER;
    expect(deactivate.path("TELEPHONE")).toEqual(["DEACTIVATE_WELCOME", "DEACTIVATE_CONNECTION_METHOD", "DEACTIVATE_CONTACT", "DEACTIVATE_CONFIRMATION", "DEACTIVATE_COMPLETED"]);
  });

  it("show no company page to a run on Web Browser, even one that reached it on Automatic before", () => {
    expect(activate.canShow({ step: "ACTIVATE_LICENSE_SERVER", method: "WEB_BROWSER" }, "ACTIVATE_COMPANY")).toBe(false);
    // Automatic chosen, Company Information reached, then Back and Web Browser: the run resumes on its final page.
    expect(activate.resume({ step: "ACTIVATE_OPTIONAL", method: "WEB_BROWSER" })).toBe("ACTIVATE_LICENSE_SERVER");
  });

  it("have unique slugs and one page kind per step in every wizard", () => {
    for (const kind of LIFECYCLE_KINDS) {
      const slugs = LIFECYCLE_STEPS[kind].map((s) => s.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
      expect(LIFECYCLE_STEPS[kind].map((s) => LIFECYCLE_WIZARDS[kind].info(s.step).page)[0]).toBe("welcome");
    }
  });

  it("let a run show the pages reached, never beyond or the completing page", () => {
    const run = { step: "ACTIVATE_COMPANY", method: "AUTOMATIC" } as const;
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
    expect(activate.back(on("AUTOMATIC"), "ACTIVATE_OPTIONAL")).toBe("ACTIVATE_COMPANY");
    expect(activate.back(on("TELEPHONE"), "ACTIVATE_WELCOME")).toBeNull();
    expect(activate.back(on("TELEPHONE"), "ACTIVATE_COMPLETED")).toBeNull();
  });

  it("land a replayed Next where the run is, or on the completing page once it finished", () => {
    const run = { step: "ACTIVATE_OPTIONAL", method: "AUTOMATIC" } as const;
    expect(activate.landing(run, "ACTIVATE_COMPANY", undefined, false)).toBe("ACTIVATE_OPTIONAL");
    expect(activate.landing(run, "ACTIVATE_OPTIONAL", undefined, false)).toBe("ACTIVATE_OPTIONAL");
    // A Company Information Next replayed after the run went over to Web Browser lands where the run is.
    expect(activate.landing({ step: "ACTIVATE_LICENSE_SERVER", method: "WEB_BROWSER" }, "ACTIVATE_COMPANY", undefined, false)).toBe("ACTIVATE_LICENSE_SERVER");
    expect(activate.landing(null, "ACTIVATE_LICENSE_SERVER", undefined, true)).toBe("ACTIVATE_COMPLETED");
    expect(activate.landing(null, "ACTIVATE_LICENSE_SERVER", undefined, false)).toBe("ACTIVATE_WELCOME");
  });
});
