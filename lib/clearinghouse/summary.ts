// A Manage CALs request in words, section by section as the pages ask for it: the verify page, the result
// page, the status page and the text receipt all show the same rows.
import { calType, CREDENTIAL_LABELS, licenseProgram as programInfo } from "@/lib/licensing/catalog";
import { formatCredential } from "@/lib/licensing/credentials";
import { formatLicenseServerId } from "@/lib/licensing/license-server-id";
import { countryName } from "@/lib/countries/names";
import type { DraftColumns, FormStepSlug, SiteOption } from "./steps";

export interface SummaryRow {
  label: string;
  value: string;
  /** A value in groups of five (an ID, a license code): shown so that it breaks only between groups. */
  grouped?: true;
}

export interface SummarySection {
  step: FormStepSlug;
  title: string;
  rows: SummaryRow[];
}

export const NOT_GIVEN = "Not given";

const optional = (value: string | null) => value || NOT_GIVEN;

function credentialRows(d: DraftColumns): SummaryRow[] {
  if (!d.licenseProgram) return [];
  const kind = programInfo(d.licenseProgram).credential;
  switch (kind) {
    case "licenseCode":
      return [{ label: CREDENTIAL_LABELS.licenseCode, value: formatCredential("LICENSE_PACK", d.licenseCode ?? ""), grouped: true }];
    case "openLicense":
      return [
        { label: "License number", value: d.licenseNumber ?? "" },
        { label: "Authorization number", value: d.authorizationNumber ?? "" },
      ];
    default:
      return [{ label: CREDENTIAL_LABELS[kind], value: d.agreementNumber ?? "" }];
  }
}

/** An installation (option INSTALL_CALS) has no reason for recovery, and names the License Server ID plainly. */
export function summarySections(d: DraftColumns, option: SiteOption = "MANAGE_CALS"): SummarySection[] {
  const installing = option === "INSTALL_CALS";
  return [
    {
      step: "license-server",
      title: "License server information",
      rows: [
        { label: installing ? "License Server ID" : "Target License Server ID", value: d.targetLicenseServerId ? formatLicenseServerId(d.targetLicenseServerId) : "", grouped: true },
        ...(installing ? [] : [{ label: "Reason for recovery", value: d.reasonForRecovery ?? "" }]),
        ...(d.sourceLicenseServerId ? [{ label: "Source License Server ID", value: formatLicenseServerId(d.sourceLicenseServerId), grouped: true as const }] : []),
        { label: "License Program", value: d.licenseProgram ? programInfo(d.licenseProgram).label : "" },
      ],
    },
    {
      step: "company",
      title: "Company information",
      rows: [
        { label: "Last name or surname", value: d.lastName ?? "" },
        { label: "First name or given name", value: d.firstName ?? "" },
        { label: "Company name", value: d.companyName ?? "" },
        { label: "Country/region", value: countryName(d.countryRegion) },
        { label: "Company address", value: optional(d.companyAddress) },
        { label: "E-mail address", value: optional(d.email) },
        { label: "Phone number", value: optional(d.phone) },
        { label: "Organizational unit", value: optional(d.organizationalUnit) },
      ],
    },
    {
      step: "purchase",
      title: "License program information",
      rows: [
        ...credentialRows(d),
        { label: "Type of RDS CAL", value: d.calType ? calType(d.calType).label : "" },
        { label: "Quantity", value: d.quantity === null ? "" : String(d.quantity) },
      ],
    },
  ];
}
