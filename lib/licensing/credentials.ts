// The purchase credential each license program asks for on the web site's third page, validated and
// normalised to the one string the Clearinghouse stores with an entitlement.
import { licenseProgram, type CredentialKind, type LicenseProgram } from "./catalog";
import { stripSeparators } from "./groups";

const LICENSE_CODE_PATTERN = /^[A-Z0-9]{25}$/;
const LICENSE_NUMBER_PATTERN = /^\d{8}$/;
const AUTHORIZATION_NUMBER_PATTERN = /^[A-Z0-9]{15}$/;
const AGREEMENT_NUMBER_PATTERN = /^\d{7}$/;

export const CREDENTIAL_MESSAGES = {
  licenseCode: "The license code has 25 letters and digits, in 5 groups of 5",
  licenseNumber: "The license number has 8 digits",
  authorizationNumber: "The authorization number has 15 letters and digits",
  enrollmentNumber: "The enrollment number has 7 digits",
  agreementNumber: "The agreement number has 7 digits",
} as const;

/** Uppercase, no separators: what people type with dashes or spaces compares equal. */
export function normalizeCredentialPart(input: string): string {
  return stripSeparators(input).toUpperCase();
}

export function isLicenseCode(input: string): boolean {
  return LICENSE_CODE_PATTERN.test(normalizeCredentialPart(input));
}
export function isLicenseNumber(input: string): boolean {
  return LICENSE_NUMBER_PATTERN.test(normalizeCredentialPart(input));
}
export function isAuthorizationNumber(input: string): boolean {
  return AUTHORIZATION_NUMBER_PATTERN.test(normalizeCredentialPart(input));
}
export function isAgreementNumber(input: string): boolean {
  return AGREEMENT_NUMBER_PATTERN.test(normalizeCredentialPart(input));
}

export interface CredentialFields {
  licenseCode?: string | null;
  licenseNumber?: string | null;
  authorizationNumber?: string | null;
  agreementNumber?: string | null;
}

/** Open License's two numbers are stored as one credential, joined by this (also in SQL: submit-sql.ts). */
export const OPEN_LICENSE_SEPARATOR = "/";

export function openLicenseCredential(licenseNumber: string | null, authorizationNumber: string | null): string {
  return `${licenseNumber}${OPEN_LICENSE_SEPARATOR}${authorizationNumber}`;
}

export function splitOpenLicenseCredential(credential: string): { licenseNumber: string; authorizationNumber: string } {
  const [licenseNumber = "", authorizationNumber = ""] = credential.split(OPEN_LICENSE_SEPARATOR);
  return { licenseNumber, authorizationNumber };
}

export function credentialKind(program: LicenseProgram): CredentialKind {
  return licenseProgram(program).credential;
}

/**
 * The canonical credential string for a program, or null when the fields do not hold a valid one.
 * License code: 25 symbols. Open License: openLicenseCredential's. Others: 7 digits.
 */
export function canonicalCredential(program: LicenseProgram, fields: CredentialFields): string | null {
  const part = (v: string | null | undefined) => normalizeCredentialPart(v ?? "");
  switch (credentialKind(program)) {
    case "licenseCode":
      return isLicenseCode(part(fields.licenseCode)) ? part(fields.licenseCode) : null;
    case "openLicense": {
      const number = part(fields.licenseNumber);
      const authorization = part(fields.authorizationNumber);
      return isLicenseNumber(number) && isAuthorizationNumber(authorization) ? openLicenseCredential(number, authorization) : null;
    }
    case "enrollmentNumber":
    case "agreementNumber":
      return isAgreementNumber(part(fields.agreementNumber)) ? part(fields.agreementNumber) : null;
  }
}

/** Shows a license code as 5 groups of 5; other credentials as stored. */
export function formatCredential(program: LicenseProgram, credential: string): string {
  if (credentialKind(program) === "licenseCode") return credential.match(/.{1,5}/g)?.join("-") ?? credential;
  return credential;
}
