// The scripted routes' schemas keep the forms' text rule and limits (issue 26, issue 28).
import { describe, expect, it } from "vitest";
import { activationBodySchema, deactivationBodySchema, reactivationBodySchema } from "./server-api";
import { companyStepSchema } from "./company-schema";
import { installationRequestSchema } from "./installation-schema";
import { propertiesSchema } from "@/lib/console/schemas";
import { generateProductId } from "@/lib/licensing/product-id";
import { REACTIVATION_REASONS } from "@/lib/licensing/catalog";

const BAD_TEXT = ["Contoso\u0000Ltd", "Contoso\uD800", "\u202EdtL osotnoC", "Contoso\u200BLtd", "\u2066Contoso\u2069", "Contoso\u0007", "Contoso\nLtd"];
const activation = () => ({ productId: generateProductId(), firstName: "Ada", lastName: "Lovelace", company: "Contoso Ltd", countryRegion: "GB" });

describe("the Clearinghouse's scripted routes keep the forms' text rule", () => {
  it("activation refuses hidden and unstorable characters in every text field", () => {
    for (const field of ["firstName", "lastName", "company", "organizationalUnit", "companyAddress", "city", "state", "postalCode", "email"]) {
      for (const text of BAD_TEXT) expect(activationBodySchema.safeParse({ ...activation(), [field]: text }).success, `${field}: ${JSON.stringify(text)}`).toBe(false);
    }
  });

  it("activation takes the console's stored nulls and empties as not given", () => {
    const parsed = activationBodySchema.parse({ ...activation(), email: null, organizationalUnit: "", city: null, postalCode: "ab1 2cd" });
    expect(parsed).toMatchObject({ email: null, organizationalUnit: null, city: null, postalCode: "AB1 2CD", company: "Contoso Ltd" });
    // Still strict: an unknown field is refused.
    expect(activationBodySchema.safeParse({ ...activation(), extra: "x" }).success).toBe(false);
  });

  it("deactivation and reactivation refuse the same characters", () => {
    const base = { productId: generateProductId(), licenseServerId: "x", contactName: "Ada", contactEmail: "ada@contoso.example" };
    for (const text of BAD_TEXT) {
      const issues = deactivationBodySchema.safeParse({ ...base, contactName: text, contactPhone: text }).error?.issues.map((i) => i.path.join("."));
      expect(issues).toEqual(expect.arrayContaining(["contactName", "contactPhone"]));
      expect(reactivationBodySchema.safeParse({ productId: generateProductId(), reason: REACTIVATION_REASONS[0], requestKey: text }).success).toBe(false);
    }
    expect(deactivationBodySchema.safeParse({ ...base, contactPhone: null }).error?.issues.map((i) => i.path.join("."))).toEqual(["licenseServerId"]);
  });

  it("installation refuses them in a credential before the program's rules read it", () => {
    const body = { licenseServerId: "0".repeat(35), licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: 5 };
    for (const text of BAD_TEXT) {
      const issues = installationRequestSchema.safeParse({ ...body, credentials: [{ agreementNumber: "1000001", licenseCode: text }] }).error?.issues ?? [];
      expect(issues.some((i) => i.path.join(".") === "credentials.0.licenseCode"), JSON.stringify(text)).toBe(true);
    }
  });
});

describe("one company-fields definition (lib/forms/company-fields.ts)", () => {
  // The longest value each schema takes for a field: the console's Properties, the web site's Company
  // information page and the scripted activation route must agree.
  function longest(accepts: (value: string) => boolean): number {
    let n = 0;
    while (n < 1_000 && accepts("a".repeat(n + 1))) n++;
    return n;
  }
  const console = (field: string) => (v: string) => !propertiesSchema.safeParse({ connectionMethod: "AUTOMATIC", firstName: "A", lastName: "B", company: "C", countryRegion: "GB", [field]: v }).error?.issues.some((i) => i.path[0] === field);
  const site = (field: string) => (v: string) => !companyStepSchema.safeParse({ firstName: "A", lastName: "B", companyName: "C", countryRegion: "GB", [field]: v }).error?.issues.some((i) => i.path[0] === field);
  const route = (field: string) => (v: string) => !activationBodySchema.safeParse({ ...activation(), [field]: v }).error?.issues.some((i) => i.path[0] === field);

  it.each([
    ["company", "companyName", 128],
    ["firstName", "firstName", 64],
    ["lastName", "lastName", 64],
    ["organizationalUnit", "organizationalUnit", 128],
    ["companyAddress", "companyAddress", 256],
  ])("%s: the same limit everywhere (%s on the web site)", (field, siteField, limit) => {
    expect(longest(console(field))).toBe(limit);
    expect(longest(site(siteField))).toBe(limit);
    expect(longest(route(field))).toBe(limit);
  });
});
