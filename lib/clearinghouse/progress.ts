// How far a saved draft has got: each page's schema run over its saved answers. Apart from steps.ts, which
// the forms import, because running the company page's schema brings the phone and country tables.
import { companyStepSchema } from "./company-schema";
import { licenseServerStepSchemaFor, purchaseStepSchema } from "./schemas";
import { draftPageRedirect } from "./site-wizards";
import { draftFormValues, stepPath, type DraftColumns, type ManageCalsSlug, type SiteOption } from "./steps";

type Draft = DraftColumns & { option?: SiteOption };

/** The first page whose saved answers do not pass its schema; "verify" when all three do. */
export function firstIncompleteStep(draft: Draft): ManageCalsSlug {
  const values = draftFormValues(draft);
  const first = licenseServerStepSchemaFor(draft.option ?? "MANAGE_CALS").safeParse(values);
  if (!first.success) return "license-server";
  if (!companyStepSchema.safeParse(values).success) return "company";
  if (!purchaseStepSchema(first.data.licenseProgram).safeParse(values).success) return "purchase";
  return "verify";
}

/** Where a visitor asking for `slug` should go instead, or null when the page may be shown. */
export function stepRedirect(draft: Draft, slug: ManageCalsSlug): string | null {
  const landing = draftPageRedirect(firstIncompleteStep(draft), slug);
  return landing ? stepPath(landing, draft.option) : null;
}
