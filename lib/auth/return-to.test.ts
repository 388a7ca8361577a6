import { describe, expect, it } from "vitest";
import { DEFAULT_AFTER_SIGN_IN, safeReturnTo, signInHref } from "./return-to";

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

describe("returnTo that would break the redirect header (issue 13)", () => {
  it("falls back to the queue for CR/LF and non-ASCII", () => {
    expect(safeReturnTo("/helpdesk/requests\r\nSet-Cookie: x=1")).toBe(DEFAULT_AFTER_SIGN_IN);
    expect(safeReturnTo("/helpdesk/requests?q=Ångström")).toBe(DEFAULT_AFTER_SIGN_IN);
    expect(safeReturnTo("/helpdesk/requests?q=%C3%85")).toBe("/helpdesk/requests?q=%C3%85");
  });
});
