// The pages of the Web site's draft, shared by Manage CALs and Install client access licenses (the same
// pages but for the reason for recovery: docs/decisions/023). Each route's page.tsx renders one of these
// with its option; the guard sends a visitor whose draft is of the other option to its own pages.
import { connection } from "next/server";
import { StepHeading } from "@/components/licensing/step-heading";
import { SummaryList } from "@/components/licensing/summary-list";
import { COUNTRY_OPTIONS } from "@/lib/countries/names";
import { requireDraftAtStep } from "@/lib/clearinghouse/guards";
import { previousDraftPath } from "@/lib/clearinghouse/site-wizards";
import { stepFormValues, stepPath, type SiteOption } from "@/lib/clearinghouse/steps";
import { summarySections } from "@/lib/clearinghouse/summary";
import { licenseProgram } from "@/lib/licensing/catalog";
import { CompanyForm } from "@/components/licensing/company-form";
import { saveCompanyStepForm, submitManageCalsForm } from "@/lib/clearinghouse/actions";
import { LicenseServerForm } from "./license-server-form";
import { PurchaseForm } from "./purchase-form";
import { returnTarget, type StepSearchParams } from "./return-to";
import { SubmitForm } from "@/components/licensing/submit-form";
import { KnownCompanyNote } from "@/components/licensing/known-company-note";
import { companyShape } from "@/lib/clearinghouse/company-form-schema";
import { findKnownCompany } from "@/lib/clearinghouse/known-company";
import { formDefaults } from "@/lib/forms/company-fields";
import { getDb } from "@/lib/db";

type Props = { option: SiteOption; searchParams: StepSearchParams };

export async function LicenseServerStepPage({ option, searchParams }: Props) {
  await connection();
  const draft = await requireDraftAtStep("license-server", option);
  const { returnToVerify, backHref } = await returnTarget(searchParams, "license-server", option);
  return (
    <main>
      <StepHeading step="license-server" backHref={backHref} option={option} />
      <LicenseServerForm defaultValues={stepFormValues(draft, "license-server")} returnToVerify={returnToVerify} option={option} />
    </main>
  );
}

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

export async function PurchaseStepPage({ option, searchParams }: Props) {
  await connection();
  const draft = await requireDraftAtStep("purchase", option);
  const { returnToVerify, backHref } = await returnTarget(searchParams, "purchase", option);
  // The guard has checked the first page, so the program is set.
  const program = draft.licenseProgram!;
  return (
    <main>
      <StepHeading step="purchase" backHref={backHref} option={option} />
      <p className="mt-3 max-w-2xl">
        License Program: <strong>{licenseProgram(program).label}</strong>. Consult the documentation provided when you purchased your
        RDS CALs.
      </p>
      <PurchaseForm program={program} returnToVerify={returnToVerify} defaultValues={stepFormValues(draft, "purchase")} installing={option === "INSTALL_CALS"} />
    </main>
  );
}

export async function VerifyStepPage({ option }: { option: SiteOption }) {
  await connection();
  const draft = await requireDraftAtStep("verify", option);
  return (
    <main>
      <StepHeading step="verify" backHref={previousDraftPath("verify", option)} option={option} />
      <p className="mt-3 max-w-2xl">
        Verify that all of the information that you have entered is correct. To submit your request to the Microsoft Clearinghouse,
        click Next.
      </p>
      <div className="mt-6 max-w-3xl">
        <SummaryList sections={summarySections(draft, option)} changeHref={(section) => `${stepPath(section.step, option)}?return=verify`} />
        <SubmitForm action={submitManageCalsForm} />
      </div>
    </main>
  );
}
