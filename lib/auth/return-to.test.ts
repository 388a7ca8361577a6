import { describe, expect, it } from "vitest";
import { safeReturnTo, signInHref } from "./return-to";

describe("safeReturnTo", () => {
  it("keeps helpdesk paths with their query", () => {
    expect(safeReturnTo("/helpdesk/requests?status=AWAITING_REVIEW&q=contoso")).toBe("/helpdesk/requests?status=AWAITING_REVIEW&q=contoso");
    expect(safeReturnTo("/helpdesk/requests/RQ-7KD2-9XPA")).toBe("/helpdesk/requests/RQ-7KD2-9XPA");
  });

  it("refuses anything that could leave the helpdesk", () => {
    for (const bad of ["//evil.example", "https://evil.example/helpdesk", "/helpdesk//evil", "/helpdesk/../console", "/\\evil", "/helpdeskx", "/helpdesk/sign-in", 42, undefined]) {
      expect(safeReturnTo(bad)).toBe("/helpdesk/requests");
    }
  });

  it("builds the sign-in link", () => {
    expect(signInHref()).toBe("/helpdesk/sign-in");
    expect(signInHref("/helpdesk/requests?q=a b")).toBe("/helpdesk/sign-in?returnTo=%2Fhelpdesk%2Frequests%3Fq%3Da%20b");
  });
});
