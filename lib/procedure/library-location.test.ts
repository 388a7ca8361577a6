import { describe, expect, it } from "vitest";
import { PROCEDURE_IDS, STEP_COUNTS } from "./catalog";
import { owningProcedure, positionIn, resolvePosition } from "./library-location";
import { positionLabel, procedurePosition, stepState } from "./location";

const SERVER = "/console/servers/0b7e6c1e-5f0c-4f5b-9a43-2f1c8f0e9d11";

/** Addresses of both sites that some procedure knows. */
const PAGES = [
  "/console",
  `${SERVER}/properties`,
  `${SERVER}/manage-cals/welcome`,
  ...["activate", "install-licenses", "reactivate", "deactivate"].flatMap((w) => [`${SERVER}/${w}`, `${SERVER}/${w}/welcome`, `${SERVER}/${w}/completed`]),
  `${SERVER}/install-licenses/obtain-key-pack`,
  "/licensing",
  "/licensing/manage-cals/company",
];

describe("positions in the library's procedures", () => {
  it("the rebuild is the rebuild's own rules, unchanged", () => {
    for (const page of PAGES) expect(positionIn("rebuild-web", page, { server: "LS" })).toEqual(procedurePosition(page, { server: "LS" }));
  });

  it("every position is within its procedure's steps and ticks exactly the steps before it", () => {
    for (const id of PROCEDURE_IDS) {
      for (const page of PAGES) {
        for (const facts of [{}, { keyPackIdEntered: true }, { connectionMethod: "WEB_BROWSER" as const }]) {
          const position = positionIn(id, page, { server: "LS" }, facts);
          if (!position) continue;
          expect(position.procedure).toBe(id);
          expect(position.current).toBeGreaterThanOrEqual(1);
          expect(position.through).toBeLessThanOrEqual(STEP_COUNTS[id]);
          const done = Array.from({ length: STEP_COUNTS[id] }, (_, i) => stepState(position, i + 1)).filter((s) => s === "done");
          expect(done).toHaveLength(position.current - 1);
        }
      }
    }
  });

  it("counts each procedure's own steps in the header's label", () => {
    expect(positionLabel(positionIn("deactivate", `${SERVER}/deactivate/welcome`)!)).toBe(`Step 3 of ${STEP_COUNTS.deactivate}`);
    expect(positionLabel(positionIn("activate-web", `${SERVER}/activate/completed`)!)).toBe(`Step ${STEP_COUNTS["activate-web"]} of ${STEP_COUNTS["activate-web"]}`);
  });

  it("Install Licenses' Obtain Client License Key Pack is the noting step until the key pack ID boxes are in use", () => {
    const page = `${SERVER}/install-licenses/obtain-key-pack`;
    const note = positionIn("install-web", page)!.current;
    const enter = positionIn("install-web", page, {}, { keyPackIdFocused: true })!.current;
    expect(enter).toBeGreaterThan(note);
    expect(positionIn("install-web", page, {}, { keyPackIdEntered: true })!.current).toBe(enter);
  });

  it("knows nothing of another procedure's wizard or of unknown pages", () => {
    expect(positionIn("deactivate", `${SERVER}/reactivate/welcome`)).toBeNull();
    expect(positionIn("activate-web", `${SERVER}/activate/nowhere`)).toBeNull();
    expect(positionIn("install-web", "/helpdesk/requests")).toBeNull();
  });
});

describe("which procedure the panel shows", () => {
  it("a wizard's page shows that wizard's procedure, whatever was chosen", () => {
    expect(resolvePosition("rebuild-web", `${SERVER}/deactivate/welcome`).procedure).toBe("deactivate");
    expect(resolvePosition("deactivate", `${SERVER}/manage-cals/welcome`).procedure).toBe("rebuild-web");
    expect(resolvePosition("rebuild-web", `${SERVER}/install-licenses/welcome`).procedure).toBe("install-web");
  });

  it("the Activate Server Wizard follows the connection method chosen in it", () => {
    expect(owningProcedure(`${SERVER}/activate/welcome`, {}, "rebuild-web")).toBe("activate-web");
    expect(owningProcedure(`${SERVER}/activate/welcome`, {}, "activate-telephone")).toBe("activate-telephone");
    expect(owningProcedure(`${SERVER}/activate/completed`, { wizardMethod: "TELEPHONE" }, "activate-web")).toBe("activate-telephone");
    expect(owningProcedure(`${SERVER}/activate/completed`, { wizardMethod: "WEB_BROWSER" }, "activate-telephone")).toBe("activate-web");
  });

  it("the Manage RDS CALs Wizard shows the rebuild, the rebuild by telephone or the migration, by the run's action and the method", () => {
    const page = `${SERVER}/manage-cals/obtain-key-pack`;
    expect(resolvePosition("rebuild-web", `${SERVER}/manage-cals/migrate-obtain-key-pack`)).toMatchObject({ procedure: "migrate-web", position: { current: 9 } });
    expect(resolvePosition("rebuild-web", `${SERVER}/manage-cals/migrate-source`)).toMatchObject({ procedure: "migrate-web", position: { current: 7 } });
    expect(resolvePosition("rebuild-web", `${SERVER}/manage-cals/action-selection`, {}, { wizardAction: "migrate" })).toMatchObject({ procedure: "migrate-web", position: { current: 5 } });
    expect(resolvePosition("rebuild-web", page, {}, { wizardAction: "rebuild", connectionMethod: "TELEPHONE" })).toMatchObject({ procedure: "rebuild-telephone", position: { current: 9, through: 10 } });
    expect(resolvePosition("migrate-web", page, {}, { wizardAction: "rebuild" }).procedure).toBe("rebuild-web");
    expect(resolvePosition("migrate-web", "/licensing/manage-cals/company").position?.current).toBe(12);
    expect(resolvePosition("rebuild-telephone", "/licensing/manage-cals/company").procedure).toBe("rebuild-web");
  });

  it("Convert RDS CALs: the wizard's conversion pages and the web site's convert page", () => {
    expect(resolvePosition("rebuild-web", `${SERVER}/manage-cals/convert-key-pack`)).toMatchObject({ procedure: "convert", position: { current: 5 } });
    expect(resolvePosition("rebuild-web", `${SERVER}/manage-cals/action-selection`, {}, { wizardAction: "convert" })).toMatchObject({ procedure: "convert", position: { current: 4 } });
    expect(resolvePosition("convert", `${SERVER}/manage-cals/convert-obtain-key-pack`)).toMatchObject({ procedure: "convert", position: { current: 6 } });
    expect(resolvePosition("convert", `${SERVER}/manage-cals/convert-obtain-key-pack`, {}, { keyPackIdEntered: true }).position?.current).toBe(8);
    expect(resolvePosition("rebuild-web", "/licensing/convert")).toMatchObject({ procedure: "convert", position: { current: 7 } });
    expect(resolvePosition("convert", `${SERVER}/manage-cals/convert-completed`).position?.current).toBe(9);
    expect(positionLabel(resolvePosition("convert", "/console", { server: "LS" }, { conversionFinished: true }).position!)).toBe("All 9 steps done");
  });

  it("before the wizard's page has told its action and method, the Manage RDS CALs procedure being followed stays", () => {
    // The Action menu's redirect and the first render after a navigation carry no facts yet (issue 18).
    for (const chosen of ["rebuild-web", "rebuild-telephone", "migrate-web"] as const) {
      expect(resolvePosition(chosen, `${SERVER}/manage-cals`).procedure).toBe(chosen);
      expect(resolvePosition(chosen, `${SERVER}/manage-cals/completed`).procedure).toBe(chosen);
    }
    expect(resolvePosition("rebuild-telephone", `${SERVER}/manage-cals/welcome`, {}, { connectionMethod: "WEB_BROWSER" }).procedure).toBe("rebuild-web");
    expect(resolvePosition("deactivate", `${SERVER}/manage-cals/welcome`).procedure).toBe("rebuild-web");
  });

  it("back on the server after Finish, the rebuild by telephone and the migration are done, as the rebuild is", () => {
    const home = (id: "rebuild-telephone" | "migrate-web", facts: object) => positionLabel(resolvePosition(id, "/console", { server: "LS" }, facts).position!);
    expect(home("rebuild-telephone", { connectionMethod: "TELEPHONE", rebuildFinished: true })).toBe("All 12 steps done");
    expect(home("rebuild-telephone", { connectionMethod: "TELEPHONE", rebuildFinished: false })).toBe("Step 3 of 12");
    expect(home("migrate-web", { connectionMethod: "WEB_BROWSER", migrationFinished: true })).toBe("All 16 steps done");
    // A finished rebuild is not a finished migration, nor the other way round.
    expect(home("migrate-web", { connectionMethod: "WEB_BROWSER", rebuildFinished: true })).toBe("Step 3 of 16");
    expect(home("rebuild-telephone", { connectionMethod: "TELEPHONE", migrationFinished: true })).toBe("Step 3 of 12");
  });

  it("pages every procedure shares keep the chosen one", () => {
    expect(resolvePosition("reactivate", "/console", { server: "LS" })).toMatchObject({ procedure: "reactivate", position: { current: 2 } });
    expect(resolvePosition("install-web", "/licensing").procedure).toBe("install-web");
    expect(resolvePosition("rebuild-web", "/licensing").position?.current).toBe(10);
  });

  it("Revoke License: the server selected, its CAL's Revoke License page, then done on the server's view after the revocation", () => {
    const label = (path: string, search: { server?: string; revoked?: string } = {}) => positionLabel(resolvePosition("revoke", path, search).position!);
    expect(label("/console")).toBe("Step 2 of 4");
    expect(label("/console", { server: "LS" })).toBe("Step 3 of 4");
    expect(resolvePosition("rebuild-web", `${SERVER}/issued-cals/c1/revoke`)).toMatchObject({ procedure: "revoke", position: { current: 4 } });
    expect(label("/console", { server: "LS", revoked: "r1" })).toBe("All 4 steps done");
    // Another procedure's home knows nothing of a revocation.
    expect(resolvePosition("reactivate", "/console", { server: "LS", revoked: "r1" }).position?.current).toBe(2);
  });
});
