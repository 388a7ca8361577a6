// Country/Region options for the company information: ISO 3166-1 alpha-2 codes with English names, as the
// console stores them (LicenseServer.countryRegion). Pure: the Properties form and its action share it.
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";

countries.registerLocale(en);

export interface CountryOption {
  code: string;
  name: string;
}

export const COUNTRY_OPTIONS: readonly CountryOption[] = Object.entries(countries.getNames("en", { select: "official" }))
  .map(([code, name]) => ({ code, name }))
  .sort((a, b) => a.name.localeCompare(b.name, "en"));

const CODES = new Set(COUNTRY_OPTIONS.map((c) => c.code));

export function isCountryCode(code: string): boolean {
  return CODES.has(code);
}

export function countryName(code: string | null | undefined): string {
  if (!code) return "";
  return countries.getName(code, "en") ?? code;
}
