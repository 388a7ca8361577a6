// The browser's Company information schema when the phone number's check cannot load (docs/decisions/039).
import { afterEach, describe, expect, it, vi } from "vitest";
import { safeParseAsync } from "zod/mini";

const values = { lastName: "Morgan", firstName: "Alex", companyName: "Contoso", countryRegion: "US", companyAddress: "", email: "", phone: "12", organizationalUnit: "" };

afterEach(() => {
  vi.doUnmock("./phone-check");
  vi.resetModules();
});

describe("companyBrowserSchema", () => {
  it("refuses a phone number that is not one of the country/region's once its check has loaded", async () => {
    const { companyBrowserSchema } = await import("./company-form-schema");
    const result = await safeParseAsync(companyBrowserSchema, values);
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path.join("."))).toEqual(["phone"]);
  });

  it("leaves the phone number to the server when its check cannot load (the network dropped)", async () => {
    vi.resetModules();
    vi.doMock("./phone-check", () => {
      throw new Error("Failed to fetch dynamically imported module");
    });
    const { companyBrowserSchema } = await import("./company-form-schema");
    const result = await safeParseAsync(companyBrowserSchema, values);
    expect(result.success).toBe(true);
  });
});
