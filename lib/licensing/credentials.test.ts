import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { LICENSE_PROGRAMS } from "./catalog";
import { canonicalCredential, formatCredential, isAgreementNumber, isAuthorizationNumber, isLicenseCode, isLicenseNumber } from "./credentials";

describe("license program credentials", () => {
  it("license code: 25 letters and digits, typed with or without groups, any case", () => {
    expect(isLicenseCode("ABCDE-12345-FGHJK-67890-MNPQR")).toBe(true);
    expect(isLicenseCode("abcde 12345 fghjk 67890 mnpqr")).toBe(true);
    expect(isLicenseCode("ABCDE-12345-FGHJK-67890-MNPQ")).toBe(false);
    expect(isLicenseCode("ABCDE-12345-FGHJK-67890-MNPQ!")).toBe(false);
  });

  it("Open License: 8-digit license number and 15-character authorization number", () => {
    expect(isLicenseNumber("12345678")).toBe(true);
    expect(isLicenseNumber("1234567")).toBe(false);
    expect(isLicenseNumber("1234567A")).toBe(false);
    expect(isAuthorizationNumber("ABCDEFGHJK12345")).toBe(true);
    expect(isAuthorizationNumber("ABCDEFGHJK1234")).toBe(false);
  });

  it("agreement and enrollment numbers: 7 digits", () => {
    expect(isAgreementNumber("1234567")).toBe(true);
    expect(isAgreementNumber("123456")).toBe(false);
    expect(isAgreementNumber("12345678")).toBe(false);
  });

  it("gives one canonical string per program, the one an entitlement stores", () => {
    expect(canonicalCredential("LICENSE_PACK", { licenseCode: "abcde-12345-fghjk-67890-mnpqr" })).toBe("ABCDE12345FGHJK67890MNPQR");
    expect(canonicalCredential("OPEN_LICENSE", { licenseNumber: "12345678", authorizationNumber: "abcdefghjk12345" })).toBe("12345678/ABCDEFGHJK12345");
    expect(canonicalCredential("ENTERPRISE_AGREEMENT", { agreementNumber: "1234567" })).toBe("1234567");
    expect(canonicalCredential("OPEN_LICENSE", { licenseNumber: "12345678" })).toBeNull();
    expect(formatCredential("LICENSE_PACK", "ABCDE12345FGHJK67890MNPQR")).toBe("ABCDE-12345-FGHJK-67890-MNPQR");
  });

  it("never accepts a 7-digit number with anything else around it", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const result = canonicalCredential("SELECT_LICENSE", { agreementNumber: s });
        if (result !== null) expect(result).toMatch(/^\d{7}$/);
      }),
    );
  });

  it("lists every program of docs/domain.md with its credential", () => {
    expect(LICENSE_PROGRAMS.map((p) => [p.label, p.credential])).toEqual([
      ["License Pack (Retail Purchase)", "licenseCode"],
      ["Open License", "openLicense"],
      ["Select License", "enrollmentNumber"],
      ["Enterprise Agreement", "enrollmentNumber"],
      ["Campus Agreement", "enrollmentNumber"],
      ["School Agreement", "enrollmentNumber"],
      ["Services Provider License Agreement", "agreementNumber"],
      ["Other Agreement", "agreementNumber"],
    ]);
  });
});
