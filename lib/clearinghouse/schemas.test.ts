import { describe, expect, it } from "vitest";
import { CREDENTIAL_MESSAGES } from "@/lib/licensing/credentials";
import { formatLicenseServerId, generateLicenseServerId, LICENSE_SERVER_ID_MESSAGES } from "@/lib/licensing/license-server-id";
import { companyStepSchema } from "./company-schema";
import { manageCalsSchema } from "./request-schema";
import {
  licenseServerStepSchema,
  MESSAGES,
  selectOptionSchema,
  purchaseStepSchema,
  STATUS_MESSAGES,
  statusLookupSchema,
} from "./schemas";

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

const id = generateLicenseServerId();
const licenseServer = { targetLicenseServerId: formatLicenseServerId(id), reasonForRecovery: "The license server database was rebuilt", licenseProgram: "LICENSE_PACK" };
const company = { lastName: " Morgan ", firstName: "Alex", companyName: "Contoso Ltd", countryRegion: "US", companyAddress: "", email: "", phone: "", organizationalUnit: "" };
const purchase = { licenseCode: "abcde-12345-fghjk-67890-mnpqr", licenseNumber: "", authorizationNumber: "", agreementNumber: "", calType: "WS2022_PER_USER", quantity: "25" };

describe("Manage CALs page schemas", () => {
  it("license server page: normalises the ID and names every missing answer", () => {
    expect(licenseServerStepSchema.parse(licenseServer).targetLicenseServerId).toBe(id);
    expect(messages(licenseServerStepSchema.safeParse({ targetLicenseServerId: "", reasonForRecovery: "", licenseProgram: "" }))).toEqual({
      targetLicenseServerId: LICENSE_SERVER_ID_MESSAGES.empty,
      reasonForRecovery: MESSAGES.reasonForRecovery,
      licenseProgram: MESSAGES.licenseProgram,
    });
    const mistyped = id.slice(0, 34) + String((Number(id[34]) + 1) % 10);
    expect(messages(licenseServerStepSchema.safeParse({ ...licenseServer, targetLicenseServerId: mistyped }))).toEqual({
      targetLicenseServerId: LICENSE_SERVER_ID_MESSAGES.checksum,
    });
  });

  it("company page: trims, turns empty optional fields into null, checks e-mail and phone", () => {
    expect(companyStepSchema.parse(company)).toMatchObject({ lastName: "Morgan", companyAddress: null, email: null, phone: null });
    expect(messages(companyStepSchema.safeParse({ ...company, lastName: " ", firstName: "", companyName: "", countryRegion: "" }))).toEqual({
      lastName: MESSAGES.lastName,
      firstName: MESSAGES.firstName,
      companyName: MESSAGES.companyName,
      countryRegion: MESSAGES.countryRegion,
    });
    expect(messages(companyStepSchema.safeParse({ ...company, countryRegion: "XX" }))).toEqual({ countryRegion: MESSAGES.countryRegion });
    expect(messages(companyStepSchema.safeParse({ ...company, email: "not-an-address", phone: "12" }))).toEqual({ email: MESSAGES.email, phone: MESSAGES.phone });
    // A national number is read in the chosen country/region; an international one anywhere.
    expect(companyStepSchema.safeParse({ ...company, phone: "(201) 555-0123" }).success).toBe(true);
    expect(companyStepSchema.safeParse({ ...company, phone: "020 7946 0018" }).success).toBe(false);
    expect(companyStepSchema.safeParse({ ...company, countryRegion: "GB", phone: "020 7946 0018" }).success).toBe(true);
    expect(companyStepSchema.safeParse({ ...company, countryRegion: "GB", phone: "+1 201 555 0123" }).success).toBe(true);
    expect(companyStepSchema.parse({ ...company, email: " IT@Contoso.Example " }).email).toBe("it@contoso.example");
  });

  it("company page: reports a bad phone number together with the other errors", () => {
    expect(Object.keys(messages(companyStepSchema.safeParse({ ...company, lastName: "", phone: "12" })))).toEqual(["lastName", "phone"]);
  });

  it("purchase page: asks for the credential of the chosen program only", () => {
    expect(purchaseStepSchema("LICENSE_PACK").parse(purchase)).toEqual({
      licenseCode: "ABCDE12345FGHJK67890MNPQR",
      licenseNumber: null,
      authorizationNumber: null,
      agreementNumber: null,
      calType: "WS2022_PER_USER",
      quantity: 25,
    });
    expect(messages(purchaseStepSchema("LICENSE_PACK").safeParse({ ...purchase, licenseCode: "" }))).toEqual({ licenseCode: MESSAGES.credentialEmpty.licenseCode });
    expect(messages(purchaseStepSchema("LICENSE_PACK").safeParse({ ...purchase, licenseCode: "ABCDE-12345" }))).toEqual({ licenseCode: CREDENTIAL_MESSAGES.licenseCode });
    expect(messages(purchaseStepSchema("OPEN_LICENSE").safeParse({ ...purchase, licenseNumber: "123", authorizationNumber: "" }))).toEqual({
      licenseNumber: CREDENTIAL_MESSAGES.licenseNumber,
      authorizationNumber: MESSAGES.credentialEmpty.authorizationNumber,
    });
    expect(messages(purchaseStepSchema("SELECT_LICENSE").safeParse({ ...purchase, agreementNumber: "12345678" }))).toEqual({
      agreementNumber: CREDENTIAL_MESSAGES.enrollmentNumber,
    });
    expect(messages(purchaseStepSchema("OTHER_AGREEMENT").safeParse({ ...purchase, agreementNumber: "" }))).toEqual({
      agreementNumber: MESSAGES.credentialEmpty.agreementNumber,
    });
  });

  it("purchase page: quantity is a whole number from 1 to 9,999", () => {
    const q = (quantity: string) => purchaseStepSchema("LICENSE_PACK").safeParse({ ...purchase, quantity });
    expect(q("1,000").data?.quantity).toBe(1000);
    expect(messages(q(""))).toEqual({ quantity: MESSAGES.quantityEmpty });
    expect(messages(q("ten"))).toEqual({ quantity: MESSAGES.quantityFormat });
    expect(messages(q("2.5x"))).toEqual({ quantity: MESSAGES.quantityFormat });
    expect(messages(q("0"))).toEqual({ quantity: MESSAGES.quantityRange });
    expect(messages(q("10000"))).toEqual({ quantity: MESSAGES.quantityRange });
    expect(messages(q(""))).not.toHaveProperty("calType");
    expect(messages(purchaseStepSchema("LICENSE_PACK").safeParse({ ...purchase, calType: "" }))).toEqual({ calType: MESSAGES.calType });
  });

  it("the merged schema re-validates all pages and keeps only the program's credential", () => {
    const all = { ...licenseServer, ...company, ...purchase, agreementNumber: "1234567" };
    expect(manageCalsSchema.parse(all)).toMatchObject({ targetLicenseServerId: id, licenseCode: "ABCDE12345FGHJK67890MNPQR", agreementNumber: null, quantity: 25 });
    const agreement = manageCalsSchema.parse({ ...all, licenseProgram: "ENTERPRISE_AGREEMENT" });
    expect(agreement).toMatchObject({ licenseCode: null, agreementNumber: "1234567" });
    expect(manageCalsSchema.safeParse({ ...all, licenseProgram: "SELECT_LICENSE", agreementNumber: "" }).success).toBe(false);
    expect(manageCalsSchema.safeParse({ ...all, licenseProgram: "NOT_A_PROGRAM" }).success).toBe(false);
    expect(manageCalsSchema.safeParse({ ...all, phone: "12" }).success).toBe(false);
  });

  it("status lookup: a reference and an e-mail address or a License Server ID", () => {
    expect(statusLookupSchema.parse({ reference: "rq 7kd2 9xpa", contact: "IT@Contoso.example" })).toEqual({
      reference: "RQ-7KD2-9XPA",
      contact: { kind: "email", value: "it@contoso.example" },
    });
    expect(statusLookupSchema.parse({ reference: "RQ-7KD2-9XPA", contact: formatLicenseServerId(id) }).contact).toEqual({ kind: "licenseServerId", value: id });
    expect(messages(statusLookupSchema.safeParse({ reference: "", contact: "" }))).toEqual({
      reference: STATUS_MESSAGES.referenceEmpty,
      contact: STATUS_MESSAGES.contactEmpty,
    });
    expect(messages(statusLookupSchema.safeParse({ reference: "RQ-1", contact: "12345" }))).toEqual({
      reference: STATUS_MESSAGES.referenceFormat,
      contact: STATUS_MESSAGES.contactFormat,
    });
  });

  it("select option: nothing selected says what to select and what to do next, in a sentence", () => {
    const result = selectOptionSchema.safeParse({});
    expect(result.success).toBe(false);
    const message = result.error?.issues[0]?.message ?? "";
    expect(message).toBe(MESSAGES.selectOption);
    expect(message).toMatch(/^Select Manage CALs .+, and then click Next$/);
  });
});

describe("names and company refuse hidden characters (issue 13)", () => {
  it("refuses U+200B and U+202E in the company name and the names, with the field's message", () => {
    const companySchema = companyStepSchema;
    const base = { lastName: "Morgan", firstName: "Alex", companyName: "Contoso", countryRegion: "US" };
    for (const field of ["companyName", "lastName", "firstName"] as const) {
      for (const hidden of ["\u200B", "\u202E"]) {
        const result = companySchema.safeParse({ ...base, [field]: `Cont${hidden}oso` });
        expect(result.success).toBe(false);
        expect(result.error?.issues.find((i) => i.path[0] === field)?.message).toBe("Remove the invisible or broken characters from this text");
      }
    }
  });
});

describe("a migration reason asks the Source License Server ID (docs/decisions/025)", () => {
  const source = generateLicenseServerId();
  const migration = { ...licenseServer, reasonForRecovery: "The source license server is no longer functioning" };

  it("requires a valid one, not the target's, and normalises it", () => {
    expect(messages(licenseServerStepSchema.safeParse(migration))).toEqual({ sourceLicenseServerId: MESSAGES.sourceEmpty });
    const mistyped = source.slice(0, 34) + String((Number(source[34]) + 1) % 10);
    expect(messages(licenseServerStepSchema.safeParse({ ...migration, sourceLicenseServerId: mistyped })).sourceLicenseServerId).toContain("Source License Server ID looks mistyped");
    expect(messages(licenseServerStepSchema.safeParse({ ...migration, sourceLicenseServerId: id }))).toEqual({ sourceLicenseServerId: MESSAGES.sourceIsTarget });
    expect(licenseServerStepSchema.parse({ ...migration, sourceLicenseServerId: formatLicenseServerId(source) }).sourceLicenseServerId).toBe(source);
  });

  it("drops it with any other reason, also in the merged schema the submit uses", () => {
    expect(licenseServerStepSchema.parse({ ...licenseServer, sourceLicenseServerId: source }).sourceLicenseServerId).toBeNull();
    const all = { ...licenseServer, ...company, ...purchase, sourceLicenseServerId: source };
    expect(manageCalsSchema.parse(all).sourceLicenseServerId).toBeNull();
    expect(manageCalsSchema.parse({ ...all, reasonForRecovery: migration.reasonForRecovery }).sourceLicenseServerId).toBe(source);
    expect(messages(manageCalsSchema.safeParse({ ...all, reasonForRecovery: migration.reasonForRecovery, sourceLicenseServerId: "" }))).toEqual({ sourceLicenseServerId: MESSAGES.sourceEmpty });
  });
});

describe("a migration's Source License Server ID posted as something else", () => {
  it("is a field error, never a crash, whatever type a client sends", async () => {
    const { licenseServerStepSchema } = await import("./schemas");
    for (const source of [false, 0, {}, [], null]) {
      const parsed = licenseServerStepSchema.safeParse({ targetLicenseServerId: "", reasonForRecovery: "The source license server is being replaced by this license server", sourceLicenseServerId: source, licenseProgram: "LICENSE_PACK" });
      expect(parsed.success).toBe(false);
    }
  });
});
