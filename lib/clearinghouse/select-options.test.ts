// The one table of the web site's Select Option names (select-options.ts) and what derives from it.
import { describe, expect, it } from "vitest";
import { selectOptionSchema } from "./schemas";
import { DRAFT_OPTION_VALUES, OPTION_LABELS, SELECT_OPTIONS, SITE_OPTIONS, siteOptionLabel } from "./select-options";
import { SERVER_FLOW_INFO, SERVER_FLOWS } from "./server-flows";

describe("Select Option", () => {
  it("has the real site's options, each value and label once", () => {
    expect(SELECT_OPTIONS.map((o) => o.label)).toEqual(["Manage CALs", "Activate a license server", "Install client access licenses", "Reactivate a license server", "Deactivate a license server"]);
    expect(new Set(SELECT_OPTIONS.map((o) => o.value)).size).toBe(SELECT_OPTIONS.length);
    for (const o of SELECT_OPTIONS) expect(OPTION_LABELS[o.value]).toBe(o.label);
  });

  it("the draft options name their SiteOption, and the draft's SiteOption its words", () => {
    expect(SITE_OPTIONS).toEqual({ "manage-cals": "MANAGE_CALS", install: "INSTALL_CALS" });
    expect(siteOptionLabel("MANAGE_CALS")).toBe("Manage CALs");
    expect(siteOptionLabel("INSTALL_CALS")).toBe("Install client access licenses");
    expect(DRAFT_OPTION_VALUES).toEqual(["manage-cals", "install"]);
  });

  it("the license server options are the server flows, titled with the option's words", () => {
    expect(SERVER_FLOWS).toEqual(["activate", "reactivate", "deactivate"]);
    for (const flow of SERVER_FLOWS) expect(SERVER_FLOW_INFO[flow].title).toBe(OPTION_LABELS[flow]);
  });

  it("the site's form schema takes the draft options only (the license server options go to their pages first)", () => {
    for (const option of DRAFT_OPTION_VALUES) expect(selectOptionSchema.safeParse({ option }).success).toBe(true);
    for (const option of ["activate", "Manage CALs", "MANAGE_CALS", ""]) expect(selectOptionSchema.safeParse({ option }).success).toBe(false);
  });
});
