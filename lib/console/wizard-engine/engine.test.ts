// The wizard engine's navigation, on a small wizard of its own (the console's wizards have their tests beside
// their tables: manage-cals/, lifecycle/, install-licenses/).
import { describe, expect, it } from "vitest";
import { defineWizard, type PageRow } from "./engine";

type Step = "WELCOME" | "METHOD" | "DETAILS" | "MANUAL" | "DONE";
type Route = "AUTO" | "MANUAL";
type State = { step: Step; route: Route };
type Page = PageRow<Step, Route>;

const manual = (route: Route) => route === "MANUAL";
const pages: Page[] = [
  { step: "WELCOME", slug: "welcome", title: "Welcome" },
  { step: "METHOD", slug: "method", title: "Method" },
  { step: "DETAILS", slug: "details", title: "Details" },
  { step: "MANUAL", slug: "manual", title: "By hand", when: manual },
  { step: "DONE", slug: "done", title: "Completing" },
];
const wizard = defineWizard<Page, Step, State, Route>({ kind: "ACTIVATE_SERVER", pages, route: (run) => run.route });
const at = (step: Step, route: Route = "MANUAL"): State => ({ step, route });

describe("the wizard engine", () => {
  it("reads the table: slugs, titles, the first and the completing page", () => {
    expect(wizard.fromSlug("details")).toBe("DETAILS");
    expect(wizard.fromSlug("nope")).toBeNull();
    expect(wizard.slugOf("MANUAL")).toBe("manual");
    expect(wizard.info("DONE").title).toBe("Completing");
    expect([wizard.first, wizard.last]).toEqual(["WELCOME", "DONE"]);
    expect(wizard.isStep("METHOD")).toBe(true);
    expect(wizard.isStep("ELSEWHERE")).toBe(false);
  });

  it("shows a page only on the routes its `when` allows", () => {
    expect(wizard.path("AUTO")).toEqual(["WELCOME", "METHOD", "DETAILS", "DONE"]);
    expect(wizard.path("MANUAL")).toEqual(["WELCOME", "METHOD", "DETAILS", "MANUAL", "DONE"]);
    expect(wizard.final("AUTO")).toBe("DETAILS");
    expect(wizard.final("MANUAL")).toBe("MANUAL");
  });

  it("goes Next along the route, and to a page's own `next` where it branches", () => {
    expect(wizard.next("AUTO", "DETAILS")).toBe("DONE");
    expect(wizard.next("MANUAL", "DETAILS")).toBe("MANUAL");
    expect(wizard.next("MANUAL", "DONE")).toBeNull();
    const looping = defineWizard<PageRow<Step, Route, "again">, Step, State, Route, "again">({
      kind: "ACTIVATE_SERVER",
      pages: pages.map(({ step, slug, title, when }) => ({ step, slug, title, when, ...(step === "DETAILS" ? { next: (choice?: "again") => (choice === "again" ? "METHOD" : "DONE") as Step } : {}) })),
      route: (run) => run.route,
    });
    expect(looping.next("MANUAL", "DETAILS", "again")).toBe("METHOD");
    expect(looping.next("MANUAL", "DETAILS")).toBe("DONE");
  });

  it("goes Back one page on the run's route, never from Welcome or the completing page", () => {
    expect(wizard.back(at("MANUAL"), "MANUAL")).toBe("DETAILS");
    expect(wizard.back(at("DETAILS", "AUTO"), "DETAILS")).toBe("METHOD");
    expect(wizard.back(at("MANUAL"), "WELCOME")).toBeNull();
    expect(wizard.back(at("MANUAL"), "DONE")).toBeNull();
    expect(wizard.back(null, "METHOD")).toBeNull();
  });

  it("keeps the furthest page reached when a person goes back and Next again", () => {
    expect(wizard.furthest("MANUAL", "MANUAL", "DETAILS")).toBe("MANUAL");
    expect(wizard.furthest("MANUAL", "METHOD", "DETAILS")).toBe("DETAILS");
    expect(wizard.reached(at("MANUAL"), "DETAILS")).toBe("MANUAL");
    expect(wizard.reached(at("METHOD"), "DETAILS")).toBe("DETAILS");
  });

  it("resumes where the run is, at Welcome without one, at the final page when the route lost the page reached", () => {
    expect(wizard.resume(null)).toBe("WELCOME");
    expect(wizard.resume(at("DETAILS"))).toBe("DETAILS");
    expect(wizard.resume(at("MANUAL", "AUTO"))).toBe("DETAILS");
  });

  it("shows the pages reached on the run's route, never beyond, never the completing page of an open run", () => {
    const steps = pages.map((p) => p.step);
    expect(steps.filter((s) => wizard.canShow(null, s))).toEqual(["WELCOME"]);
    expect(steps.filter((s) => wizard.canShow(at("DETAILS"), s))).toEqual(["WELCOME", "METHOD", "DETAILS"]);
    expect(steps.filter((s) => wizard.canShow(at("MANUAL"), s))).toEqual(["WELCOME", "METHOD", "DETAILS", "MANUAL"]);
    expect(steps.filter((s) => wizard.canShow(at("MANUAL", "AUTO"), s))).toEqual(["WELCOME", "METHOD", "DETAILS"]);
  });

  it("lands a replayed Next on the page after it when the run may show it, else where the run is", () => {
    expect(wizard.landing(at("DETAILS"), "METHOD")).toBe("DETAILS");
    expect(wizard.landing(at("MANUAL"), "METHOD")).toBe("DETAILS");
    expect(wizard.landing(at("METHOD"), "DETAILS")).toBe("METHOD");
    // No open run: the completing page once a run finished, else Welcome.
    expect(wizard.landing(null, "MANUAL", undefined, true)).toBe("DONE");
    expect(wizard.landing(null, "MANUAL", undefined, false)).toBe("WELCOME");
  });

  it("lets a wizard's own rule replace a default, which the other defaults then follow", () => {
    // A point of no return at DETAILS: once past it, only the page reached (and no going back).
    const strict = defineWizard<Page, Step, State, Route>({
      kind: "ACTIVATE_SERVER",
      pages,
      route: (run) => run.route,
      rules: {
        resume: (defaults) => (run) => (run?.step === "MANUAL" ? "MANUAL" : defaults.resume(run)),
        canShow: (defaults, self) => (run, step) => (run?.step === "MANUAL" ? step === self.resume(run) : defaults.canShow(run, step)),
        back: (defaults) => (run, step) => (step === "MANUAL" ? null : defaults.back(run, step)),
      },
    });
    expect(strict.canShow(at("MANUAL"), "DETAILS")).toBe(false);
    expect(strict.canShow(at("MANUAL"), "MANUAL")).toBe(true);
    expect(strict.back(at("MANUAL"), "MANUAL")).toBeNull();
    expect(strict.landing(at("MANUAL"), "METHOD")).toBe("MANUAL");
    expect(strict.canShow(at("DETAILS"), "METHOD")).toBe(true);
  });
});
