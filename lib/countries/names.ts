// Country/Region names in English for the codes in codes.ts (i18n-iso-countries' official names), so the
// list is complete and never typed by hand: the options of both sites' Country/Region select, and the name
// shown for a stored code.
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

export function countryName(code: string | null | undefined): string {
  if (!code) return "";
  return countries.getName(code, "en", { select: "official" }) ?? code;
}
