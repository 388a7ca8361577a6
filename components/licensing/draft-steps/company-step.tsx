// The Web site's Company information page, shared by Manage CALs and Install client access licenses (the same pages but
// for the reason for recovery: docs/decisions/023): each option's route renders it with its option, and the
// guard sends a visitor whose draft is of the other option to its own pages. A module per page, so a route
// takes only its own form into its JavaScript (docs/decisions/040).
import { connection } from "next/server";
import { StepHeading } from "@/components/licensing/step-heading";
import { COUNTRY_OPTIONS } from "@/lib/countries/names";
import { requireDraftAtStep } from "@/lib/clearinghouse/guards";
import { CompanyForm } from "@/components/licensing/company-form";
import { KnownCompanyNote } from "@/components/licensing/known-company-note";
import { companyShape } from "@/lib/clearinghouse/company-form-schema";
import { findKnownCompany } from "@/lib/clearinghouse/known-company";
import { formDefaults } from "@/lib/forms/company-fields";
import { getDb } from "@/lib/db";
import { stepFormValues, type SiteOption } from "@/lib/clearinghouse/steps";
import { saveCompanyStepForm } from "@/lib/clearinghouse/actions";
import { returnTarget, type StepSearchParams } from "./return-to";

type Props = { option: SiteOption; searchParams: StepSearchParams };

export async function CompanyStepPage({ option, searchParams }: Props) {
  await connection();
  const draft = await requireDraftAtStep("company", option);
  const { returnToVerify, backHref } = await returnTarget(searchParams, "company", option);
  // Install client access licenses starts from what the Clearinghouse holds for the License Server ID typed on
  // the first page, until the visitor saves their own (a required field still empty: the page was never saved).
  const known = option === "INSTALL_CALS" && draft.targetLicenseServerId && draft.lastName === null ? await findKnownCompany(await getDb(), { licenseServerId: draft.targetLicenseServerId }) : null;
  return (
    <main>
      <StepHeading step="company" backHref={backHref} option={option} />
      {known ? <KnownCompanyNote what="License Server ID" /> : null}
      <CompanyForm
        countries={COUNTRY_OPTIONS}
        returnToVerify={returnToVerify}
        defaultValues={known ? formDefaults(companyShape, known) : stepFormValues(draft, "company")}
        action={saveCompanyStepForm.bind(null, returnToVerify)}
      />
    </main>
  );
}
