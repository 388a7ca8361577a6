import { describe, expect, it } from "vitest";
import countries from "i18n-iso-countries";
import { countryCodes, isCountryCode } from "./codes";
import { COUNTRY_OPTIONS, countryName } from "./names";

describe("countries", () => {
  it("offers every accepted code once, with its name, and accepts only those", () => {
    const codes = COUNTRY_OPTIONS.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThan(240);
    expect(codes.every(isCountryCode)).toBe(true);
    expect(["", "us", "XX", "USA"].some(isCountryCode)).toBe(false);
  });
  it("accepts exactly i18n-iso-countries' codes (written out in codes.ts so the browser need not load the package)", () => {
    expect(countryCodes().sort()).toEqual(Object.keys(countries.getAlpha2Codes()).sort());
  });
  it("names a code as the select shows it; anything else as stored", () => {
    expect(countryName("US")).toBe(COUNTRY_OPTIONS.find((c) => c.code === "US")!.name);
    expect(countryName("GB")).toBe("United Kingdom");
    expect(countryName("Narnia")).toBe("Narnia");
    expect(countryName(null)).toBe("");
  });
});
