// The Manage CALs pages in order and the draft's columns as the forms hold them. A page loads the draft's
// saved values as its form's defaults; how far a draft has got is in progress.ts.
import type { CalType, LicenseProgram } from "@/lib/licensing/catalog";

export const MANAGE_CALS_PATH = "/licensing/manage-cals";
/** Name of the cookie holding the visitor's draft id (lib/clearinghouse/draft-cookie.ts); tests set it too. */
export const DRAFT_COOKIE = "rdls_manage_cals";

export const STEPS = [
  { slug: "license-server", title: "License server information" },
  { slug: "company", title: "Company information" },
  { slug: "purchase", title: "License program information" },
  { slug: "verify", title: "Verify your information" },
] as const;

export type StepSlug = (typeof STEPS)[number]["slug"];
export type FormStepSlug = Exclude<StepSlug, "verify">;

export const RESULT_PATH = `${MANAGE_CALS_PATH}/result`;

export function stepPath(slug: StepSlug): string {
  return `${MANAGE_CALS_PATH}/${slug}`;
}

export function stepIndex(slug: StepSlug): number {
  return STEPS.findIndex((s) => s.slug === slug);
}

export function nextStep(slug: FormStepSlug): StepSlug {
  return STEPS[stepIndex(slug) + 1]!.slug;
}

export function previousStepPath(slug: StepSlug): string {
  const index = stepIndex(slug);
  return index === 0 ? "/licensing" : stepPath(STEPS[index - 1]!.slug);
}

/** The columns of ManageCalsDraft the pages fill (null until saved). */
export interface DraftColumns {
  targetLicenseServerId: string | null;
  reasonForRecovery: string | null;
  licenseProgram: LicenseProgram | null;
  lastName: string | null;
  firstName: string | null;
  companyName: string | null;
  countryRegion: string | null;
  companyAddress: string | null;
  email: string | null;
  phone: string | null;
  organizationalUnit: string | null;
  licenseCode: string | null;
  licenseNumber: string | null;
  authorizationNumber: string | null;
  agreementNumber: string | null;
  calType: CalType | null;
  quantity: number | null;
}

export const DRAFT_FIELDS = [
  "targetLicenseServerId",
  "reasonForRecovery",
  "licenseProgram",
  "lastName",
  "firstName",
  "companyName",
  "countryRegion",
  "companyAddress",
  "email",
  "phone",
  "organizationalUnit",
  "licenseCode",
  "licenseNumber",
  "authorizationNumber",
  "agreementNumber",
  "calType",
  "quantity",
] as const satisfies readonly (keyof DraftColumns)[];

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

/** The answers each page asks for, in the page's order (also the order of its error summary). */
export const STEP_FIELDS = {
  "license-server": ["targetLicenseServerId", "reasonForRecovery", "licenseProgram"],
  company: ["lastName", "firstName", "companyName", "countryRegion", "companyAddress", "email", "phone", "organizationalUnit"],
  purchase: ["licenseCode", "licenseNumber", "authorizationNumber", "agreementNumber", "calType", "quantity"],
} as const satisfies Record<FormStepSlug, readonly (keyof DraftColumns)[]>;

/** One page's saved answers, as its form's default values. */
export function stepFormValues<S extends FormStepSlug>(draft: DraftColumns, step: S): Record<(typeof STEP_FIELDS)[S][number], string> {
  const all = draftFormValues(draft);
  return Object.fromEntries(STEP_FIELDS[step].map((field) => [field, all[field]])) as Record<(typeof STEP_FIELDS)[S][number], string>;
}
