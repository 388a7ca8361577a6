// Which Country/Region codes both sites accept: ISO 3166-1 alpha-2, from i18n-iso-countries, as
// LicenseServer.countryRegion and RecoveryRequest.countryRegion store them. Codes only, without the names
// (names.ts), so the forms' schemas do not ship the English names to the browser.
import countries from "i18n-iso-countries";

const CODES = new Set(Object.keys(countries.getAlpha2Codes()));

export function isCountryCode(code: string): boolean {
  return CODES.has(code);
}
