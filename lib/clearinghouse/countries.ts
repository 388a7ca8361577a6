// Country/region names in English from i18n-iso-countries (ISO 3166-1 alpha-2 codes are what we store, as
// the console does), so the list is complete and never typed by hand.
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";

countries.registerLocale(en);

export interface CountryOption {
  code: string;
  name: string;
}

export function countryOptions(): CountryOption[] {
  return Object.entries(countries.getNames("en", { select: "official" }))
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
}

export function countryName(code: string): string {
  return countries.getName(code, "en", { select: "official" }) ?? code;
}
