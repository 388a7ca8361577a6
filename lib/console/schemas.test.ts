import { describe, expect, it } from "vitest";
import { encodeBase32 } from "@/lib/licensing/crockford";
import { keyPackCheckSymbols, KEY_PACK_DATA_LENGTH } from "@/lib/licensing/key-pack-id-format";
import { propertiesSchema } from "./schemas";
import { confirmDeletionSchema, keyPackIdSchema, reasonSchema, reinstallAdditionalSchema } from "./wizard-schemas";

const validProperties = {
  connectionMethod: "WEB_BROWSER",
  firstName: " Alex ",
  lastName: "Morgan",
  company: "Contoso Ltd",
  countryRegion: "US",
  email: "",
  organizationalUnit: "",
  companyAddress: "",
  city: "",
  state: "",
  postalCode: "",
};

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

describe("propertiesSchema", () => {
  it("asks Telephone for the country or region called from, beside other errors, and keeps none for other methods", () => {
    const telephone = propertiesSchema.safeParse({ ...validProperties, connectionMethod: "TELEPHONE", telephoneCountry: "", firstName: "" });
    expect(messages(telephone)).toEqual({ firstName: "Enter the first name", telephoneCountry: "Select the country or region you are calling from" });
    expect(messages(propertiesSchema.safeParse({ ...validProperties, connectionMethod: "TELEPHONE", telephoneCountry: "XX" }))).toEqual({ telephoneCountry: "Select the country or region you are calling from" });
    expect(propertiesSchema.parse({ ...validProperties, connectionMethod: "TELEPHONE", telephoneCountry: "GB" }).telephoneCountry).toBe("GB");
    expect(propertiesSchema.parse({ ...validProperties, connectionMethod: "WEB_BROWSER", telephoneCountry: "GB" }).telephoneCountry).toBeNull();
  });

  it("trims required fields and stores blank optional ones as null", () => {
    const parsed = propertiesSchema.parse(validProperties);
    expect(parsed.firstName).toBe("Alex");
    expect(parsed.email).toBeNull();
    expect(parsed.postalCode).toBeNull();
  });

  it("names each missing required field", () => {
    const result = propertiesSchema.safeParse({ ...validProperties, firstName: "  ", lastName: "", company: "", countryRegion: "" });
    expect(messages(result)).toEqual({
      firstName: "Enter the first name",
      lastName: "Enter the last name",
      company: "Enter the company name",
      countryRegion: "Select the country or region",
    });
  });

  it("refuses a malformed e-mail address and an unknown country, normalises the good ones", () => {
    expect(messages(propertiesSchema.safeParse({ ...validProperties, email: "it@", countryRegion: "XX" }))).toEqual({
      email: "Enter an e-mail address in the correct format, like name@example.com",
      countryRegion: "Select the country or region",
    });
    const parsed = propertiesSchema.parse({ ...validProperties, email: " IT@Contoso.Example ", postalCode: "sw1a 1aa" });
    expect(parsed.email).toBe("it@contoso.example");
    expect(parsed.postalCode).toBe("SW1A 1AA");
  });

  it("refuses an unknown connection method", () => {
    expect(messages(propertiesSchema.safeParse({ ...validProperties, connectionMethod: "CARRIER_PIGEON" }))).toEqual({
      connectionMethod: "Select a connection method",
    });
  });
});

describe("wizard step schemas", () => {
  it("asks for a description only when the reason is Other", () => {
    expect(reasonSchema.parse({ reason: "The license server database is corrupt", reasonDetail: "ignored" })).toEqual({
      reason: "The license server database is corrupt",
      reasonDetail: null,
    });
    expect(reasonSchema.safeParse({ reason: "Other", reasonDetail: " " }).success).toBe(false);
    expect(reasonSchema.safeParse({ reason: null }).success).toBe(false);
  });

  it("refuses Next without the confirmation check box", () => {
    expect(confirmDeletionSchema.safeParse({ confirm: false }).success).toBe(false);
    expect(confirmDeletionSchema.safeParse({}).success).toBe(false);
    expect(confirmDeletionSchema.safeParse({ confirm: true }).success).toBe(true);
  });

  it("normalises a well-typed license key pack ID and names a typing mistake", () => {
    const data = encodeBase32(123456789n, KEY_PACK_DATA_LENGTH);
    const id = data + keyPackCheckSymbols(data);
    const grouped = id.toLowerCase().replace(/(.{5})(?!$)/g, "$1 ");
    expect(keyPackIdSchema.parse({ licenseKeyPackId: grouped }).licenseKeyPackId).toBe(id);
    const typo = id.slice(0, 3) + (id[3] === "A" ? "B" : "A") + id.slice(4);
    expect(keyPackIdSchema.safeParse({ licenseKeyPackId: typo }).error?.issues[0]?.message).toMatch(/mistyped/);
    expect(keyPackIdSchema.safeParse({ licenseKeyPackId: "" }).error?.issues[0]?.message).toBe("Enter the license key pack ID");
  });

  it("needs a choice on Reinstalling Additional RDS CALs", () => {
    expect(reinstallAdditionalSchema.safeParse({ choice: "continue" }).success).toBe(true);
    expect(reinstallAdditionalSchema.safeParse({ choice: null }).success).toBe(false);
  });
});
