import { describe, expect, it } from "vitest";
import type { KeyPackRow } from "./key-pack-rows";
import { summarizeRebuild } from "./rebuild-summary";

const pack = (over: Partial<KeyPackRow>): KeyPackRow => ({
  keypackId: 2,
  licenseKeyPackId: "X",
  calType: "WS2022_PER_USER",
  licenseProgram: "LICENSE_PACK",
  totalLicenses: 50,
  issued: 0,
  expiresAt: null,
  ...over,
});

describe("what a rebuild changed", () => {
  it("totals before and after, and each type and program side by side", () => {
    const deleted = [
      pack({ totalLicenses: 50, issued: 18 }),
      pack({ keypackId: 3, calType: "WS2022_PER_USER", licenseProgram: "ENTERPRISE_AGREEMENT", totalLicenses: 250, issued: 40 }),
      pack({ keypackId: 4, calType: "WS2022_PER_DEVICE", licenseProgram: "OPEN_LICENSE", totalLicenses: 40, issued: 12 }),
    ];
    const reinstalled = [pack({ keypackId: 5, totalLicenses: 25 }), pack({ keypackId: 6, calType: "WS2022_PER_DEVICE", licenseProgram: "OPEN_LICENSE", totalLicenses: 40 })];
    const summary = summarizeRebuild(deleted, reinstalled, { deletedKeyPacks: 3, deletedCals: 70 });
    expect(summary.before).toEqual({ keyPacks: 3, licenses: 340, issued: 70 });
    expect(summary.after).toEqual({ keyPacks: 2, licenses: 65 });
    expect(summary.rows).toEqual([
      { type: "Windows Server 2022 - RDS Per Device CAL", program: "Open License", before: 40, after: 40 },
      { type: "Windows Server 2022 - RDS Per User CAL", program: "Enterprise Agreement", before: 250, after: 0 },
      { type: "Windows Server 2022 - RDS Per User CAL", program: "License Pack (Retail Purchase)", before: 50, after: 25 },
    ]);
  });

  it("a pack of a type the server did not have shows as new (0 before)", () => {
    const summary = summarizeRebuild([], [pack({ calType: "WS2025_PER_USER", totalLicenses: 10 })], { deletedKeyPacks: 0, deletedCals: 0 });
    expect(summary.rows).toEqual([{ type: "Windows Server 2025 - RDS Per User CAL", program: "License Pack (Retail Purchase)", before: 0, after: 10 }]);
    expect(summary.before).toEqual({ keyPacks: 0, licenses: 0, issued: 0 });
  });
});
