import { describe, expect, it } from "vitest";
import { PROCEDURE_IDS, STEP_COUNTS } from "./catalog";
import { PROCEDURES, stepGroups } from "./library";

describe("the procedure library", () => {
  it("has every procedure of the catalog, numbered 1..n, as many steps as the header's counter says", () => {
    for (const id of PROCEDURE_IDS) {
      const procedure = PROCEDURES[id];
      expect(procedure.id).toBe(id);
      expect(procedure.steps.map((s) => s.number), id).toEqual(Array.from({ length: STEP_COUNTS[id] }, (_, i) => i + 1));
    }
  });

  it("names the real tool's command and wizard in each procedure", () => {
    const text = (id: keyof typeof PROCEDURES) => PROCEDURES[id].steps.map((s) => s.text).join(" ");
    expect(text("activate-web")).toContain("Activate Server");
    expect(text("activate-web")).toContain("Activate a license server");
    expect(text("activate-telephone")).toContain("Telephone");
    expect(text("install-web")).toContain("Install client access licenses");
    expect(text("reactivate")).toContain("Reactivate Server");
    expect(text("deactivate")).toContain("Deactivate Server");
  });

  it("every value carried is noted on one computer and entered on the other", () => {
    for (const id of PROCEDURE_IDS) {
      const steps = PROCEDURES[id].steps;
      for (const carried of new Set(steps.flatMap((s) => (s.carry ? [s.carry] : [])))) {
        const where = steps.filter((s) => s.carry === carried);
        if (where.length > 1) expect(where[0]!.site, `${id} ${carried}`).not.toBe(where[1]!.site);
      }
    }
  });

  it("groups the steps by computer: the rebuild's three groups as before", () => {
    expect(stepGroups(PROCEDURES["rebuild-web"])).toEqual([
      { title: "On the license server", from: 1, to: 9 },
      { title: "On a computer with Internet connectivity", from: 10, to: 17 },
      { title: "Back on the license server", from: 18, to: 19 },
    ]);
    expect(stepGroups(PROCEDURES.deactivate)).toEqual([{ title: "On the license server", from: 1, to: 7 }]);
    for (const id of PROCEDURE_IDS) {
      const groups = stepGroups(PROCEDURES[id]);
      expect(groups[0]!.from).toBe(1);
      expect(groups.at(-1)!.to).toBe(STEP_COUNTS[id]);
      groups.slice(1).forEach((g, i) => expect(g.from).toBe(groups[i]!.to + 1));
    }
  });
});
