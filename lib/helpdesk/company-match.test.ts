import { describe, expect, it } from "vitest";
import { companiesMatch, companyKey } from "./company-match";

describe("company match", () => {
  it("ignores case, punctuation and the legal form", () => {
    expect(companiesMatch("CONTOSO, Ltd.", "Contoso Ltd")).toBe(true);
    expect(companiesMatch("Contoso", "Contoso Limited")).toBe(true);
    expect(companiesMatch("Société Générale SA", "societe generale")).toBe(true);
    expect(companyKey("Fabrikam & Sons, Inc.")).toBe("fabrikam and sons");
  });

  it("flags another company", () => {
    expect(companiesMatch("Fabrikam, Inc.", "Contoso Ltd")).toBe(false);
    expect(companiesMatch("Contoso Pharma", "Contoso Ltd")).toBe(false);
  });

  it("has nothing to compare without a purchase", () => {
    expect(companiesMatch("Fabrikam, Inc.", null)).toBe(true);
  });
});
