// The web site's flows on the wizard engine: each flow's pages, Next, Back, and which pages a draft may show.
import { describe, expect, it } from "vitest";
import { canShowFlowPage, draftPageNumber, draftPageRedirect, flowPages, nextDraftPage, nextFlowPage, previousDraftPath, previousFlowPage } from "./site-wizards";
import { SERVER_FLOWS } from "./server-flows";

describe("Manage CALs and Install client access licenses (a draft's pages)", () => {
  it("Next goes page by page to Verify; Back goes the other way, to Select Option from the first page", () => {
    expect(nextDraftPage("license-server")).toBe("company");
    expect(nextDraftPage("company")).toBe("purchase");
    expect(nextDraftPage("purchase")).toBe("verify");
    expect(previousDraftPath("verify", "MANAGE_CALS")).toBe("/licensing/manage-cals/purchase");
    expect(previousDraftPath("company", "INSTALL_CALS")).toBe("/licensing/install-cals/license-server");
    expect(previousDraftPath("license-server", "MANAGE_CALS")).toBe("/licensing");
  });

  it("numbers the four pages before the result", () => {
    expect(["license-server", "company", "purchase", "verify"].map((p) => draftPageNumber(p as "verify"))).toEqual([1, 2, 3, 4]);
  });

  it("shows the pages up to the first incomplete one; a page past it lands there", () => {
    expect(draftPageRedirect("company", "license-server")).toBeNull();
    expect(draftPageRedirect("company", "company")).toBeNull();
    expect(draftPageRedirect("company", "purchase")).toBe("company");
    expect(draftPageRedirect("company", "verify")).toBe("company");
    expect(draftPageRedirect("verify", "verify")).toBeNull();
  });
});

describe("Activate, Reactivate and Deactivate a license server", () => {
  it("each flow's pages in order, the result last", () => {
    expect(flowPages("activate")).toEqual(["details", "company", "verify", "result"]);
    expect(flowPages("reactivate")).toEqual(["details", "verify", "result"]);
    expect(flowPages("deactivate")).toEqual(["details", "contact", "verify", "result"]);
  });

  it("Next and Back walk each flow's own pages; no Back from the first page or the result", () => {
    for (const flow of SERVER_FLOWS) {
      const pages = flowPages(flow);
      for (let i = 0; i < pages.length - 1; i++) {
        expect(nextFlowPage(flow, pages[i]!)).toBe(pages[i + 1]);
        expect(previousFlowPage(flow, pages[i + 1]!)).toBe(i + 1 < pages.length - 1 ? pages[i] : null);
      }
      expect(previousFlowPage(flow, "details")).toBeNull();
    }
    expect(nextFlowPage("reactivate", "details")).toBe("verify");
  });

  it("an unsubmitted draft shows the pages up to its first incomplete one, never the result; a submitted one only the result", () => {
    expect(canShowFlowPage("activate", "company", false, "details")).toBe(true);
    expect(canShowFlowPage("activate", "company", false, "company")).toBe(true);
    expect(canShowFlowPage("activate", "company", false, "verify")).toBe(false);
    expect(canShowFlowPage("activate", "verify", false, "verify")).toBe(true);
    expect(canShowFlowPage("activate", "verify", false, "result")).toBe(false);
    expect(canShowFlowPage("deactivate", "verify", true, "result")).toBe(true);
    expect(canShowFlowPage("deactivate", "verify", true, "verify")).toBe(false);
  });
});
