// The option lists of docs/domain.md as typed constants: license programs and the credential each
// needs, RDS CAL types, reasons, connection methods. The values of LICENSE_PROGRAMS, CAL_TYPES and
// CONNECTION_METHODS are those of the Prisma enums of the same name: checked by `tsc` at the end of this file.
import type * as Db from "@/generated/prisma/enums";
import type { SameValues } from "@/lib/same-values";

export const LICENSE_PROGRAMS = [
  { value: "LICENSE_PACK", label: "License Pack (Retail Purchase)", credential: "licenseCode" },
  { value: "OPEN_LICENSE", label: "Open License", credential: "openLicense" },
  { value: "SELECT_LICENSE", label: "Select License", credential: "enrollmentNumber" },
  { value: "ENTERPRISE_AGREEMENT", label: "Enterprise Agreement", credential: "enrollmentNumber" },
  { value: "CAMPUS_AGREEMENT", label: "Campus Agreement", credential: "enrollmentNumber" },
  { value: "SCHOOL_AGREEMENT", label: "School Agreement", credential: "enrollmentNumber" },
  { value: "SERVICES_PROVIDER_LICENSE_AGREEMENT", label: "Services Provider License Agreement", credential: "agreementNumber" },
  { value: "OTHER_AGREEMENT", label: "Other Agreement", credential: "agreementNumber" },
] as const;

export type LicenseProgram = (typeof LICENSE_PROGRAMS)[number]["value"];
export type CredentialKind = (typeof LICENSE_PROGRAMS)[number]["credential"];
export const LICENSE_PROGRAM_VALUES = LICENSE_PROGRAMS.map((p) => p.value) as [LicenseProgram, ...LicenseProgram[]];

export const CREDENTIAL_LABELS: Record<CredentialKind, string> = {
  licenseCode: "License code",
  openLicense: "License number and authorization number",
  enrollmentNumber: "Enrollment number",
  agreementNumber: "Agreement number",
};

export function isLicenseProgram(value: unknown): value is LicenseProgram {
  return typeof value === "string" && (LICENSE_PROGRAM_VALUES as readonly string[]).includes(value);
}

export function licenseProgram(value: LicenseProgram) {
  const found = LICENSE_PROGRAMS.find((p) => p.value === value);
  if (!found) throw new Error(`Unknown license program ${value}`);
  return found;
}

export const CAL_TYPES = [
  { value: "WS2025_PER_USER", label: "Windows Server 2025 - RDS Per User CAL", perUser: true },
  { value: "WS2025_PER_DEVICE", label: "Windows Server 2025 - RDS Per Device CAL", perUser: false },
  { value: "WS2022_PER_USER", label: "Windows Server 2022 - RDS Per User CAL", perUser: true },
  { value: "WS2022_PER_DEVICE", label: "Windows Server 2022 - RDS Per Device CAL", perUser: false },
  { value: "WS2019_PER_USER", label: "Windows Server 2019 - RDS Per User CAL", perUser: true },
  { value: "WS2019_PER_DEVICE", label: "Windows Server 2019 - RDS Per Device CAL", perUser: false },
  { value: "WS2016_PER_USER", label: "Windows Server 2016 - RDS Per User CAL", perUser: true },
  { value: "WS2016_PER_DEVICE", label: "Windows Server 2016 - RDS Per Device CAL", perUser: false },
  { value: "WS2012_PER_USER", label: "Windows Server 2012 - RDS Per User CAL", perUser: true },
  { value: "WS2012_PER_DEVICE", label: "Windows Server 2012 - RDS Per Device CAL", perUser: false },
] as const;

export type CalType = (typeof CAL_TYPES)[number]["value"];
export const CAL_TYPE_VALUES = CAL_TYPES.map((c) => c.value) as [CalType, ...CalType[]];

export function calType(value: CalType) {
  const found = CAL_TYPES.find((c) => c.value === value);
  if (!found) throw new Error(`Unknown CAL type ${value}`);
  return found;
}

/** Convert RDS CALs: the other type of the same Windows Server version (Per User <-> Per Device). */
export function convertedCalType(from: CalType): CalType {
  const other = CAL_TYPES.find((c) => c.value !== from && c.value.split("_")[0] === from.split("_")[0]);
  if (!other) throw new Error(`No other RDS CAL type for ${from}`);
  return other.value;
}

export const MIN_QUANTITY = 1;
export const MAX_QUANTITY = 9999;

/** Manage RDS CALs wizard, "Select a reason" (ours: Microsoft's list is not public). */
export const REBUILD_REASONS = [
  "The license server database is corrupt",
  "The license server was reinstalled or restored from a backup",
  "RDS CALs were installed under the wrong license program",
  "Other",
] as const;

/**
 * Reasons for migrating RDS CALs from a source license server to this one: the Manage RDS CALs wizard's
 * reasons (Microsoft's words, docs/domain.md) and, without the "source", the web site's migration reasons.
 */
export const MIGRATION_REASONS = [
  "The source license server is being replaced by this license server",
  "The source license server is no longer functioning",
] as const;
export type MigrationReason = (typeof MIGRATION_REASONS)[number];

/** Web site, "Reason for recovery" (ours): a migration reason asks for the Source License Server ID too. */
export const RECOVERY_REASONS = ["The license server database was rebuilt", ...MIGRATION_REASONS, "Other"] as const;

export function isMigrationReason(reason: string | null | undefined): reason is MigrationReason {
  return (MIGRATION_REASONS as readonly string[]).includes(reason ?? "");
}

/** The source license server's operating system, asked when it is not available on the network. */
export const SOURCE_OPERATING_SYSTEMS = [
  "Windows Server 2025",
  "Windows Server 2022",
  "Windows Server 2019",
  "Windows Server 2016",
  "Windows Server 2012 R2",
  "Windows Server 2012",
] as const;

export const CONNECTION_METHODS = [
  { value: "AUTOMATIC", label: "Automatic connection (recommended)" },
  { value: "WEB_BROWSER", label: "Web Browser" },
  { value: "TELEPHONE", label: "Telephone" },
] as const;
export type ConnectionMethod = (typeof CONNECTION_METHODS)[number]["value"];
export const CONNECTION_METHOD_VALUES = CONNECTION_METHODS.map((m) => m.value) as [ConnectionMethod, ...ConnectionMethod[]];

export function connectionMethodLabel(value: ConnectionMethod): string {
  return CONNECTION_METHODS.find((m) => m.value === value)?.label ?? value;
}

/** Reactivate Server Wizard, "Reason" (the WMI class Win32_TSLicenseServer's reasons, in our words). */
export const REACTIVATION_REASONS = [
  "The license server has been redeployed",
  "The license server certificate has been corrupted",
  "The private key of the license server has been compromised",
  "The license server activation key has expired",
  "The license server has been upgraded",
] as const;
export type ReactivationReason = (typeof REACTIVATION_REASONS)[number];

// A value in one list and not in its Prisma enum (or the other way round) fails here.
true satisfies SameValues<LicenseProgram, Db.LicenseProgram>;
true satisfies SameValues<CalType, Db.CalType>;
true satisfies SameValues<ConnectionMethod, Db.ConnectionMethod>;
