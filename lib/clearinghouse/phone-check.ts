// Whether a phone number is one of the country/region chosen beside it: libphonenumber's metadata (29 kB
// gzip in the browser), so the browser loads this module only when there is a phone number to check
// (company-form-schema.ts's companyBrowserSchema); the server imports it (company-schema.ts).
import { isValidPhoneNumber, type CountryCode } from "libphonenumber-js";
import { isCountryCode } from "@/lib/countries/codes";

export function phoneFitsCountry(phone: string, countryRegion: unknown): boolean {
  const country = typeof countryRegion === "string" && isCountryCode(countryRegion) ? (countryRegion as CountryCode) : undefined;
  return isValidPhoneNumber(phone, country);
}
