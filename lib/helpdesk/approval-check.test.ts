import { describe, expect, it } from "vitest";
import { checkApproval } from "./approval-check";

const purchase = { quantity: 50, customerName: "Contoso Ltd", activeIssued: 0, activeForThisServer: 0 };

describe("approval check", () => {
  it("needs no justification when the purchase covers a request of its own customer", () => {
    expect(checkApproval(purchase, { quantity: 20, companyName: "CONTOSO LTD." })).toEqual({ availableBefore: 50, availableAfter: 30, reasons: [] });
  });

  it("counts the pack this license server holds as available again", () => {
    expect(checkApproval({ ...purchase, activeIssued: 50, activeForThisServer: 50 }, { quantity: 50, companyName: "Contoso" }).reasons).toEqual([]);
  });

  it("flags a quantity beyond what is left and another company, together", () => {
    const check = checkApproval({ ...purchase, activeIssued: 50 }, { quantity: 50, companyName: "Fabrikam, Inc." });
    expect(check).toEqual({ availableBefore: 0, availableAfter: -50, reasons: ["beyond_purchase", "other_company"] });
  });

  it("flags a request no purchase matches", () => {
    expect(checkApproval(null, { quantity: 5, companyName: "Contoso" }).reasons).toEqual(["no_purchase"]);
  });
});
