import { describe, expect, it } from "vitest";
import { createStaffSchema, credentialFromText, entitlementSchema, signInSchema } from "./schemas";

describe("helpdesk schemas", () => {
  it("read an entitlement's credential from one text field, per program", () => {
    expect(credentialFromText("LICENSE_PACK", "r2022-userc-aldem-opack-00050")).toBe("R2022USERCALDEMOPACK00050");
    expect(credentialFromText("OPEN_LICENSE", "12345678 / openauth2022dev")).toBe("12345678/OPENAUTH2022DEV");
    expect(credentialFromText("SELECT_LICENSE", "100-0001")).toBe("1000001");
    expect(credentialFromText("OPEN_LICENSE", "12345678")).toBeNull();
    expect(credentialFromText("SELECT_LICENSE", "12345678")).toBeNull();
  });

  it("put a credential error on the credential field, with the program's format", () => {
    const result = entitlementSchema.safeParse({ licenseProgram: "ENTERPRISE_AGREEMENT", credential: "12", calType: "WS2022_PER_USER", quantity: "5", customerName: "A" });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["credential"], message: "The enrollment number has 7 digits" })]);
  });

  it("lowercase e-mail addresses and require a password", () => {
    expect(signInSchema.parse({ email: " Agent@Clearinghouse.Example ", password: "x" }).email).toBe("agent@clearinghouse.example");
    expect(signInSchema.safeParse({ email: "agent@clearinghouse.example", password: "" }).success).toBe(false);
  });

  it("want new passwords of at least 12 characters", () => {
    const base = { name: "N", email: "n@clearinghouse.example", role: "AGENT" };
    expect(createStaffSchema.safeParse({ ...base, password: "short-pass" }).success).toBe(false);
    expect(createStaffSchema.safeParse({ ...base, password: "long-enough-pass" }).success).toBe(true);
  });
});
