import { describe, expect, it } from "vitest";
import { describeAudit } from "./audit-words";

describe("audit entries in words", () => {
  it("say a decision in a sentence, with the key pack ID grouped", () => {
    const lines = describeAudit("request.approved", { status: "AWAITING_REVIEW", availableOnPurchase: 40 }, { status: "APPROVED", licenseKeyPackId: "A".repeat(35), quantity: 30, availableOnPurchase: 10 }, "Avery Agent");
    expect(lines).toEqual([
      "Status changed from Awaiting review to Approved by Avery Agent",
      "License key pack ID AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA issued for 30 RDS CALs",
      "Available on the purchase went from 40 to 10",
    ]);
  });

  it("name enum values and dates in words and leave ids out", () => {
    expect(describeAudit("x.changed", { calType: "WS2022_PER_USER", entitlementId: "0b6c2a5e-1d4f-4a7e-9c1b-2f3a4b5c6d7e" }, { calType: "WS2019_PER_DEVICE", entitlementId: "1b6c2a5e-1d4f-4a7e-9c1b-2f3a4b5c6d7e", decidedAt: "2026-12-01T19:36:12.000Z" }, "x")).toEqual([
      "Type of RDS CAL changed from Windows Server 2022 - RDS Per User CAL to Windows Server 2019 - RDS Per Device CAL",
      "Decided At: 2026-12-01 19:36 UTC",
    ]);
  });

  it("say who took a request over", () => {
    expect(describeAudit("request.assigned", { assignedTo: "Sam" }, { assignedTo: "Avery" }, "Avery")).toEqual(["Avery took the request over from Sam"]);
  });

  it("say which license server a call by telephone activated or deactivated", () => {
    expect(describeAudit("call.activated", null, { productId: "12345678901234567890", licenseServerId: "1".repeat(35) }, "Avery")).toEqual([
      "Taken by telephone by Avery: License Server ID 11111-11111-11111-11111-11111-11111-11111 issued for Product ID 12345-67890-12345-67890 and read back",
    ]);
    expect(describeAudit("call.deactivated", { status: "ACTIVE" }, { productId: "12345678901234567890", status: "DEACTIVATED" }, "Avery")).toEqual([
      "Taken by telephone by Avery: Product ID 12345-67890-12345-67890 deactivated, confirmation code read back",
    ]);
  });
});
