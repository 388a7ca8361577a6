// What approving a request does to its purchase, and whether it is an override that needs a written
// justification: no purchase matches, the purchase no longer covers the quantity, or the purchase is
// another company's. Pure, so the request page's preview and the approval's own check in its transaction
// are the same rule.
import { companiesMatch } from "./company-match";
import { coverage } from "./coverage";

export const OVERRIDE_REASONS = {
  no_purchase: "No purchase the Clearinghouse knows matches this request",
  beyond_purchase: "The quantity is more than the purchase still covers",
  other_company: "The company is not the purchase's customer",
} as const;
export type OverrideReason = keyof typeof OVERRIDE_REASONS;

export interface PurchaseFacts {
  quantity: number;
  customerName: string;
  activeIssued: number;
  activeForThisServer: number;
}

export interface ApprovalCheck {
  /** What the purchase covers for this license server now, and after this request is issued (may be < 0). */
  availableBefore: number;
  availableAfter: number;
  reasons: OverrideReason[];
}

export function checkApproval(purchase: PurchaseFacts | null, request: { quantity: number; companyName: string }): ApprovalCheck {
  if (!purchase) return { availableBefore: 0, availableAfter: -request.quantity, reasons: ["no_purchase"] };
  const { available } = coverage({ entitled: purchase.quantity, activeIssued: purchase.activeIssued, activeForThisServer: purchase.activeForThisServer, requested: request.quantity });
  const reasons: OverrideReason[] = [];
  if (request.quantity > available) reasons.push("beyond_purchase");
  if (!companiesMatch(request.companyName, purchase.customerName)) reasons.push("other_company");
  return { availableBefore: available, availableAfter: available - request.quantity, reasons };
}
