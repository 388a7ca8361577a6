import { describe, expect, it } from "vitest";
import { formatLicenseServerId, generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { receiptFileName, receiptText } from "./receipt";
import type { DraftColumns } from "./steps";

const server = generateLicenseServerId();
const details: DraftColumns = {
  targetLicenseServerId: server,
  reasonForRecovery: "The license server database was rebuilt",
  sourceLicenseServerId: null,
  licenseProgram: "OPEN_LICENSE",
  lastName: "Morgan",
  firstName: "Alex",
  companyName: "Contoso Ltd",
  countryRegion: "GB",
  companyAddress: null,
  email: "it@contoso.example",
  phone: null,
  organizationalUnit: "Head office IT",
  licenseCode: null,
  licenseNumber: "12345678",
  authorizationNumber: "OPENAUTH2022DEV",
  agreementNumber: null,
  calType: "WS2022_PER_DEVICE",
  quantity: 40,
};

describe("text receipt", () => {
  it("holds the license key pack ID in groups, the request details and the advice to retain it", () => {
    const text = receiptText({
      reference: "RQ-7KD2-9XPA",
      status: "ISSUED",
      submittedAt: new Date("2026-11-28T10:15:00Z"),
      licenseKeyPackId: "ABCDE12345FGHJK67890MNPQRSTVWXYZ012",
      rejectionReason: null,
      details,
    });
    expect(text).toContain("Reference number:           RQ-7KD2-9XPA");
    expect(text).toContain("Submitted:                  2026-11-28 10:15 UTC");
    expect(text).toContain("License key pack ID:        ABCDE-12345-FGHJK-67890-MNPQR-STVWX-YZ012");
    expect(text).toContain(`Target License Server ID:   ${formatLicenseServerId(server)}`);
    expect(text).toContain("License number:             12345678");
    expect(text).toContain("Authorization number:       OPENAUTH2022DEV");
    expect(text).toContain("Country/region:             United Kingdom\n");
    expect(text).toContain("Phone number:               Not given");
    expect(text).toContain("Retain a copy of the license key pack ID.");
  });

  it("for a request under review, says where to follow it instead", () => {
    const text = receiptText({ reference: "RQ-7KD2-9XPA", status: "REJECTED", submittedAt: new Date(), licenseKeyPackId: null, rejectionReason: "No such purchase", details });
    expect(text).toContain("Status:                     Rejected");
    expect(text).toContain("Reason:                     No such purchase");
    expect(text).not.toContain("License key pack ID:");
    expect(text).toContain("Check request status");
    expect(receiptFileName("RQ-7KD2-9XPA")).toBe("license-key-pack-RQ-7KD2-9XPA.txt");
  });
});
