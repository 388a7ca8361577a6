// The Manage CALs pages in order and the draft's columns as the forms hold them. A page loads the draft's
// saved values as its form's defaults; how far a draft has got is in progress.ts.
import type { ManageCalsDraft } from "@/generated/prisma/client";
import type { SiteOption } from "@/generated/prisma/enums";

export type { SiteOption };

const MANAGE_CALS_PATH = "/licensing/manage-cals";
/**
 * Where the pages of each Select Option option that fills a draft live. Install client access licenses asks
 * what Manage CALs asks but the reason for recovery, so both run on these pages (docs/decisions/023).
 */
const OPTION_PATHS = { MANAGE_CALS: MANAGE_CALS_PATH, INSTALL_CALS: "/licensing/install-cals" } as const satisfies Record<SiteOption, string>;
/** Name of the cookie holding the visitor's draft id (lib/clearinghouse/draft-cookie.ts); tests set it too. */
export const DRAFT_COOKIE = "rdls_manage_cals";

export const MANAGE_CALS_STEPS = [
  { slug: "license-server", title: "License server information" },
  { slug: "company", title: "Company information" },
  { slug: "purchase", title: "License program information" },
  { slug: "verify", title: "Verify your information" },
] as const;

export type ManageCalsSlug = (typeof MANAGE_CALS_STEPS)[number]["slug"];
export type FormStepSlug = Exclude<ManageCalsSlug, "verify">;

/** On the result page: "Request another" was refused by the per-address limit until this time (ms since epoch). */
export const RESULT_LIMITED_PARAM = "limitedUntil";

export function stepPath(slug: ManageCalsSlug, option: SiteOption = "MANAGE_CALS"): string {
  return `${OPTION_PATHS[option]}/${slug}`;
}

export function resultPath(option: SiteOption = "MANAGE_CALS"): string {
  return `${OPTION_PATHS[option]}/result`;
}

/**
 * The answers each page asks for, in the page's order (also the order of its error summary). This is the one
 * list of the draft's answer columns: their types are the model's (prisma/schema.prisma, ManageCalsDraft),
 * and the draft's selects, the submit's read and its INSERT are all made from it.
 */
export const STEP_FIELDS = {
  "license-server": ["targetLicenseServerId", "reasonForRecovery", "sourceLicenseServerId", "licenseProgram"],
  company: ["lastName", "firstName", "companyName", "countryRegion", "companyAddress", "email", "phone", "organizationalUnit"],
  purchase: ["licenseCode", "licenseNumber", "authorizationNumber", "agreementNumber", "calType", "quantity"],
} as const satisfies Record<FormStepSlug, readonly (keyof ManageCalsDraft)[]>;

/** An installation's first page: no reason for recovery. */
const INSTALL_LICENSE_SERVER_FIELDS = ["targetLicenseServerId", "licenseProgram"] as const;

/** The fields a page asks for under an option. */
export function stepFields(step: FormStepSlug, option: SiteOption = "MANAGE_CALS"): readonly DraftField[] {
  return option === "INSTALL_CALS" && step === "license-server" ? INSTALL_LICENSE_SERVER_FIELDS : STEP_FIELDS[step];
}

export const DRAFT_FIELDS = [...STEP_FIELDS["license-server"], ...STEP_FIELDS.company, ...STEP_FIELDS.purchase] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

/** The columns of ManageCalsDraft the pages fill (null until saved); RecoveryRequest has them too. */
export type DraftColumns = Pick<ManageCalsDraft, DraftField>;

/** A Prisma select of the answer columns. */
export const DRAFT_SELECT = Object.fromEntries(DRAFT_FIELDS.map((f) => [f, true])) as Record<DraftField, true>;

/** Only the given answer columns of a row (a draft, a request, or a form's values). */
export function pickFields<T extends Partial<Record<DraftField, unknown>>, F extends DraftField>(row: T, fields: readonly F[]): Pick<T, F> {
  return Object.fromEntries(fields.map((field) => [field, row[field]])) as Pick<T, F>;
}

export type DraftFormValues = Record<keyof DraftColumns, string>;

/** The draft as the forms hold it: every field a string, "" when not given. */
export function draftFormValues(draft: DraftColumns): DraftFormValues {
  const out = {} as DraftFormValues;
  for (const field of DRAFT_FIELDS) {
    const value = draft[field];
    out[field] = value === null || value === undefined ? "" : String(value);
  }
  return out;
}

/** One page's saved answers, as its form's default values. */
export function stepFormValues<S extends FormStepSlug>(draft: DraftColumns, step: S): Record<(typeof STEP_FIELDS)[S][number], string> {
  return pickFields(draftFormValues(draft), STEP_FIELDS[step]);
}
